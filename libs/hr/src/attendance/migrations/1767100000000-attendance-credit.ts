import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';
import { LEAVE_KINDS } from '../leave/leave-kinds';

/**
 * 出勤率8割: marks the leave kinds whose days count as worked for the annual-leave grant, and adds the kinds
 * the rule needs that the first set lacked (公務災害による休業, 育児休業, 介護休業). A fresh database got
 * them from the first migration already; only missing rows are inserted.
 */
export class AttendanceCredit1767100000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('att_leave_kind', new TableColumn(col.bool('countsAsWorked', false)));
    const present = new Set(
      (
        (await q.manager.createQueryBuilder().select('k.code', 'code').from('att_leave_kind', 'k').getRawMany()) as {
          code: string;
        }[]
      ).map((r) => r.code),
    );
    for (const [i, kind] of LEAVE_KINDS.entries()) {
      if (present.has(kind.code)) {
        await q.manager
          .createQueryBuilder()
          .update('att_leave_kind')
          .set({ countsAsWorked: kind.countsAsWorked })
          .where('code = :code', { code: kind.code })
          .execute();
        continue;
      }
      await q.manager
        .createQueryBuilder()
        .insert()
        .into('att_leave_kind', [
          'code',
          'name',
          'paid',
          'units',
          'yearlyDays',
          'maxDaysPerRequest',
          'monthFrom',
          'monthTo',
          'sortOrder',
          'countsAsWorked',
        ])
        .values({ ...kind, units: kind.units.join(','), sortOrder: i + 1 })
        .execute();
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.manager
      .createQueryBuilder()
      .delete()
      .from('att_leave_kind')
      .where('code IN (:...codes)', { codes: ['workInjury', 'childcareLeave', 'careLeave'] })
      .execute();
    await q.dropColumn('att_leave_kind', 'countsAsWorked');
  }
}
