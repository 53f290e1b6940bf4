import type { MigrationInterface } from 'typeorm';

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
