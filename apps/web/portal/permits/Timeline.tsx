import { DateText } from '../../shared/components';
import { STAGE_STEPS } from './labels';
import type { TimelineEntry } from './types';

/** Where the application stands: the stages it passed and what happened meanwhile, oldest first. */
export function Timeline({ entries, stage }: { entries: TimelineEntry[]; stage: string }) {
  const current = STAGE_STEPS.find((s) => s.stage === stage)?.label ?? stage;
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">経過</h2>
      <p>
        現在の状況：<strong data-testid="application-stage">{current}</strong>
      </p>
      <ol className="timeline" data-testid="timeline">
        {entries.map((entry, i) => (
          <li key={i}>
            <strong>{entry.label}</strong> <DateText value={entry.at} withTime />
            {entry.message && <p className="timeline__message">{entry.message}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
