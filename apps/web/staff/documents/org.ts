import { useMemo } from 'react';
import { useSession } from '../session';
import { useApi } from '../useApi';
import type { OrgUnit } from './types';

interface Post {
  unitId: number;
  concurrent: boolean;
}

function flatten(nodes: OrgUnit[]): OrgUnit[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

/**
 * The organisation as the documents screens need it: units by id, the sections (units with a 文書記号) and
 * the caller's own section, which owns what they draft (the nearest unit above their main post with a symbol).
 */
export function useOrganisation() {
  const { me } = useSession();
  const staffId = (me as { staffId?: number | null } | null | undefined)?.staffId ?? null;
  const tree = useApi<OrgUnit[]>('/api/org/units');
  const posts = useApi<Post[]>(staffId ? `/api/org/staff/${staffId}/posts` : null);
  return useMemo(() => {
    const units = flatten(tree.data ?? []);
    const byId = new Map(units.map((u) => [u.id, u]));
    const sectionOf = (unitId: number | undefined): OrgUnit | null => {
      let unit = unitId === undefined ? undefined : byId.get(unitId);
      while (unit && !unit.docSymbol) unit = unit.parentId === null ? undefined : byId.get(unit.parentId);
      return unit ?? null;
    };
    const mainPost = posts.data?.find((p) => !p.concurrent);
    return {
      loaded: tree.data !== undefined,
      error: tree.error,
      sections: units.filter((u) => u.docSymbol),
      unitName: (id: number) => byId.get(id)?.name ?? `課（ID ${id}）`,
      mySection: sectionOf(mainPost?.unitId),
    };
  }, [tree.data, tree.error, posts.data]);
}
