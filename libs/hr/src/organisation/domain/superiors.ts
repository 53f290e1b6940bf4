/** A holder of a post, as far as the superior chain needs to know. */
export interface ChainCandidate {
  staffId: number;
  rank: number;
  /** Tie-breaker among holders of the same rank at one level: main posts first, then by this key. */
  concurrent?: boolean;
  order?: number;
}

/**
 * The chain of superiors of a staff member of `ownRank`, closest first.
 * `levels[0]` holds the post holders of the staff member's own unit, `levels[1]` its parent, and so
 * on up to the city. At each level only holders ranked strictly higher (a smaller rank number) than
 * everyone already in the chain (initially: the staff member) are taken, lowest authority first, so
 * the chain climbs monotonically (主事 → 係長 → 課長補佐 → 課長 → 次長 → 部長 → 副市長 → 市長) and a
 * 主査 posted in the 課 does not appear after the 係長. A person appears once (at the closest level,
 * e.g. a 課長 who is also 係長 by 兼務), and the staff member never appears in their own chain.
 */
export function superiorChain<T extends ChainCandidate>(
  selfStaffId: number,
  ownRank: number,
  levels: readonly (readonly T[])[],
): T[] {
  const chain: T[] = [];
  const seen = new Set<number>([selfStaffId]);
  let threshold = ownRank;
  for (const level of levels) {
    const eligible = level
      .filter((c) => c.rank < threshold)
      .sort(
        (a, b) =>
          b.rank - a.rank ||
          Number(a.concurrent ?? false) - Number(b.concurrent ?? false) ||
          (a.order ?? 0) - (b.order ?? 0),
      );
    for (const candidate of eligible) {
      threshold = Math.min(threshold, candidate.rank);
      if (seen.has(candidate.staffId)) continue;
      seen.add(candidate.staffId);
      chain.push(candidate);
    }
  }
  return chain;
}
