/**
 * What has been done with a budget line's money. Every figure is whole yen.
 * - budget: initial amount + 補正 + decided 流用 in − decided 流用 out
 * - reserved: commitments and 流用 out that are in the workflow (submitted, not yet decided)
 * - committed: amounts of decided commitments (after 更正)
 * - paid: what has been paid against those commitments (概算払 included, 戻入 deducted)
 */
export interface LineFigures {
  budget: number;
  reserved: number;
  committed: number;
  paid: number;
}

export interface LineBalance extends LineFigures {
  /** Decided but not yet paid. */
  unpaid: number;
  /** What a new commitment may still use. */
  available: number;
}

/**
 * Available balance = budget − open reservations − commitments not yet paid − payments. A commitment's
 * paid part counts once, as a payment, and its unpaid part once, as a commitment.
 */
export function lineBalance(figures: LineFigures): LineBalance {
  const unpaid = Math.max(figures.committed - figures.paid, 0);
  return { ...figures, unpaid, available: figures.budget - figures.reserved - unpaid - figures.paid };
}
