import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@ringi/platform';
import { POSITIONS } from '../organisation/domain/positions';

const fk = (column: string, table: string, onDelete: 'RESTRICT' | 'CASCADE' = 'RESTRICT') => ({
  columnNames: [column],
  referencedTableName: table,
  referencedColumnNames: ['id'],
  onDelete,
});

/**
 * The organisation: units (部・課・係), the position ladder (seeded here: it is reference data),
 * staff, postings (配置), absences (不在) and deputy designations (代決者).
 */
export class Organisation1764100000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'org_unit',
        columns: [
          col.id(),
          col.varchar('code', 40),
          col.varchar('name', 100),
          col.varchar('kind', 12),
          col.int('parentId', true),
          col.varchar('docSymbol', 10, true),
          col.int('sortOrder'),
          col.bool('active', true),
        ],
        indices: [
          new TableIndex({ name: 'uq_org_unit_code', columnNames: ['code'], isUnique: true }),
          new TableIndex({ name: 'uq_org_unit_doc_symbol', columnNames: ['docSymbol'], isUnique: true }),
          new TableIndex({ name: 'ix_org_unit_parent', columnNames: ['parentId', 'sortOrder'] }),
        ],
        foreignKeys: [fk('parentId', 'org_unit')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'org_position',
        columns: [col.id(), col.varchar('code', 30), col.varchar('name', 30), col.int('rank')],
        indices: [new TableIndex({ name: 'uq_org_position_code', columnNames: ['code'], isUnique: true })],
      }),
    );
    // Through the query builder so the `rank` column (reserved in MySQL 8) is quoted.
    await q.manager
      .createQueryBuilder()
      .insert()
      .into('org_position', ['id', 'code', 'name', 'rank'])
      .values(POSITIONS.map((p, i) => ({ id: i + 1, code: p.code, name: p.name, rank: p.rank })))
      .execute();
    await q.createTable(
      new Table({
        name: 'staff',
        columns: [
          col.id(),
          col.varchar('employeeNo', 20),
          col.varchar('familyName', 50),
          col.varchar('givenName', 50),
          col.varchar('familyNameKana', 100),
          col.varchar('givenNameKana', 100),
          col.varchar('email', 254, true),
          col.bool('active', true),
        ],
        indices: [
          new TableIndex({ name: 'uq_staff_employee_no', columnNames: ['employeeNo'], isUnique: true }),
          new TableIndex({ name: 'ix_staff_kana', columnNames: ['familyNameKana', 'givenNameKana'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'staff_posting',
        columns: [
          col.id(),
          col.int('staffId'),
          col.int('unitId'),
          col.int('positionId'),
          col.date('startDate'),
          col.date('endDate', true),
          col.bool('concurrent', false),
          col.varchar('note', 200, true),
        ],
        indices: [
          // holdersOf / members: postings of a post (or a unit) valid on a date
          new TableIndex({
            name: 'ix_staff_posting_post',
            columnNames: ['unitId', 'positionId', 'startDate', 'endDate'],
          }),
          // postsOf / overlap checks: postings of a staff member valid on a date
          new TableIndex({ name: 'ix_staff_posting_staff', columnNames: ['staffId', 'startDate', 'endDate'] }),
          new TableIndex({ name: 'ix_staff_posting_position', columnNames: ['positionId'] }),
        ],
        foreignKeys: [fk('staffId', 'staff'), fk('unitId', 'org_unit'), fk('positionId', 'org_position')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'staff_absence',
        columns: [
          col.id(),
          col.int('staffId'),
          col.instant('startsAt'),
          col.instant('endsAt'),
          col.varchar('reason', 200),
        ],
        indices: [new TableIndex({ name: 'ix_staff_absence_staff', columnNames: ['staffId', 'startsAt', 'endsAt'] })],
        foreignKeys: [fk('staffId', 'staff', 'CASCADE')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'deputy_designation',
        columns: [
          col.id(),
          col.int('unitId'),
          col.int('positionId'),
          col.int('deputyUnitId'),
          col.int('deputyPositionId'),
          col.int('priority'),
        ],
        indices: [
          new TableIndex({
            name: 'uq_deputy_post_priority',
            columnNames: ['unitId', 'positionId', 'priority'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'uq_deputy_post_deputy',
            columnNames: ['unitId', 'positionId', 'deputyUnitId', 'deputyPositionId'],
            isUnique: true,
          }),
          new TableIndex({ name: 'ix_deputy_deputy_post', columnNames: ['deputyUnitId', 'deputyPositionId'] }),
          new TableIndex({ name: 'ix_deputy_position', columnNames: ['positionId'] }),
          new TableIndex({ name: 'ix_deputy_deputy_position', columnNames: ['deputyPositionId'] }),
        ],
        foreignKeys: [
          fk('unitId', 'org_unit'),
          fk('positionId', 'org_position'),
          fk('deputyUnitId', 'org_unit'),
          fk('deputyPositionId', 'org_position'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['deputy_designation', 'staff_absence', 'staff_posting', 'staff', 'org_position', 'org_unit']) {
      await q.dropTable(table);
    }
  }
}
