import type { DataSource, Migration, MigrationInterface } from 'typeorm';

type MigrationClass = new () => MigrationInterface;

/** Orders the migrations every lib contributes by the timestamp at the end of their class name. */
export function orderMigrations(...groups: MigrationClass[][]): MigrationClass[] {
  const stamp = (m: MigrationClass) => Number(/(\d{13})$/.exec(m.name)?.[1] ?? NaN);
  const all = groups.flat();
  for (const m of all) {
    if (Number.isNaN(stamp(m))) throw new Error(`Migration ${m.name} must end in a 13-digit timestamp`);
  }
  return [...all].sort((a, b) => stamp(a) - stamp(b));
}

/** How long a starting process waits for another one to finish migrating before giving up. */
const MIGRATION_LOCK_SECONDS = 300;

/**
 * Runs the pending migrations, each in its own transaction. On MySQL/MariaDB a named server lock per database
 * makes processes started together (two workers, two hosts, a deploy while the CLI migrates) take turns: the
 * second finds the schema current instead of running the same migration twice.
 */
export async function runMigrationsExclusively(dataSource: DataSource): Promise<Migration[]> {
  if (dataSource.options.type !== 'mysql') return dataSource.runMigrations({ transaction: 'each' });
  const session = dataSource.createQueryRunner();
  try {
    const [row] = (await session.query("SELECT GET_LOCK(CONCAT('ringi.migrations.', DATABASE()), ?) AS acquired", [
      MIGRATION_LOCK_SECONDS,
    ])) as { acquired: number | string | null }[];
    if (Number(row?.acquired) !== 1) {
      throw new Error(`another process kept the migration lock for ${MIGRATION_LOCK_SECONDS} s; is it stuck?`);
    }
    try {
      return await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await session.query("SELECT RELEASE_LOCK(CONCAT('ringi.migrations.', DATABASE()))");
    }
  } finally {
    await session.release();
  }
}
