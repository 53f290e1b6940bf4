import { Injectable } from '@nestjs/common';
import { Transactions, UnprocessableError } from '@ringi/platform';
import type { OccupancyCategory } from './occupancy-category';
import { PermitCategory } from './permit-category.entity';

/** The 占用物件 categories in force, as the portal form and the checks read them. */
@Injectable()
export class CategoryService {
  constructor(private readonly transactions: Transactions) {}

  list(): Promise<OccupancyCategory[]> {
    return this.transactions.run(async (em) =>
      (await em.find(PermitCategory, { where: { active: true }, order: { id: 'ASC' } })).map(
        (row) => JSON.parse(row.definition) as OccupancyCategory,
      ),
    );
  }

  /** An active category; 422 naming the field for an unknown one. */
  async byCode(code: string): Promise<OccupancyCategory> {
    const row = await this.transactions.run((em) => em.findOneBy(PermitCategory, { code, active: true }));
    if (!row) {
      throw new UnprocessableError(`占用物件の区分「${code}」は受け付けていません。`, [
        { field: 'categoryCode', messages: [`区分「${code}」は受け付けていません`] },
      ]);
    }
    return JSON.parse(row.definition) as OccupancyCategory;
  }
}
