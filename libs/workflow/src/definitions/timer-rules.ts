import { parseTimerSpec, TIMER_KINDS } from '../engine/timer-schedule';
import type { Findings } from './findings';
import { childNode, stringProperty, type ModdleNode } from './moddle-node';

/** A timer is one literal ISO 8601 value: the database layer stores its due time as a row when the timer starts. */
export function checkTimerDefinition(event: ModdleNode, timer: ModdleNode, findings: Findings): void {
  const present = TIMER_KINDS.flatMap((kind) => {
    const expression = childNode(timer, kind);
    return expression ? [{ kind, body: stringProperty(expression, 'body')?.trim() ?? '' }] : [];
  });
  if (present.length === 0) {
    findings.report(event.id, 'the timer has no timeDuration, timeDate or timeCycle');
    return;
  }
  if (present.length > 1) {
    findings.report(
      event.id,
      `the timer has more than one of timeDuration, timeDate and timeCycle (${present.map((p) => p.kind).join(', ')})`,
    );
    return;
  }
  const [{ kind, body }] = present;
  if (body === '') {
    findings.report(event.id, `the timer's ${kind} is empty`);
    return;
  }
  if (body.startsWith('=') || body.includes('${')) {
    findings.report(
      event.id,
      `the timer's ${kind} "${body}" is an expression; ringi timers take a literal ISO 8601 value`,
    );
    return;
  }
  const parsed = parseTimerSpec(kind, body);
  if (!parsed.ok) {
    findings.report(event.id, parsed.message);
    return;
  }
  // Anywhere else bpmn-engine completes the event on the first timeout and silently drops the repetitions.
  if (kind === 'timeCycle' && !(event.$type === 'bpmn:BoundaryEvent' && event.cancelActivity === false)) {
    findings.report(
      event.id,
      'timeCycle repeats only on non-interrupting boundary events; use timeDuration or timeDate here',
    );
  }
}
