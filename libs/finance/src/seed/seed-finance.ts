import type { EntityManager } from 'typeorm';
import { OrgUnit } from '@ringi/hr';
import { BudgetChange } from '../budget/budget-change.entity';
import { BudgetLine } from '../budget/budget-line.entity';
import { Payee } from '../payees/payee.entity';
import { DesignatedBank } from '../settings/designated-bank.entity';
import { DESIGNATED_BANK_ID } from '../settings/designated-bank.service';
import type { FinanceSeed } from './demo-finance';

/** Loads budget lines (with their 当初予算), payees and the designated bank; idempotent: what exists is left as it is. */
export async function seedFinance(em: EntityManager, seed: FinanceSeed, now = new Date()): Promise<void> {
  for (const { unitCode, initialAmount, ...line } of seed.lines) {
    const unit = await em.findOneByOrFail(OrgUnit, { code: unitCode });
    if (await em.existsBy(BudgetLine, { fiscalYear: line.fiscalYear, unitId: unit.id, code: line.code })) continue;
    const row = em.create(BudgetLine, { ...line, unitId: unit.id, createdAt: now });
    await em.insert(BudgetLine, row);
    await em.insert(BudgetChange, {
      budgetLineId: row.id,
      kind: 'initial',
      amount: initialAmount,
      reason: '当初予算',
      transferId: null,
      createdByUserId: null,
      createdAt: now,
    });
  }
  for (const payee of seed.payees) {
    if (await em.existsBy(Payee, { name: payee.name })) continue;
    await em.insert(Payee, { ...payee, createdAt: now });
  }
  if (!(await em.existsBy(DesignatedBank, { id: DESIGNATED_BANK_ID }))) {
    await em.insert(DesignatedBank, {
      id: DESIGNATED_BANK_ID,
      ...seed.designatedBank,
      updatedByUserId: null,
      updatedAt: now,
    });
  }
}
