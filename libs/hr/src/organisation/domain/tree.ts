/**
 * The organisation tree: the city at the root (市長・副市長 are posted there), 部 below it, 課 below
 * a 部, 係 below a 課; offices (室, e.g. 会計室, DX推進室) may sit at any level below the city.
 */
export const UNIT_KINDS = ['city', 'department', 'section', 'subsection', 'office'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  city: '市',
  department: '部',
  section: '課',
  subsection: '係',
  office: '室',
};

/** Which kinds a unit of each kind may hang under; the city is the only root. */
export const ALLOWED_PARENT_KINDS: Record<UnitKind, readonly UnitKind[]> = {
  city: [],
  department: ['city'],
  office: ['city', 'department', 'section', 'office'],
  section: ['city', 'department', 'office'],
  subsection: ['section', 'office'],
};

export interface TreeNode {
  id: number;
  parentId: number | null;
  sortOrder?: number;
  code?: string;
}

/** Why a unit of `kind` cannot hang under a parent of `parentKind` (null = at the root), or null if it can. */
export function parentKindProblem(kind: UnitKind, parentKind: UnitKind | null): string | null {
  if (parentKind === null) {
    return kind === 'city' ? null : `${UNIT_KIND_LABELS[kind]}には上位の組織を指定してください。`;
  }
  if (kind === 'city') return '市（最上位の組織）には上位の組織を指定できません。';
  if (!ALLOWED_PARENT_KINDS[kind].includes(parentKind)) {
    return `${UNIT_KIND_LABELS[kind]}は${UNIT_KIND_LABELS[parentKind]}の下に置けません。`;
  }
  return null;
}

/**
 * Whether hanging `unitId` under `newParentId` would make a cycle (the unit itself, or one of its
 * descendants, as its parent). A cycle already present in `nodes` also counts, so it never loops.
 */
export function wouldCreateCycle(nodes: readonly TreeNode[], unitId: number, newParentId: number | null): boolean {
  if (newParentId === null) return false;
  const parentOf = new Map(nodes.map((n) => [n.id, n.parentId]));
  const seen = new Set<number>();
  let cursor: number | null | undefined = newParentId;
  while (cursor !== null && cursor !== undefined) {
    if (cursor === unitId || seen.has(cursor)) return true;
    seen.add(cursor);
    cursor = parentOf.get(cursor);
  }
  return false;
}

/** The unit and its ancestors, nearest first: [unit, parent, …, root]. Unknown id → []. */
export function ancestorPath(nodes: readonly TreeNode[], unitId: number): number[] {
  const parentOf = new Map(nodes.map((n) => [n.id, n.parentId]));
  const path: number[] = [];
  let cursor: number | null | undefined = parentOf.has(unitId) ? unitId : undefined;
  while (cursor !== null && cursor !== undefined && !path.includes(cursor)) {
    path.push(cursor);
    cursor = parentOf.get(cursor);
  }
  return path;
}

function bySortOrder(a: TreeNode, b: TreeNode): number {
  return (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || (a.code ?? '').localeCompare(b.code ?? '') || a.id - b.id;
}

/** The unit and everything below it, depth first, siblings by sortOrder. Unknown id → []. */
export function subtreeIds(nodes: readonly TreeNode[], rootId: number): number[] {
  const children = new Map<number | null, TreeNode[]>();
  for (const n of nodes) {
    const list = children.get(n.parentId) ?? [];
    list.push(n);
    children.set(n.parentId, list);
  }
  for (const list of children.values()) list.sort(bySortOrder);
  if (!nodes.some((n) => n.id === rootId)) return [];
  const out: number[] = [];
  const visit = (id: number) => {
    if (out.includes(id)) return;
    out.push(id);
    for (const child of children.get(id) ?? []) visit(child.id);
  };
  visit(rootId);
  return out;
}

export type Tree<T> = T & { children: Tree<T>[] };

/** Nests flat nodes into trees (roots = nodes whose parent is absent from the list). */
export function buildTree<T extends TreeNode>(nodes: readonly T[]): Tree<T>[] {
  const byId = new Map<number, Tree<T>>(nodes.map((n) => [n.id, { ...n, children: [] }]));
  const roots: Tree<T>[] = [];
  for (const node of [...byId.values()].sort(bySortOrder)) {
    const parent = node.parentId === null ? undefined : byId.get(node.parentId);
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
