import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral, QueryRunner } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import { isMysql } from './data-source-options';

/**
 * INSERT, UPDATE and SELECT of an entity's plain columns, with the SQL built from its TypeORM metadata once per
 * shape and sent through the transaction's query runner. TypeORM's query builder spends more CPU on each such
 * statement than the database does (alias and parameter bookkeeping, a regular-expression pass over the SQL):
 * on the approval and drafting paths it was most of TypeORM's share of the API's CPU. Values are prepared and
 * read back by the driver exactly as the builder does it (transformers, dates, JSON), so rows are the same
 * either way. The hot paths use these; everything else keeps the repository and the query builder.
 *
 * Only entities whose every column the caller sets are accepted: one with a column TypeORM fills itself
 * (version, creation or update date, uuid, tree or inheritance columns) or with relations is refused, and
 * takes TypeORM's own methods.
 */

/** Equality conditions, joined with AND: a value, null (IS NULL) or a non-empty array (IN). */
export type RowConditions<T> = { [K in keyof T]?: T[K] | null | readonly T[K][] };

/** A condition the caller writes in SQL, with `?` for each parameter (a subquery, say). */
export interface SqlCondition {
  readonly sql: string;
  readonly parameters: readonly unknown[];
}

export interface SelectRowsOptions<T> {
  /** `FOR UPDATE` where the database has row locks; SQLite's transactions are serialized and need none. */
  readonly lock?: boolean;
  /** Ascending by this property. */
  readonly orderBy?: keyof T & string;
  readonly limit?: number;
}

export class UnsupportedDirectRowsError extends Error {}

const supported = new WeakMap<EntityMetadata, true>();
const statements = new WeakMap<EntityMetadata, Map<string, string>>();

/**
 * Inserts the rows with one statement, in their order, and sets each row's generated id, as em.insert does.
 * Every row must set the same columns; a column left undefined takes its database default.
 */
export async function insertRows<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  rows: readonly T[],
): Promise<void> {
  if (rows.length === 0) return;
  const metadata = checkedMetadata(em, target);
  const insertable = metadata.columns.filter((column) => column.isInsert && !column.isVirtual);
  const columns = insertable.filter((column) => column.getEntityValue(rows[0]) !== undefined);
  for (const row of rows) {
    if (insertable.some((column) => (column.getEntityValue(row) !== undefined) !== columns.includes(column))) {
      throw new UnsupportedDirectRowsError(`rows of ${metadata.name} set different columns`);
    }
  }
  const key = `i${rows.length}:${columns.map((column) => column.databaseName).join(',')}`;
  const sql = statement(metadata, key, () => {
    const driver = em.connection.driver;
    const values = `(${columns.map(() => '?').join(', ')})`;
    return (
      `INSERT INTO ${driver.escape(metadata.tablePath)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) ` +
      `VALUES ${rows.map(() => values).join(', ')}`
    );
  });
  const parameters = rows.flatMap((row) => columns.map((column) => persistent(em, column, column.getEntityValue(row))));
  const result = await execute(em, sql, parameters);
  const generated = metadata.primaryColumns.find((column) => column.generationStrategy === 'increment');
  if (!generated) return;
  // MySQL answers the first row's id and SQLite the last one's; one statement's ids are consecutive on both.
  const first = isMysql(em.connection.options)
    ? Number((result.raw as { insertId: number | string }).insertId)
    : Number(result.raw) - rows.length + 1;
  rows.forEach((row, index) => {
    if (generated.getEntityValue(row) === undefined) generated.setEntityValue(row, first + index);
  });
}

/** `UPDATE … SET changes WHERE conditions`; answers the number of rows the database reports as affected. */
export async function updateRows<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  conditions: RowConditions<T>,
  changes: Partial<T>,
): Promise<number> {
  const metadata = checkedMetadata(em, target);
  const set = Object.keys(changes).map((property) => columnOf(metadata, property, 'set'));
  const where = whereClause(em, metadata, [conditions]);
  const key = `u:${set.map((c) => c.databaseName).join(',')}:${where.key}`;
  const sql = statement(metadata, key, () => {
    const driver = em.connection.driver;
    const assignments = set.map((c) => `${driver.escape(c.databaseName)} = ?`).join(', ');
    return `UPDATE ${driver.escape(metadata.tablePath)} SET ${assignments} WHERE ${where.sql()}`;
  });
  const parameters = [
    ...set.map((column) => persistent(em, column, (changes as Record<string, unknown>)[column.propertyName])),
    ...where.parameters,
  ];
  return (await execute(em, sql, parameters)).affected ?? 0;
}

/**
 * The rows that match, as entities the way em.find reads them (every selected column, no relations). An array
 * of condition objects matches rows that meet any one of them.
 */
