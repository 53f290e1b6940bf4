import { ancestorPath, buildTree, parentKindProblem, subtreeIds, wouldCreateCycle, type UnitKind } from './tree';

// city(1) ─ 総務部(2) ─ 総務課(3) ─ 庶務係(4)
//         │          └ 人事課(5)
//         └ 会計室(6)
const nodes = [
  { id: 1, parentId: null, sortOrder: 0 },
  { id: 2, parentId: 1, sortOrder: 1 },
  { id: 3, parentId: 2, sortOrder: 1 },
  { id: 4, parentId: 3, sortOrder: 1 },
  { id: 5, parentId: 2, sortOrder: 2 },
  { id: 6, parentId: 1, sortOrder: 9 },
];

describe('wouldCreateCycle', () => {
  it.each<[string, number, number | null, boolean]>([
    ['to the root', 4, null, false],
    ['under a sibling branch', 5, 3, false],
    ['under the city', 6, 1, false],
    ['under itself', 3, 3, true],
    ['under its child', 3, 4, true],
    ['under a grandchild', 2, 4, true],
    ['the root under a leaf', 1, 6, true],
    ['a new unit (id not in the tree) anywhere', 99, 4, false],
  ])('moving %s: unit %i under %p → %p', (_label, unitId, parentId, expected) => {
    expect(wouldCreateCycle(nodes, unitId, parentId)).toBe(expected);
  });

  it('terminates on a tree that already has a cycle', () => {
    const broken = [
      { id: 1, parentId: 2 },
      { id: 2, parentId: 1 },
    ];
    expect(wouldCreateCycle(broken, 3, 1)).toBe(true);
  });
});

describe('parentKindProblem', () => {
  it.each<[UnitKind, UnitKind | null, boolean]>([
    ['city', null, true],
    ['city', 'department', false],
    ['department', 'city', true],
    ['department', null, false],
    ['department', 'department', false],
    ['section', 'department', true],
    ['section', 'city', true],
    ['section', 'section', false],
    ['subsection', 'section', true],
    ['subsection', 'department', false],
    ['office', 'city', true],
    ['office', 'section', true],
    ['office', null, false],
  ])('%s under %p allowed = %p', (kind, parentKind, allowed) => {
    expect(parentKindProblem(kind, parentKind) === null).toBe(allowed);
  });
});

describe('tree walks', () => {
  it.each([
    [4, [4, 3, 2, 1]],
    [1, [1]],
    [99, []],
  ])('ancestorPath(%i) = %p', (id, expected) => {
    expect(ancestorPath(nodes, id)).toEqual(expected);
  });

  it.each([
    [1, [1, 2, 3, 4, 5, 6]],
    [2, [2, 3, 4, 5]],
    [4, [4]],
    [99, []],
  ])('subtreeIds(%i) = %p', (id, expected) => {
    expect(subtreeIds(nodes, id)).toEqual(expected);
  });

  it('buildTree nests children in sort order', () => {
    const [root] = buildTree(nodes);
    expect(root.id).toBe(1);
    expect(root.children.map((c) => c.id)).toEqual([2, 6]);
    expect(root.children[0].children.map((c) => c.id)).toEqual([3, 5]);
    expect(root.children[0].children[0].children.map((c) => c.id)).toEqual([4]);
  });
});
