import type { ProcessRunner, RunResult } from '../engine/process-runner';

/** Bound on the steps replayed while fast-forwarding (a route longer than this is not a ringi route). */
const MAX_REPLAYED_STEPS = 500;

/**
 * 差戻し and 引戻し on bpmn-engine: the instance's engine state is dropped and its definition started again
 * with the instance variables; user tasks that already completed in this instance are signalled again
 * (fast-forward) until the instance waits on `targetElementId`. The steps after the target then run again.
 * Returns null when the restarted route does not reach the target through completed steps only (the
 * target has not been reached in this instance).
 */
export async function rewindTo(
  runner: ProcessRunner,
  definitionId: string,
  variables: Record<string, unknown>,
  targetElementId: string,
  completedElements: ReadonlySet<string>,
): Promise<RunResult | null> {
  let result = await runner.start(definitionId, variables);
  for (let step = 0; step < MAX_REPLAYED_STEPS && !result.ended; step++) {
    const userWaits = result.waits.filter((w) => w.kind === 'userTask');
    if (userWaits.some((w) => w.elementId === targetElementId)) return result;
    // 供覧 steps never held the route up, so replaying passes them too.
    const next = userWaits.find((w) => completedElements.has(w.elementId) || w.ringi?.stepKind === 'circulate');
    if (!next) return null;
    result = await runner.signal(result.state, next.executionId, {});
  }
  return null;
}
