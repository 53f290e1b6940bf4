import { Injectable } from '@nestjs/common';
import { Clock, toCsv, Transactions, type CsvColumn, type CsvEncoding } from '@ringi/platform';
import { Staff } from '../../organisation/entities/staff.entity';
import { AttendanceMonth } from '../entities/attendance-month.entity';
import { LeaveKind } from '../entities/leave.entity';
import { MonthSummary, type MonthTotals } from './month-summary';

interface PayrollRow {
  staff: Staff;
  totals: MonthTotals;
}

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/** The payroll export (給与連携) of a month: one line per staff member whose month is closed. */
@Injectable()
export class PayrollExport {
  constructor(
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    private readonly summary: MonthSummary,
  ) {}

  csv(month: string, encoding: CsvEncoding): Promise<Buffer> {
    return this.transactions.run(async (em) => {
      const closed = await em.find(AttendanceMonth, { where: { month, status: 'closed' }, order: { staffId: 'ASC' } });
      const kinds = await em.find(LeaveKind, { order: { sortOrder: 'ASC' } });
      const rows: PayrollRow[] = [];
      for (const m of closed) {
        const staff = await em.findOneByOrFail(Staff, { id: m.staffId });
        rows.push({ staff, totals: (await this.summary.sheet(em, m.staffId, month, this.clock.now())).totals });
      }
      const columns: CsvColumn<PayrollRow>[] = [
        { header: '年月', value: () => month },
        { header: '職員番号', value: (r) => r.staff.employeeNo },
        { header: '氏名', value: (r) => `${r.staff.familyName} ${r.staff.givenName}` },
        { header: '出勤日数', value: (r) => r.totals.daysWorked },
        ...kinds.map((k) => ({ header: `${k.name}（日）`, value: (r: PayrollRow) => r.totals.leaveDays[k.code] ?? 0 })),
        { header: '時間外勤務（平日・時間）', value: (r) => hours(r.totals.overtime.weekday) },
        { header: '休日勤務（時間）', value: (r) => hours(r.totals.overtime.holiday) },
        { header: '深夜勤務（時間）', value: (r) => hours(r.totals.overtime.lateNight) },
      ];
      return toCsv(rows, columns, encoding);
    });
  }
}
