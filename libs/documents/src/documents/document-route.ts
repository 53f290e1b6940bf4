import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { UserAccount, type Principal } from '@ringi/auth';
import { OrganisationService, type PostHolder } from '@ringi/hr';
import { InvalidInputError } from '@ringi/platform';
import { DelegationTableService, InstanceService, WorkflowHistory, WorkflowTask, type TaskView } from '@ringi/workflow';
import type { DecisionClass } from './document-classes';
import { stampLabel } from './stamp-label';

export const DOCUMENT_PROCESS = 'document-approval';
const DELEGATION_TABLE = 'standard';

export interface RouteInput {
  decisionClass: DecisionClass;
  consultUnits: string[];
  viewers: string[];
}

/** One step of the route as it will run: who holds the post today (null when it is vacant). */
export interface PlannedStep {
  step: 'draft' | 'review' | 'consultation' | 'decision' | 'circulation';
  label: string;
  unitName: string | null;
  positionName: string | null;
  name: string | null;
}

/** One stamp of the 決裁欄: the step, who acted, in what capacity (承認, 代決, 後閲, 引上げ, 専決) and when. */
export interface RouteStamp {
  step: string | null;
  /** 承認, 専決, 決裁, 代決, 後閲, 引上げ, 合議, 供覧, 却下 or 差戻し; null while nobody acted. */
  label: string | null;
  stepKind: string;
  assigneeLabel: string;
  status: string;
  outcome: string | null;
  actorUserId: number | null;
  actorName: string | null;
  capacity: string | null;
  at: Date | null;
  comment: string | null;
}

/** An open step of a case: who has it next. */
export type OpenStep = Pick<
  TaskView,
  'id' | 'elementId' | 'name' | 'stepKind' | 'assigneeUserId' | 'assigneeLabel' | 'dueAt'
>;

/** A case just started, its drafter's step passed. */
export interface StartedRoute {
  instanceId: number;
  openTasks: OpenStep[];
  /** The 決裁欄 as it stands after the start. */
  stamps: RouteStamp[];
}

const openStep = (t: TaskView): OpenStep => ({
  id: t.id,
  elementId: t.elementId,
  name: t.name,
  stepKind: t.stepKind,
  assigneeUserId: t.assigneeUserId,
  assigneeLabel: t.assigneeLabel,
  dueAt: t.dueAt,
});

/** How a draft travels on the document-approval process: its planned route, its start, its stamps. */
@Injectable()
export class DocumentRoute {
  constructor(
    private readonly organisation: OrganisationService,
    private readonly delegation: DelegationTableService,
    private readonly instances: InstanceService,
  ) {}

  /** The route before sending: the drafter, the drafter's 係長, the 合議 課長s, the decider, the 供覧 viewers. */
  async plan(
    em: EntityManager,
    input: RouteInput,
    section: { postUnitId: number; mainPost: PostHolder | null },
    principal: Principal,
  ): Promise<PlannedStep[]> {
    const today = this.organisation.today();
    const { postUnitId, mainPost: drafter } = section;
    const post = (holder: PostHolder | null, step: PlannedStep['step'], label: string): PlannedStep => ({
      step,
      label,
      unitName: holder?.unitName ?? null,
      positionName: holder?.positionName ?? null,
      name: holder?.staffName ?? null,
    });
    const steps: PlannedStep[] = [{ ...post(drafter, 'draft', '起案'), name: principal.displayName }];
    steps.push(
      post(await this.organisation.nearestPostHolder(postUnitId, 'subsection-chief', today), 'review', '係長審査'),
    );
    for (const code of input.consultUnits) {
      const unit = await this.organisation.findUnitByCode(code);
      if (!unit) {
        throw new InvalidInputError('入力内容に誤りがあります。', [
          { field: 'consultUnits', messages: [`組織コード「${code}」の課はありません`] },
        ]);
      }
      steps.push(
        post(await this.organisation.nearestPostHolder(unit.id, 'section-chief', today), 'consultation', '合議'),
      );
    }
    const deciding = await this.delegation.decidingPosition(DELEGATION_TABLE, input.decisionClass, 0);
    steps.push(post(await this.organisation.nearestPostHolder(postUnitId, deciding, today), 'decision', '決裁'));
    const accounts = input.viewers.length ? await em.findBy(UserAccount, { username: In(input.viewers) }) : [];
    for (const username of input.viewers) {
      const account = accounts.find((a) => a.username === username);
      if (!account) {
        throw new InvalidInputError('入力内容に誤りがあります。', [
          { field: 'viewers', messages: [`利用者「${username}」はいません`] },
        ]);
      }
      steps.push({ step: 'circulation', label: '供覧', unitName: null, positionName: null, name: account.displayName });
    }
    return steps;
  }

