import type { ApplicationKind } from '../applications/permit-application.entity';
import type { FeeQuote } from './occupancy-fee';

/**
 * Whether an application of this kind owes 占用料 for its period. A 廃止 ends an occupation and occupies
 * nothing itself: it is never charged, billed or reminded to renew. Every other kind is an occupation.
 */
export function chargesOccupancyFee(kind: ApplicationKind): boolean {
  return kind !== 'end';
}

/** The fee an application of `kind` owes: the quote as priced, or for a 廃止 nothing, with no fiscal year to bill. */
export function applicationFee(kind: ApplicationKind, quote: FeeQuote): FeeQuote {
  return chargesOccupancyFee(kind) ? quote : { ...quote, totalYen: 0, fiscalYears: [] };
}
