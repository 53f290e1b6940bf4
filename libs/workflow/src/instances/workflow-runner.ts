import { Injectable } from '@nestjs/common';
import { Clock } from '@ringi/platform';
import { DefinitionStoreService } from '../definition-store/definition-store.service';
import { DefinitionContextCache } from '../engine/definition-cache';
import { ProcessRunner } from '../engine/process-runner';

/**
 * The application's ProcessRunner: definition contexts come from the definition store (each version
 * deserialized once) and timers are due after the injected Clock.
 */
@Injectable()
export class WorkflowRunner extends ProcessRunner {
  constructor(definitions: DefinitionStoreService, clock: Clock) {
    super({
      definitions: new DefinitionContextCache(
        async (definitionId) => (await definitions.definitionById(Number(definitionId))).serializedContext,
      ),
      now: () => clock.now(),
    });
  }
}
