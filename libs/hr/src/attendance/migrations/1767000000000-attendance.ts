import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';
import { LEAVE_KINDS } from '../leave/leave-kinds';
import { STANDARD_PATTERNS } from '../patterns/standard-patterns';

const index = (table: string, columns: string[], unique = false) =>
  new TableIndex({
    name: `${unique ? 'uq' : 'ix'}_${table}_${columns.join('_')}`.slice(0, 60),
    columnNames: columns,
    isUnique: unique,
  });

/**
 * Attendance (庶務事務・勤怠): working patterns and who works which, attendance profiles (employment, service
 * start, IC card), clocked days, 打刻修正 requests, leave kinds, balances and requests, 時間外勤務命令,
 * 他律的業務 designations and monthly closing. Leave kinds and the standard patterns are reference data.
 */
export class Attendance1767000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'att_work_pattern',
        columns: [
          col.id(),
          col.varchar('code', 40),
          col.varchar('name', 100),
          col.varchar('kind', 12),
          col.varchar('startTime', 5),
          col.varchar('endTime', 5),
          col.text('breaks'),
          col.varchar('workDays', 7),
          col.bool('active', true),
        ],
        indices: [index('att_work_pattern', ['code'], true)],
      }),
    );
    await q.manager
      .createQueryBuilder()
      .insert()
      .into('att_work_pattern', ['code', 'name', 'kind', 'startTime', 'endTime', 'breaks', 'workDays', 'active'])
      .values(STANDARD_PATTERNS.map((p) => ({ ...p, breaks: JSON.stringify(p.breaks), active: true })))
      .execute();
    await q.createTable(
      new Table({
        name: 'att_pattern_assignment',
        columns: [col.id(), col.int('staffId'), col.int('patternId'), col.date('startDate'), col.date('endDate', true)],
        indices: [index('att_pattern_assignment', ['staffId', 'startDate'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'att_profile',
        columns: [
          { ...col.int('staffId'), isPrimary: true },
          col.varchar('employment', 12),
          col.date('serviceStartDate'),
          col.varchar('cardId', 64, true),
        ],
        indices: [index('att_profile', ['cardId'], true)],
      }),
    );
    await q.createTable(
      new Table({
        name: 'att_day',
        columns: [
          col.id(),
          col.int('staffId'),
          col.date('workDate'),
          col.instant('clockInAt', true),
          col.varchar('clockInSource', 12, true),
          col.int('clockInByUserId', true),
          col.instant('clockOutAt', true),
          col.varchar('clockOutSource', 12, true),
          col.int('clockOutByUserId', true),
        ],
        indices: [index('att_day', ['staffId', 'workDate'], true)],
      }),
    );
    await q.createTable(
      new Table({
        name: 'att_correction',
        columns: [
          col.id(),
          col.int('staffId'),
          col.date('workDate'),
          col.instant('clockInAt', true),
          col.instant('clockOutAt', true),
          col.varchar('reason', 200),
          col.varchar('status', 12),
          col.int('instanceId', true),
          col.int('requestedByUserId'),
          col.instant('requestedAt'),
        ],
        indices: [index('att_correction', ['staffId', 'workDate'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'att_leave_kind',
        columns: [
          { ...col.varchar('code', 20), isPrimary: true },
          col.varchar('name', 40),
          col.bool('paid', true),
          col.varchar('units', 30),
          col.int('yearlyDays', true),
          col.int('maxDaysPerRequest', true),
          col.int('monthFrom', true),
          col.int('monthTo', true),
          col.int('sortOrder'),
        ],
      }),
    );
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
      ])
      .values(LEAVE_KINDS.map((k, i) => ({ ...k, units: k.units.join(','), sortOrder: i + 1 })))
      .execute();
    await q.createTable(
      new Table({
        name: 'att_leave_balance',
        columns: [
          col.id(),
          col.int('staffId'),
          col.varchar('kindCode', 20),
          col.date('periodStart'),
          col.date('periodEnd'),
          col.int('dayMinutes'),
          col.int('grantedMinutes'),
          col.int('carriedMinutes'),
          col.int('usedMinutes'),
          col.int('pendingMinutes'),
          col.int('hourLeaveMinutes'),
        ],
        indices: [index('att_leave_balance', ['staffId', 'kindCode', 'periodStart'], true)],
      }),
    );
    await q.createTable(
      new Table({
        name: 'att_leave_request',
        columns: [
          col.id(),
          col.int('staffId'),
          col.varchar('kindCode', 20),
          col.varchar('unit', 8),
          col.date('startDate'),
          col.date('endDate'),
          col.varchar('startTime', 5, true),
          col.int('minutes'),
          col.int('days'),
          col.int('balanceId', true),
          col.varchar('reason', 200),
          col.varchar('status', 12),
          col.int('instanceId', true),
          col.instant('requestedAt'),
        ],
        indices: [index('att_leave_request', ['staffId', 'startDate'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'att_section_designation',
        columns: [{ ...col.int('unitId'), isPrimary: true }, col.varchar('designation', 16)],
      }),
    );
    await q.createTable(
      new Table({
        name: 'att_overtime_order',
        columns: [
          col.id(),
          col.int('staffId'),
          col.date('workDate'),
          col.int('plannedMinutes'),
          col.varchar('task', 200),
          col.varchar('status', 16),
          col.int('orderedByUserId'),
          col.instant('orderedAt'),
          col.varchar('excessReason', 400, true),
          col.int('excessInstanceId', true),
          col.int('confirmedMinutes', true),
          col.int('weekdayMinutes'),
          col.int('holidayMinutes'),
          col.int('lateNightMinutes'),
          col.int('confirmedByUserId', true),
          col.instant('confirmedAt', true),
        ],
        indices: [index('att_overtime_order', ['staffId', 'workDate'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'att_month',
        columns: [
          col.id(),
          col.int('staffId'),
          col.varchar('month', 7),
          col.varchar('status', 12),
          col.int('instanceId', true),
          col.instant('submittedAt', true),
          col.instant('approvedAt', true),
          col.instant('closedAt', true),
          col.int('closedByUserId', true),
        ],
        indices: [index('att_month', ['staffId', 'month'], true), index('att_month', ['month', 'status'])],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'att_month',
      'att_overtime_order',
      'att_section_designation',
      'att_leave_request',
      'att_leave_balance',
      'att_leave_kind',
      'att_correction',
      'att_day',
      'att_profile',
      'att_pattern_assignment',
      'att_work_pattern',
    ]) {
      await q.dropTable(table);
    }
  }
}
