import { useMemo } from 'react';
import { DateText, Loading, Notice, PageTitle } from '../../../shared/components';
import { todayInJapan } from '../../../shared/format';
import { useApi } from '../../useApi';
import type { UnitNode } from '../../org-units';
import { OrgNav } from './OrgNav';
import { postingState, type Posting } from './org-types';

function Holder({ posting, today }: { posting: Posting; today: string }) {
  const planned = postingState(posting, today) === 'planned';
  return (
    <li>
      {posting.positionName} {posting.staffName}
      {posting.concurrent && <span className="badge">兼務</span>}
      {planned && (
        <>
          {' '}
          <span className="badge badge--planned">予定</span>（<DateText value={posting.startDate} />
          から）
        </>
      )}
      {posting.endDate && !planned && (
        <small>
          （<DateText value={posting.endDate} />
          まで）
        </small>
      )}
    </li>
  );
}

function UnitBranch({ unit, holders, today }: { unit: UnitNode; holders: Map<number, Posting[]>; today: string }) {
  const mine = holders.get(unit.id) ?? [];
  return (
    <li className="org-tree__unit">
      <strong>{unit.name}</strong>
      {mine.length > 0 ? (
        <ul className="org-tree__holders" aria-label={`${unit.name}の職員`}>
          {mine.map((p) => (
            <Holder key={p.id} posting={p} today={today} />
          ))}
        </ul>
      ) : (
        <small>（配置なし）</small>
      )}
      {unit.children.length > 0 && (
        <ul>
          {unit.children.map((c) => (
            <UnitBranch key={c.id} unit={c} holders={holders} today={today} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** 組織図: every unit with the holders of its posts today (兼務 marked) and transfers to come (予定). */
export function OrgChartPage() {
  const today = todayInJapan();
  const units = useApi<UnitNode[]>('/api/org/units');
  const postings = useApi<Posting[]>('/api/org/postings');
  const holders = useMemo(() => {
    const byUnit = new Map<number, Posting[]>();
    const open = (postings.data ?? []).filter((p) => postingState(p, today) !== 'ended');
    open.sort(
      (a, b) => a.rank - b.rank || a.startDate.localeCompare(b.startDate) || a.staffName.localeCompare(b.staffName),
    );
    for (const p of open) byUnit.set(p.unitId, [...(byUnit.get(p.unitId) ?? []), p]);
    return byUnit;
  }, [postings.data, today]);
  const error = units.error ?? postings.error;
  return (
    <>
      <PageTitle title="組織図">組織図</PageTitle>
      <OrgNav />
      <p>
        <DateText value={today} />
        現在の配置です。発令日が先の異動は「予定」と表示します。
      </p>
      {error && <Notice kind="error">{error}</Notice>}
      {(!units.data || !postings.data) && !error && <Loading />}
      {units.data && postings.data && (
        <ul className="org-tree" data-testid="org-tree">
          {units.data.map((u) => (
            <UnitBranch key={u.id} unit={u} holders={holders} today={today} />
          ))}
        </ul>
      )}
    </>
  );
}
