import type { DataSource, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import { RowCache } from './row-cache';

function setUp() {
  const dataSource = { subscribers: [] as EntitySubscriberInterface[] } as unknown as DataSource;
  let clock = 0;
  const cache = new RowCache<number, string>(dataSource, new Set(['user_account']), {
    ttlMs: 10_000,
    maxEntries: 2,
    now: () => clock,
  });
  const [watch] = dataSource.subscribers;
  const loads: number[] = [];
  const load = (key: number, value: string | null) => () => {
    loads.push(key);
    return Promise.resolve(value);
  };
  return { cache, watch, load, loads, advance: (ms: number) => (clock += ms) };
}

const runner = () => ({ isTransactionActive: true }) as QueryRunner;
const writeTo = (tableName: string, queryRunner: QueryRunner) => ({ metadata: { tableName }, queryRunner }) as never;

describe('RowCache', () => {
  it('keeps a found value for its time to live, and nothing for a key whose load found nothing', async () => {
    const t = setUp();
    expect(await t.cache.get(1, t.load(1, 'a'))).toBe('a');
    expect(await t.cache.get(1, t.load(1, 'b'))).toBe('a');
    expect(await t.cache.get(2, t.load(2, null))).toBeNull();
    expect(await t.cache.get(2, t.load(2, 'c'))).toBe('c');
    t.advance(10_000);
    expect(await t.cache.get(1, t.load(1, 'd'))).toBe('d');
    expect(t.loads).toEqual([1, 2, 2, 1]);
  });

  it('drops the oldest entry beyond its size', async () => {
    const t = setUp();
    for (const key of [1, 2, 3]) await t.cache.get(key, t.load(key, `v${key}`));
    await t.cache.get(1, t.load(1, 'again'));
    expect(t.loads).toEqual([1, 2, 3, 1]);
  });

  it('lets the transaction that wrote a watched table read the database until it ends', async () => {
    const t = setUp();
    const writer = runner();
    await t.cache.get(1, t.load(1, 'old'));
    t.watch.afterUpdate!(writeTo('user_account', writer));
    expect(await t.cache.get(1, t.load(1, 'uncommitted'), writer)).toBe('uncommitted');
    // Others keep reading committed rows: what they load now is kept until the writer ends.
    expect(await t.cache.get(1, t.load(1, 'old'), runner())).toBe('old');
    expect(await t.cache.get(1, t.load(1, 'uncommitted'), writer)).toBe('uncommitted');
    t.watch.afterTransactionCommit!({ queryRunner: writer } as never);
    expect(await t.cache.get(1, t.load(1, 'new'), writer)).toBe('new');
    expect(t.loads).toEqual([1, 1, 1, 1, 1]);
  });

  it('ignores writes to tables it does not watch', async () => {
    const t = setUp();
    await t.cache.get(1, t.load(1, 'a'));
    t.watch.afterInsert!(writeTo('wf_task', runner()));
    expect(await t.cache.get(1, t.load(1, 'b'))).toBe('a');
  });
});
