import { DateText } from '../../shared/components';
import type { PlannedStep, RouteStamp } from './types';

/** The route a draft will take, before it is sent: each post and who holds it today. */
export function PlannedRoute({ steps }: { steps: PlannedStep[] }) {
  return (
    <ol className="route" data-testid="planned-route">
      {steps.map((s, i) => (
        <li key={i} className="route__step">
          <div>
            <strong>{s.label}</strong>
          </div>
          <div className="docs-stamp-meta">{[s.unitName, s.positionName].filter(Boolean).join(' ') || '—'}</div>
          <div>{s.name ?? '（空席）'}</div>
        </li>
      ))}
    </ol>
  );
}

/** The 決裁欄: a stamp per step with who acted, their post, the capacity (承認, 専決, 代決, 後閲 …) and the date. */
export function StampBoxes({ stamps }: { stamps: RouteStamp[] }) {
  return (
    <ol className="route" data-testid="stamps">
      {stamps.map((s, i) => (
        <li key={i} className={`route__step${s.status === 'open' ? ' route__step--current' : ''}`}>
          <div>
            <strong>{s.step ?? '—'}</strong>
          </div>
          <div className="docs-stamp-meta">{s.assigneeLabel}</div>
          {s.actorName ? (
            <span className="stamp">
              <span className="stamp__name">{s.actorName}</span>
              {s.label && <span>{s.label}</span>}
            </span>
          ) : (
            <span className="stamp stamp--empty">{s.status === 'open' ? '処理中' : '未着'}</span>
          )}
          <div className="docs-stamp-meta">{s.at ? <DateText value={s.at} withTime /> : ''}</div>
          {s.comment && <div className="docs-stamp-meta">「{s.comment}」</div>}
        </li>
      ))}
    </ol>
  );
}
