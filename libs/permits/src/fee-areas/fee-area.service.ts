import { Injectable } from '@nestjs/common';
import { AuditTrail, type Principal } from '@ringi/auth';
import { Clock, ConflictError, InvalidInputError, NotFoundError, Transactions } from '@ringi/platform';
import { geometryProblem, type PlaceGeometry } from '../applications/geometry';
import { tableInForce } from '../fees/occupancy-fee';
import { feeDistrictOf, touches, type FeeArea, type FeeAreaTable } from './fee-district';
import { PermitFeeAreaTable } from './fee-area-table.entity';
import { isUniqueViolation } from '../unique-violation';

export interface FeeAreaTableView extends FeeAreaTable {
  id: number;
  createdAt: Date;
}

export interface PlaceDistrict {
  feeDistrict: number;
  areaTableVersion: string;
  /** The areas the place touches (none: the table's default district). */
  areas: string[];
}

/** The versioned 級地 area tables, and the 級地 a place falls in. */
@Injectable()
export class FeeAreaService {
  constructor(
    private readonly transactions: Transactions,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  list(): Promise<FeeAreaTableView[]> {
    return this.transactions.run(async (em) =>
      (await em.find(PermitFeeAreaTable, { order: { effectiveFrom: 'DESC' } })).map(toView),
    );
  }

  /** Adds a version; every area must be a closed polygon. 409 for a version that exists. */
  async create(input: FeeAreaTable, principal: Principal): Promise<FeeAreaTableView> {
    const problems = input.areas.flatMap((area, i) => {
      const problem = geometryProblem({ type: 'Polygon', coordinates: area.polygon });
      return problem ? [{ field: `areas.${i}.polygon`, messages: [problem] }] : [];
    });
    if (problems.length > 0) throw new InvalidInputError('区域の形が正しくありません。', problems);
    try {
      return await this.transactions.run(async (em) => {
        const row = em.create(PermitFeeAreaTable, {
          version: input.version,
          effectiveFrom: input.effectiveFrom,
          defaultDistrict: input.defaultDistrict,
          areas: JSON.stringify(input.areas),
          createdAt: this.clock.now(),
          createdByUserId: principal.userId,
        });
        await em.insert(PermitFeeAreaTable, row);
        await this.audit.record({
          action: 'permits.fee-area-table.created',
          targetType: 'permit-fee-area-table',
          targetId: row.id,
          capacity: 'self',
          detail: { version: input.version, effectiveFrom: input.effectiveFrom, areas: input.areas.length },
        });
        return toView(row);
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError(`級地の区域表の版「${input.version}」はすでに登録されています。`);
      }
      throw error;
    }
  }

  /** The 級地 of a place by the area table in force on a date (the first day of the occupation). */
  async districtOf(place: PlaceGeometry, on: string): Promise<PlaceDistrict> {
    const table = tableInForce(await this.list(), on);
    if (!table) throw new NotFoundError(`${on} に適用される級地の区域表がありません。`);
    return {
      feeDistrict: feeDistrictOf(table, place),
      areaTableVersion: table.version,
      areas: table.areas.filter((a) => touches(a.polygon, place)).map((a) => a.name),
    };
  }
}

function toView(row: PermitFeeAreaTable): FeeAreaTableView {
  return {
    id: row.id,
    version: row.version,
    effectiveFrom: row.effectiveFrom,
    defaultDistrict: row.defaultDistrict,
    areas: JSON.parse(row.areas) as FeeArea[],
    createdAt: row.createdAt,
  };
}
