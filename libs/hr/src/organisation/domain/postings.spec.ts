import { findPostingConflict, isValidPeriod, periodsOverlap, type PostingPeriod } from './postings';

describe('periodsOverlap (inclusive dates, null = open end)', () => {
  it.each([
    ['2026-04-01', '2026-09-30', '2026-10-01', null, false],
    ['2026-04-01', '2026-09-30', '2026-09-30', null, true],
    ['2026-04-01', null, '2027-04-01', null, true],
    ['2026-04-01', null, '2025-04-01', '2026-03-31', false],
    ['2026-04-01', null, '2025-04-01', '2026-04-01', true],
    ['2026-04-01', '2026-04-01', '2026-04-01', '2026-04-01', true],
    ['2026-05-01', '2026-05-31', '2026-04-01', '2026-12-31', true],
  ])('[%s, %s] vs [%s, %s] = %p', (aStart, aEnd, bStart, bEnd, expected) => {
    const a = { startDate: aStart, endDate: aEnd };
    const b = { startDate: bStart, endDate: bEnd };
    expect(periodsOverlap(a, b)).toBe(expected);
    expect(periodsOverlap(b, a)).toBe(expected);
  });

  it.each([
    ['2026-04-01', null, true],
    ['2026-04-01', '2026-04-01', true],
    ['2026-04-02', '2026-04-01', false],
  ])('isValidPeriod(%s, %s) = %p', (startDate, endDate, expected) => {
    expect(isValidPeriod({ startDate, endDate })).toBe(expected);
  });
});

describe('findPostingConflict', () => {
  const main = (id: number, startDate: string, endDate: string | null, unitId = 1, positionId = 10): PostingPeriod => ({
    id,
    startDate,
    endDate,
    unitId,
    positionId,
    concurrent: false,
  });
  const concurrent = (
    id: number,
    startDate: string,
    endDate: string | null,
    unitId = 2,
    positionId = 7,
  ): PostingPeriod => ({
    ...main(id, startDate, endDate, unitId, positionId),
    concurrent: true,
  });

  const existing = [
    main(1, '2025-04-01', '2026-03-31'),
    main(2, '2026-04-01', null, 3),
    concurrent(3, '2026-04-01', null),
  ];

  it.each<[string, PostingPeriod, string | null, number | null]>([
    ['a main post after a closed one and before the open one', main(9, '2024-04-01', '2025-03-31'), null, null],
    ['a main post overlapping the open main post', main(9, '2027-04-01', null, 4), 'main-overlap', 2],
    ['a main post overlapping the closed one by a day', main(9, '2024-04-01', '2025-04-01', 4), 'main-overlap', 1],
    ['a concurrent post over both main posts (兼務)', concurrent(9, '2025-04-01', null, 5, 7), null, null],
    [
      'a concurrent post on the post already held concurrently',
      concurrent(9, '2027-01-01', null),
      'same-post-overlap',
      3,
    ],
    [
      'a concurrent post on the post already held as main post',
      concurrent(9, '2026-05-01', '2026-05-31', 3, 10),
      'same-post-overlap',
      2,
    ],
    ['the posting itself, edited (excluded by id)', main(2, '2026-04-01', '2026-09-30', 3), null, null],
    [
      'a main post on the concurrently held post, while a main post runs',
      main(9, '2026-04-01', null, 2, 7),
      'main-overlap',
      2,
    ],
  ])('%s', (_label, candidate, kind, withId) => {
    const conflict = findPostingConflict(existing, candidate);
    expect(conflict?.kind ?? null).toBe(kind);
    expect(conflict?.with.id ?? null).toBe(withId);
  });

  it('refuses a main post on a post already held concurrently', () => {
    expect(findPostingConflict([concurrent(3, '2026-04-01', null)], main(9, '2026-06-01', null, 2, 7))?.kind).toBe(
      'same-post-overlap',
    );
  });

  it('allows a main post once the other main post has ended', () => {
    expect(findPostingConflict([main(1, '2025-04-01', '2026-03-31')], main(2, '2026-04-01', null))).toBeNull();
  });
});