  /**
   * Starts the case in the caller's transaction and passes the drafter's own 起案 step at once: the document is
   * the draft. The step stays in the route, so 差戻し returns the case to the drafter. The case's steps are the
   * passed one and the open ones its answer names (a start and a pass cancel none), so they are not read back.
   */
  async start(businessKey: string, input: RouteInput, principal: Principal): Promise<StartedRoute> {
    const { view, passed } = await this.instances.startPassingOwnStep(
      {
        definitionKey: DOCUMENT_PROCESS,
        businessKey,
        businessType: input.decisionClass,
        variables: { consultUnits: input.consultUnits, viewers: input.viewers },
      },
      principal,
    );
    const openTasks = view.openTasks;
    const steps = (passed ? [passed, ...openTasks] : openTasks).sort((a, b) => a.id - b.id);
    // The one step acted on so far is the drafter's own, passed in their own right.
    const drafter: Acted = { actorUserId: principal.userId, actorName: principal.displayName, capacity: 'self' };
    return {
      instanceId: view.id,
      openTasks: openTasks.map(openStep),
      stamps: stampsOf(steps, (t) => (t.status === 'completed' ? drafter : undefined), input.decisionClass),
    };
  }

  withdraw(instanceId: number, principal: Principal, comment: string | null): Promise<unknown> {
    return this.instances.withdraw(instanceId, principal, comment);
  }

  /** The 決裁欄: one stamp per step of the case, in order. */
  async stamps(em: EntityManager, instanceId: number, decisionClass: DecisionClass): Promise<RouteStamp[]> {
    const tasks = await em.find(WorkflowTask, { where: { instanceId }, order: { id: 'ASC' } });
    const history = await em.find(WorkflowHistory, { where: { instanceId }, order: { id: 'ASC' } });
    return stampsOf(
      tasks,
      (task) => history.filter((h) => h.taskId === task.id && h.actorUserId !== null).at(-1),
      decisionClass,
    );
  }
}

/** Who acted on a step, in what capacity: its last history line with an actor. */
type Acted = Pick<WorkflowHistory, 'actorUserId' | 'actorName' | 'capacity'>;

/** A step as the 決裁欄 shows it: a stored row, or the view of one an action answered with. */
type StampedStep = Pick<
  TaskView,
  'id' | 'name' | 'stepKind' | 'assigneeLabel' | 'status' | 'outcome' | 'completedAt' | 'comment'
>;

function stampsOf<T extends StampedStep>(
  tasks: T[],
  actedOn: (task: T) => Acted | undefined,
  decisionClass: DecisionClass,
): RouteStamp[] {
  return tasks
    .filter((t) => t.status !== 'cancelled')
    .map((task) => {
      const acted = actedOn(task);
      const capacity = acted?.capacity ?? null;
      return {
        step: task.name,
        label: stampLabel({ ...task, capacity }, decisionClass),
        stepKind: task.stepKind,
        assigneeLabel: task.assigneeLabel,
        status: task.status,
        outcome: task.outcome,
        actorUserId: acted?.actorUserId ?? null,
        actorName: acted?.actorName ?? null,
        capacity,
        at: task.completedAt,
        comment: task.comment,
      };
    });
}
