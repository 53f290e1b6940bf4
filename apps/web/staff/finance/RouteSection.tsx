import { useEffect, useState } from 'react';
import { useLocation } from '../../shared/router';
import { HistoryView } from '../CaseView';
import type { Route } from './finance-types';

/** Where a case is on its route: who has it now, and what was done so far. */
export function RouteSection({ route }: { route: Route | null }) {
  if (!route) return <p>まだ決裁に回していません。</p>;
  return (
    <>
      <section aria-labelledby="route-heading">
        <h2 id="route-heading">回議の状況</h2>
        {route.openTasks.length === 0 ? (
          <p>回議は終わっています。</p>
        ) : (
          <ul>
            {route.openTasks.map((t) => (
              <li key={t.id}>
                {t.name ?? t.elementId}：{t.assigneeLabel}（処理待ち）
              </li>
            ))}
          </ul>
        )}
      </section>
      <HistoryView history={route.history} />
    </>
  );
}

/**
 * A notice another screen passed along when it sent the user here (navigate state), shown once: the state is
 * dropped from history so a reload does not announce it again.
 */
export function usePassedNotice(): { notice?: string; problem?: string } {
  const { state } = useLocation();
  const [passed] = useState(() =>
    typeof state === 'object' && state !== null ? (state as { notice?: string; problem?: string }) : {},
  );
  useEffect(() => {
    if (window.history.state !== null) window.history.replaceState(null, '');
  }, []);
  return passed;
}
