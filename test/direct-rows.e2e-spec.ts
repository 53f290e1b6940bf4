import { Column, CreateDateColumn, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import {
  UnsupportedDirectRowsError,
  buildDataSourceOptions,
  insertRows,
  selectRows,
  updateRows,
} from '@ringi/platform';
import { createTestDatabase, type TestDatabase } from './support/database';

const json = { to: (value: unknown) => JSON.stringify(value), from: (text: string) => JSON.parse(text) as unknown };

@Entity('dw_item')
class Item {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ type: 'datetime', precision: 3, nullable: true }) dueAt!: Date | null;
  @Column({ type: 'boolean', default: false }) urgent!: boolean;
  @Column({ type: 'text', transformer: json }) tags!: string[];
  @Column({ type: 'varchar', length: 20, default: 'open' }) status!: string;
}

@Entity('dw_stamped')
class Stamped {
  @PrimaryGeneratedColumn() id!: number;
  @Column({ type: 'varchar', length: 20 }) name!: string;
  @CreateDateColumn({ type: 'datetime', precision: 3 }) createdAt!: Date;
}

/**
 * insertRows, updateRows and selectRows against the real database (SQLite, or MariaDB with DATABASE_URL): what
 * they write and read is exactly what em.insert, em.update and em.find write and read, in the caller's transaction.
 */
describe('direct rows', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = new DataSource({ ...buildDataSourceOptions(db.config, [Item, Stamped], []), synchronize: true });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });
  beforeEach(async () => {
    await dataSource.getRepository(Item).clear();
  });

  const item = (name: string, dueAt: Date | null, urgent = false, tags: string[] = []) =>
    dataSource.manager.create(Item, { name, dueAt, urgent, tags });
  const all = () => dataSource.getRepository(Item).find({ order: { id: 'ASC' } });

  it('writes rows that read back as the rows em.insert writes, and sets their generated ids', async () => {
    const due = new Date('2026-04-01T09:15:30.123Z');
    const viaOrm = [item('起案 A', due, true, ['合議']), item('起案 B', null)];
    const direct = [item('起案 A', due, true, ['合議']), item('起案 B', null)];
    await dataSource.manager.insert(Item, viaOrm);
    await dataSource.transaction((em) => insertRows(em, Item, direct));

    const stored = await all();
    expect(stored.map((row) => row.id)).toEqual([...viaOrm, ...direct].map((row) => row.id));
    expect(direct[1].id).toBe(direct[0].id + 1);
    const withoutId = ({ id: _id, ...rest }: Item) => rest;
    expect(stored.slice(2).map(withoutId)).toEqual(stored.slice(0, 2).map(withoutId));
    expect(stored[2]).toMatchObject({ name: '起案 A', urgent: true, tags: ['合議'], status: 'open' });
    expect(stored[2].dueAt?.toISOString()).toBe('2026-04-01T09:15:30.123Z');
  });

  it('updates the rows its conditions match (value, IS NULL, IN) and answers how many', async () => {
    const rows = [item('a', null), item('b', new Date('2026-05-01T00:00:00Z')), item('c', null), item('d', null)];
    await insertRows(dataSource.manager, Item, rows);
    const closedAt = new Date('2026-06-30T23:59:59.999Z');

    const affected = await dataSource.transaction((em) =>
      updateRows(
        em,
        Item,
        { id: [rows[0].id, rows[1].id, rows[2].id], dueAt: null },
        { status: 'closed', dueAt: closedAt },
      ),
    );
    expect(affected).toBe(2);
    expect(await updateRows(dataSource.manager, Item, { id: rows[0].id, status: 'open' }, { status: 'x' })).toBe(0);

    const stored = await all();
    expect(stored.map((row) => row.status)).toEqual(['closed', 'open', 'closed', 'open']);
    expect(stored[0].dueAt?.toISOString()).toBe(closedAt.toISOString());
    expect(stored[1].dueAt?.toISOString()).toBe('2026-05-01T00:00:00.000Z');
  });

  it('reads rows as em.find reads them: any of several conditions, a condition in SQL, order, limit, lock', async () => {
    const rows = [
      item('a', new Date('2026-04-01T00:00:00.001Z'), true, ['x', '供覧']),
      item('b', null),
      item('c', null, false, ['y']),
    ];
    await insertRows(dataSource.manager, Item, rows);
    const viaOrm = await dataSource.getRepository(Item).find({ order: { id: 'ASC' } });

    expect(await selectRows(dataSource.manager, Item, { id: rows.map((row) => row.id) }, { orderBy: 'id' })).toEqual(
      viaOrm,
    );
    const either = await selectRows(dataSource.manager, Item, [{ id: rows[2].id }, { urgent: true, dueAt: null }], {
      orderBy: 'id',
    });
    expect(either.map((row) => row.name)).toEqual(['c']);
    const bySql = await selectRows(
      dataSource.manager,
      Item,
      { sql: 'id = (SELECT MAX(i.id) FROM dw_item i WHERE i.name < ?)', parameters: ['c'] },
      { limit: 1 },
    );
    expect(bySql).toEqual([viaOrm[1]]);
    const locked = await dataSource.transaction((em) => selectRows(em, Item, { name: 'a' }, { lock: true, limit: 1 }));
    expect(locked).toEqual([viaOrm[0]]);
    expect(locked[0]).toBeInstanceOf(Item);
    expect(await selectRows(dataSource.manager, Item, { name: 'none' })).toEqual([]);
  });

  it('commits and rolls back with the caller’s transaction', async () => {
    await expect(
      dataSource.transaction(async (em) => {
        await insertRows(em, Item, [item('rolled back', null)]);
        await updateRows(em, Item, { name: 'rolled back' }, { status: 'closed' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await all()).toEqual([]);
  });

  it('refuses what it cannot write as TypeORM would, and writes nothing', async () => {
    const stamped = dataSource.manager.create(Stamped, { name: 'n' });
    await expect(insertRows(dataSource.manager, Stamped, [stamped])).rejects.toThrow(UnsupportedDirectRowsError);
    const uneven = [item('a', null), dataSource.manager.create(Item, { name: 'b', dueAt: null, tags: [] })];
    await expect(insertRows(dataSource.manager, Item, uneven)).rejects.toThrow('set different columns');
    await expect(updateRows(dataSource.manager, Item, {}, { status: 'x' })).rejects.toThrow('needs a condition');
    await expect(selectRows(dataSource.manager, Item, [])).rejects.toThrow('needs a condition');
    await expect(updateRows(dataSource.manager, Item, { id: [] }, { status: 'x' })).rejects.toThrow('empty list');
    await expect(
      updateRows(dataSource.manager, Item, { id: 1 }, { colour: 'red' } as unknown as Partial<Item>),
    ).rejects.toThrow('Item.colour is not a column');
    expect(await all()).toEqual([]);
  });
});
