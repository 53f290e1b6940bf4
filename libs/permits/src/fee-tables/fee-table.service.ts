import { Injectable } from '@nestjs/common';
import { AuditTrail, type Principal } from '@ringi/auth';
import {
  Clock,
  ConflictError,
  InvalidInputError,
  NotFoundError,
  Transactions,
  UnprocessableError,
} from '@ringi/platform';
import {
  FeeQuoteError,
  quoteOccupancyFee,
  tableInForce,
  type FeePrice,
  type FeeQuote,
  type FeeQuoteInput,
  type FeeRules,
  type FeeTable,
} from '../fees/occupancy-fee';
import { PermitFeeTable } from './fee-table.entity';
import { isUniqueViolation } from '../unique-violation';

export interface FeeTableView extends FeeTable {
  id: number;
  createdAt: Date;
}

export interface NewFeeTable {
  version: string;
  effectiveFrom: string;
  rules: FeeRules;
  prices: FeePrice[];
}

/** The versioned 占用料 tables and the quotes computed from the one in force. */
@Injectable()
export class FeeTableService {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  list(): Promise<FeeTableView[]> {
    return this.transactions.run(async (em) =>
      (await em.find(PermitFeeTable, { order: { effectiveFrom: 'DESC' } })).map(toView),
    );
  }

  /** Adds a table version; prices must name each category and 級地 once. 409 for a version that exists. */
  async create(input: NewFeeTable, principal: Principal | null): Promise<FeeTableView> {
    const duplicates = duplicatePrices(input.prices);
    if (duplicates.length > 0) {
      throw new InvalidInputError('同じ占用物件と級地の単価が重複しています。', [
        { field: 'prices', messages: duplicates.map((d) => `「${d}」が重複しています`) },
      ]);
    }
    try {
      return await this.transactions.run(async (em) => {
        const row = em.create(PermitFeeTable, {
          version: input.version,
          effectiveFrom: input.effectiveFrom,
          rules: JSON.stringify(input.rules),
          prices: JSON.stringify(input.prices),
          createdAt: this.clock.now(),
          createdByUserId: principal?.userId ?? null,
        });
        await em.insert(PermitFeeTable, row);
        await this.audit.record({
          action: 'permits.fee-table.created',
          targetType: 'permit-fee-table',
          targetId: row.id,
          capacity: 'self',
          detail: { version: input.version, effectiveFrom: input.effectiveFrom, prices: input.prices.length },
        });
        return toView(row);
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError(`料金表の版「${input.version}」はすでに登録されています。`);
      }
      throw error;
    }
  }

  /**
   * 占用料 by the table in force on the first day of the period, or by the given version (a case priced
   * before keeps its table); 422 naming the field for what cannot be priced.
   */
  async quote(input: FeeQuoteInput, version?: string): Promise<FeeQuote> {
    const tables = await this.list();
    const table = version ? (tables.find((t) => t.version === version) ?? null) : tableInForce(tables, input.from);
    if (!table) throw new NotFoundError(`${input.from} に適用される占用料の料金表がありません。`);
    try {
      return quoteOccupancyFee(table, input);
    } catch (error) {
      if (!(error instanceof FeeQuoteError)) throw error;
      throw new UnprocessableError(error.message, [{ field: error.field, messages: [error.message] }]);
    }
  }
}

function toView(row: PermitFeeTable): FeeTableView {
  return {
    id: row.id,
    version: row.version,
    effectiveFrom: row.effectiveFrom,
    rules: JSON.parse(row.rules) as FeeRules,
    prices: JSON.parse(row.prices) as FeePrice[],
    createdAt: row.createdAt,
  };
}

function duplicatePrices(prices: readonly FeePrice[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const p of prices) {
    const key = `${p.category}（${p.feeDistrict}級地）`;
    if (seen.has(key)) duplicates.add(key);
    seen.add(key);
  }
  return [...duplicates];
}
