import { DataSource, type QueryRunner } from 'typeorm';
import { IdentityCache, type Identity } from './identity-cache';
import type { Role } from './permissions';

const identity = (userId: number, role: Role = 'staff'): Identity => ({
  userId,
  username: `u${userId}`,
  displayName: `User ${userId}`,
  kind: 'staff',
  staffId: null,
  active: true,
  roles: [{ role, scopeUnitId: null }],
  permissions: new Set(),
});

function setUp() {
  const dataSource = { subscribers: [] } as unknown as DataSource;
  let clock = 0;
  const cache = new IdentityCache(dataSource, () => clock, 10_000);
  const [subscriber] = dataSource.subscribers;
  let loads = 0;
  const load =
    (role: Role = 'staff') =>
    () => {
      loads += 1;
      return Promise.resolve(identity(7, role));
    };
  return {
    cache,
    subscriber,
    load,
    loads: () => loads,
    advance: (ms: number) => (clock += ms),
  };
}

const runner = (isTransactionActive: boolean) => ({ isTransactionActive }) as QueryRunner;
const writeTo = (tableName: string, queryRunner: QueryRunner) => ({ metadata: { tableName }, queryRunner }) as never;

describe('IdentityCache', () => {
  it('reuses an identity until its time to live has passed', async () => {
    const t = setUp();
    await t.cache.get(7, t.load());
    t.advance(9_999);
    await t.cache.get(7, t.load());
    expect(t.loads()).toBe(1);
    t.advance(1);
    await t.cache.get(7, t.load());
    expect(t.loads()).toBe(2);
  });

  it('forgets everything when a role, account or posting row is written through this process', async () => {
    const t = setUp();
    for (const table of ['user_role', 'user_account', 'staff_posting']) {
      await t.cache.get(7, t.load());
      t.subscriber.afterUpdate!(writeTo(table, runner(false)));
      expect((await t.cache.get(7, t.load('auditor')))?.roles).toEqual([{ role: 'auditor', scopeUnitId: null }]);
    }
  });

  it('ignores writes to other tables', async () => {
    const t = setUp();
    await t.cache.get(7, t.load());
    t.subscriber.afterInsert!(writeTo('wf_task', runner(true)));
    await t.cache.get(7, t.load());
    expect(t.loads()).toBe(1);
  });

  it('forgets again when the transaction that wrote commits, not when another one does', async () => {
    const t = setUp();
    const writer = runner(true);
    t.subscriber.afterInsert!(writeTo('user_role', writer));
    // Read between the write and its commit: still the committed (old) rows.
    await t.cache.get(7, t.load('staff'));
    t.subscriber.afterTransactionCommit!({ queryRunner: runner(true) } as never);
    await t.cache.get(7, t.load('staff'));
    expect(t.loads()).toBe(1);
    t.subscriber.afterTransactionCommit!({ queryRunner: writer } as never);
    expect((await t.cache.get(7, t.load('auditor')))?.roles[0].role).toBe('auditor');
  });

  it('does not store what a load read before an invalidation that happened while it ran', async () => {
    const t = setUp();
    let release!: () => void;
    const slow = t.cache.get(7, async () => {
      await new Promise<void>((resolve) => (release = resolve));
      return identity(7, 'hr');
    });
    t.cache.clear();
    release();
    expect((await slow)?.roles[0].role).toBe('hr');
    expect((await t.cache.get(7, t.load('auditor')))?.roles[0].role).toBe('auditor');
  });
});
