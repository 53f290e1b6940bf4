import { Column, CreateDateColumn, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { UnsupportedDirectWriteError, buildDataSourceOptions, insertRows, updateRows } from '@ringi/platform';
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
 * insertRows and updateRows against the real database (SQLite, or MariaDB with DATABASE_URL): what they write
 * reads back exactly as what em.insert and em.update write, in the caller's transaction.
 */
describe('direct writes', () => {
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
    await expect(insertRows(dataSource.manager, Stamped, [stamped])).rejects.toThrow(UnsupportedDirectWriteError);
    const uneven = [item('a', null), dataSource.manager.create(Item, { name: 'b', dueAt: null, tags: [] })];
    await expect(insertRows(dataSource.manager, Item, uneven)).rejects.toThrow('set different columns');
    await expect(updateRows(dataSource.manager, Item, {}, { status: 'x' })).rejects.toThrow('needs a condition');
    await expect(updateRows(dataSource.manager, Item, { id: [] }, { status: 'x' })).rejects.toThrow('empty list');
    await expect(
      updateRows(dataSource.manager, Item, { id: 1 }, { colour: 'red' } as unknown as Partial<Item>),
    ).rejects.toThrow('Item.colour is not a column');
    expect(await all()).toEqual([]);
  });
});
