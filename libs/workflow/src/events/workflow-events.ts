import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { WorkflowInstance } from '../instances/entities/workflow-instance.entity';
import type { WorkflowTask } from '../tasks/entities/workflow-task.entity';

/** How an instance ended, as modules react to it. */
export type InstanceOutcome = 'completed' | 'rejected' | 'withdrawn' | 'cancelled' | 'failed';

export type WorkflowEvent =
  | { readonly type: 'instance.started'; readonly instance: WorkflowInstance }
  | { readonly type: 'task.created'; readonly instance: WorkflowInstance; readonly task: WorkflowTask }
  | {
      readonly type: 'task.completed';
      readonly instance: WorkflowInstance;
      readonly task: WorkflowTask;
      /** approved, rejected, sentBack, acknowledged, passedForPostReview, pulledUp, … */
      readonly outcome: string;
    }
  | {
      readonly type: 'instance.ended';
      readonly instance: WorkflowInstance;
      readonly outcome: InstanceOutcome;
      /** The end events reached, for processes with several ends (e.g. 許可 and 不許可). */
      readonly endEvents: readonly string[];
    };

export type WorkflowEventType = WorkflowEvent['type'];

/**
 * Runs inside the transaction of the change that raised the event, with its EntityManager: work done with
 * `em` commits or rolls back together with the workflow change, and a handler that throws undoes both.
 */
export type WorkflowEventHandler<T extends WorkflowEventType = WorkflowEventType> = (
  event: Extract<WorkflowEvent, { type: T }>,
  em: EntityManager,
) => Promise<void>;

export interface EventSubscription {
  /** Only instances of these process keys (all when omitted). */
  readonly processKeys?: readonly string[];
  /** Only instances of these business types (all when omitted). */
  readonly businessTypes?: readonly string[];
}

interface Subscriber {
  readonly type: WorkflowEventType;
  readonly filter: EventSubscription;
  readonly handler: WorkflowEventHandler;
}

/**
 * Events for modules: instance started, task created, task completed, instance ended with its outcome.
 * Handlers run in order of subscription, synchronously inside the workflow transaction, so a module either
 * reacts in the same transaction or (for outside effects such as mail) records what to do idempotently.
 */
@Injectable()
export class WorkflowEvents {
  private readonly subscribers: Subscriber[] = [];

  on<T extends WorkflowEventType>(type: T, handler: WorkflowEventHandler<T>, filter: EventSubscription = {}): void {
    this.subscribers.push({ type, filter, handler: handler as unknown as WorkflowEventHandler });
  }

  async emit(em: EntityManager, event: WorkflowEvent): Promise<void> {
    for (const subscriber of this.subscribers) {
      if (subscriber.type !== event.type || !matches(subscriber.filter, event.instance)) continue;
      await subscriber.handler(event, em);
    }
  }
}

function matches(filter: EventSubscription, instance: WorkflowInstance): boolean {
  if (filter.processKeys && !filter.processKeys.includes(instance.processKey)) return false;
  if (filter.businessTypes && (!instance.businessType || !filter.businessTypes.includes(instance.businessType))) {
    return false;
  }
  return true;
}
