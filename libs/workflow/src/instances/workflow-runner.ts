import { Injectable } from '@nestjs/common';
import { Clock } from '@ringi/platform';
import { DefinitionStoreService } from '../definition-store/definition-store.service';
import { DefinitionContextCache } from '../engine/definition-cache';
import { ProcessRunner } from '../engine/process-runner';

/** Waiting engines kept per process for the next step of their case: about 1 MB each. */
const LIVE_ENGINES = 64;

/**
 * The application's ProcessRunner: definition contexts come from the definition store (each version
 * deserialized once) and timers are due after the injected Clock.
 */
@Injectable()
export class WorkflowRunner extends ProcessRunner {
  /** Stored versions never change, so whether one has timer events is looked up once. */
  private readonly timerFlags = new Map<string, Promise<boolean>>();

  constructor(
    private readonly store: DefinitionStoreService,
    clock: Clock,
  ) {
    super({
      definitions: new DefinitionContextCache(
        async (definitionId) => (await store.definitionById(Number(definitionId))).serializedContext,
      ),
      now: () => clock.now(),
      liveEngines: LIVE_ENGINES,
    });
  }

  /** Whether the definition version has any BPMN timer event (so its instances may hold timer rows). */
  hasTimers(definitionId: string): Promise<boolean> {
    let flag = this.timerFlags.get(definitionId);
    if (!flag) {
      flag = this.store.definitionById(Number(definitionId)).then((d) => d.xml.includes('timerEventDefinition'));
      flag.catch(() => this.timerFlags.delete(definitionId));
      this.timerFlags.set(definitionId, flag);
    }
    return flag;
  }
}