export async function selectRows<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  conditions: RowConditions<T> | readonly RowConditions<T>[] | SqlCondition,
  options: SelectRowsOptions<T> = {},
): Promise<T[]> {
  const metadata = checkedMetadata(em, target);
  const columns = metadata.columns.filter((column) => column.isSelect && !column.isVirtual);
  const where = isSqlCondition(conditions)
    ? { key: conditions.sql, sql: () => conditions.sql, parameters: conditions.parameters }
    : whereClause(em, metadata, Array.isArray(conditions) ? conditions : [conditions]);
  const order = options.orderBy === undefined ? null : columnOf(metadata, options.orderBy, 'where');
  const lock = options.lock === true && isMysql(em.connection.options);
  const limit = options.limit === undefined ? '' : ` LIMIT ${Math.trunc(options.limit)}`;
  const key = `s:${where.key}:${order?.databaseName ?? ''}${limit}:${lock}`;
  const sql = statement(metadata, key, () => {
    const driver = em.connection.driver;
    return (
      `SELECT ${columns.map((c) => driver.escape(c.databaseName)).join(', ')} ` +
      `FROM ${driver.escape(metadata.tablePath)} WHERE ${where.sql()}` +
      (order ? ` ORDER BY ${driver.escape(order.databaseName)} ASC` : '') +
      limit +
      (lock ? ' FOR UPDATE' : '')
    );
  });
  const result = await execute(em, sql, [...where.parameters]);
  const driver = em.connection.driver;
  return (result.records as Record<string, unknown>[]).map((raw) => {
    const entity = metadata.create() as T;
    for (const column of columns) {
      column.setEntityValue(entity, driver.prepareHydratedValue(raw[column.databaseName], column));
    }
    return entity;
  });
}

function isSqlCondition(value: unknown): value is SqlCondition {
  return typeof (value as SqlCondition).sql === 'string' && Array.isArray((value as SqlCondition).parameters);
}

/** `(a = ? AND b IS NULL) OR (…)`, its cache key and its parameters, each value prepared by the driver. */
function whereClause(
  em: EntityManager,
  metadata: EntityMetadata,
  alternatives: readonly RowConditions<ObjectLiteral>[],
): { key: string; sql: () => string; parameters: unknown[] } {
  const terms = alternatives.map((conditions) =>
    Object.entries(conditions).map(([property, value]) => ({
      column: columnOf(metadata, property, 'where'),
      value: value as unknown,
    })),
  );
  if (terms.length === 0 || terms.some((term) => term.length === 0)) {
    throw new UnsupportedDirectRowsError(`a statement on ${metadata.name} needs a condition`);
  }
  const all = terms.flat();
  const empty = all.find(({ value }) => Array.isArray(value) && value.length === 0);
  if (empty) throw new UnsupportedDirectRowsError(`an empty list for ${metadata.name}.${empty.column.propertyName}`);
  const shape = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? `in${value.length}` : 'eq');
  const driver = em.connection.driver;
  const condition = ({ column, value }: { column: ColumnMetadata; value: unknown }) => {
    const name = driver.escape(column.databaseName);
    if (value === null) return `${name} IS NULL`;
    if (Array.isArray(value)) return `${name} IN (${value.map(() => '?').join(', ')})`;
    return `${name} = ?`;
  };
  return {
    key: terms.map((term) => term.map((t) => `${t.column.databaseName}=${shape(t.value)}`).join(',')).join('|'),
    sql: () =>
      terms.length === 1
        ? terms[0].map(condition).join(' AND ')
        : terms.map((term) => `(${term.map(condition).join(' AND ')})`).join(' OR '),
    parameters: all.flatMap(({ column, value }) => {
      if (value === null) return [];
      if (Array.isArray(value)) return value.map((item: unknown) => persistent(em, column, item));
      return [persistent(em, column, value)];
    }),
  };
}

function checkedMetadata(em: EntityManager, target: EntityTarget<ObjectLiteral>): EntityMetadata {
  const metadata = em.connection.getMetadata(target);
  if (supported.has(metadata)) return metadata;
  const filled = metadata.columns.find(
    (column) =>
      column.isVersion ||
      column.isCreateDate ||
      column.isUpdateDate ||
      column.isDeleteDate ||
      column.isDiscriminator ||
      column.isTreeLevel ||
      column.isNestedSetLeft ||
      column.isNestedSetRight ||
      column.isMaterializedPath ||
      column.relationMetadata !== undefined ||
      (column.isGenerated && column.generationStrategy !== 'increment'),
  );
  if (filled || metadata.treeType || metadata.inheritancePattern) {
    throw new UnsupportedDirectRowsError(`${metadata.name} has columns TypeORM fills itself`);
  }
  supported.set(metadata, true);
  return metadata;
}

function columnOf(metadata: EntityMetadata, property: string, use: 'set' | 'where'): ColumnMetadata {
  const column = metadata.findColumnWithPropertyPath(property);
  if (!column || column.isVirtual || (use === 'set' && !column.isUpdate)) {
    throw new UnsupportedDirectRowsError(`${metadata.name}.${property} is not a column that can be ${use}`);
  }
  return column;
}

function statement(metadata: EntityMetadata, key: string, build: () => string): string {
  let byKey = statements.get(metadata);
  if (!byKey) statements.set(metadata, (byKey = new Map()));
  let sql = byKey.get(key);
  if (sql === undefined) byKey.set(key, (sql = build()));
  return sql;
}

function persistent(em: EntityManager, column: ColumnMetadata, value: unknown): unknown {
  return em.connection.driver.preparePersistentValue(value, column);
}

async function execute(em: EntityManager, sql: string, parameters: unknown[]) {
  const runner: QueryRunner = em.queryRunner ?? em.connection.createQueryRunner();
  try {
    return await runner.query(sql, parameters, true);
  } finally {
    if (!em.queryRunner) await runner.release();
  }
}
