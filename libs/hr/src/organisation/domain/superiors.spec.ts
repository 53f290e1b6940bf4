import { superiorChain, type ChainCandidate } from './superiors';

const h = (staffId: number, rank: number, extra: Partial<ChainCandidate> = {}): ChainCandidate => ({
  staffId,
  rank,
  ...extra,
});
const ids = (chain: ChainCandidate[]) => chain.map((c) => c.staffId);

// ranks: 市長 1, 副市長 2, 部長 3, 次長 4, 課長 5, 課長補佐 6, 係長 7, 主査 8, 主任 9, 主事 10
describe('superiorChain', () => {
  it.each<[string, number, number, ChainCandidate[][], number[]]>([
    [
      'a 主事 in a 係 climbs 係長 → 課長補佐 → 課長 → 次長 → 部長 → 副市長 → 市長',
      100,
      10,
      [
        [h(100, 10), h(7, 7), h(11, 10)],
        [h(6, 6), h(5, 5)],
        [h(3, 3), h(4, 4)],
        [h(1, 1), h(2, 2)],
      ],
      [7, 6, 5, 4, 3, 2, 1],
    ],
    [
      'closest first within a level: 主任 and 主査 of the same 係 come before its 係長',
      100,
      10,
      [[h(9, 9), h(7, 7), h(8, 8)], [h(5, 5)]],
      [9, 8, 7, 5],
    ],
    [
      'the chain only climbs: a 主査 posted in the 課 does not follow the 係長',
      100,
      10,
      [[h(7, 7)], [h(8, 8), h(5, 5)]],
      [7, 5],
    ],
    ['a vacant 係長 post: the chain goes straight to the 課', 100, 10, [[], [h(5, 5)], [h(3, 3)]], [5, 3]],
    [
      'a 課長 who is also 係長 by 兼務 appears once, at the closest level',
      100,
      10,
      [[h(5, 7, { concurrent: true })], [h(5, 5)], [h(3, 3)]],
      [5, 3],
    ],
    [
      'a 課長 sees nobody of equal rank, then the 部 and the city',
      50,
      5,
      [[h(50, 5), h(51, 5), h(60, 6)], [h(3, 3)], [h(2, 2), h(1, 1)]],
      [3, 2, 1],
    ],
    [
      'two 課長補佐 at one level: main post before concurrent, then by order',
      100,
      10,
      [[h(61, 6, { concurrent: true, order: 1 }), h(62, 6, { order: 2 }), h(63, 6, { order: 1 })]],
      [63, 62, 61],
    ],
    ['the 市長 has no superiors', 1, 1, [[h(1, 1), h(2, 2)]], []],
    ['the staff member is never their own superior', 100, 10, [[h(100, 5)]], []],
  ])('%s', (_label, self, rank, levels, expected) => {
    expect(ids(superiorChain(self, rank, levels))).toEqual(expected);
  });
});
