import { DataSource } from 'typeorm';
import { buildDataSourceOptions, runMigrationsExclusively } from '@ringi/platform';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database';
import { ALL_ENTITIES, ALL_MIGRATIONS } from './app.schema';

describe('migrations at start-up', () => {
  let db: TestDatabase;
  const sources: DataSource[] = [];

  beforeEach(async () => {
    db = await createTestDatabase();
  });

  afterEach(async () => {
    await Promise.all(sources.splice(0).map((s) => s.destroy()));
    await db.drop();
  });

  async function connect(migrations = ALL_MIGRATIONS): Promise<DataSource> {
    const source = await new DataSource(buildDataSourceOptions(db.config, ALL_ENTITIES, migrations)).initialize();
    sources.push(source);
    return source;
  }

  async function recorded(source: DataSource): Promise<string[]> {
    const rows = (await source.query('SELECT name FROM migrations ORDER BY id')) as { name: string }[];
    return rows.map((r) => r.name);
  }

  it('applies every migration once, and nothing the second time', async () => {
    const source = await connect();
    expect(await runMigrationsExclusively(source)).toHaveLength(ALL_MIGRATIONS.length);
    expect(await runMigrationsExclusively(source)).toEqual([]);
    expect(await recorded(source)).toEqual(ALL_MIGRATIONS.map((m) => m.name));
  }, 120_000);

  it('gives the tasks of existing cases the business type of their case', async () => {
    const before = await connect(ALL_MIGRATIONS.filter((m) => m.name !== 'WorkflowTaskBusinessType1770500000000'));
    await runMigrationsExclusively(before);
    await before.query(
      `INSERT INTO wf_instance (id, definitionId, processKey, businessKey, businessType, status, initiatorUserId,
         variables, engineState, startedAt, lockVersion)
       VALUES (1, 1, 'p', 'K-1', 'goods', 'running', 1, '{}', '{}', '2026-04-01 00:00:00.000', 0),
              (2, 1, 'p', 'K-2', NULL, 'running', 1, '{}', '{}', '2026-04-01 00:00:00.000', 0)`,
    );
    await before.query(
      `INSERT INTO wf_task (id, instanceId, executionId, elementId, stepKind, assigneeLabel, status, createdAt)
       VALUES (1, 1, 'e1', 'a', 'approve', 'x', 'open', '2026-04-01 00:00:00.000'),
              (2, 2, 'e2', 'a', 'approve', 'x', 'open', '2026-04-01 00:00:00.000')`,
    );
    const after = await connect();
    expect((await runMigrationsExclusively(after)).map((m) => m.name)).toEqual([
      'WorkflowTaskBusinessType1770500000000',
    ]);
    const rows = (await after.query('SELECT id, businessType FROM wf_task ORDER BY id')) as {
      id: number;
      businessType: string | null;
    }[];
    expect(rows.map((r) => [Number(r.id), r.businessType])).toEqual([
      [1, 'goods'],
      [2, null],
    ]);
  }, 120_000);

  if (process.env.DATABASE_URL) {
    it('lets two processes started together take turns on MySQL/MariaDB', async () => {
      const [a, b] = await Promise.all([connect(), connect()]);
      const [ranA, ranB] = await Promise.all([runMigrationsExclusively(a), runMigrationsExclusively(b)]);
      // One of them found the schema current; each migration ran exactly once.
      expect(ranA.length + ranB.length).toBe(ALL_MIGRATIONS.length);
      expect(Math.min(ranA.length, ranB.length)).toBe(0);
      expect(await recorded(a)).toEqual(ALL_MIGRATIONS.map((m) => m.name));
    }, 120_000);
  }
});
