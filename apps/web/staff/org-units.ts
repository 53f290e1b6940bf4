// The organisation chart as GET /api/org/units answers it, and a picker's choices made from it.

export interface UnitNode {
  id: number;
  code: string;
  name: string;
  kind: string;
  parentId: number | null;
  active: boolean;
  children: UnitNode[];
}

/** The tree flattened in display order, each unit's name indented by its depth, for pickers. */
export function unitChoices(roots: UnitNode[]): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  const walk = (nodes: UnitNode[], depth: number) => {
    for (const n of nodes) {
      out.push({ value: String(n.id), label: `${'　'.repeat(depth)}${n.name}` });
      walk(n.children, depth + 1);
    }
  };
  walk(roots, 0);
  return out;
}
