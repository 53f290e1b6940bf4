import type { TableColumnOptions } from 'typeorm';

/**
 * Column builders for migrations that must run unchanged on SQLite and MySQL/MariaDB.
 * Only types both databases understand are used; instants are datetime(3) in UTC.
 */
export const col = {
  id: (name = 'id'): TableColumnOptions => ({
    name,
    type: 'integer',
    isPrimary: true,
    isGenerated: true,
    generationStrategy: 'increment',
  }),
  int: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable: nullable }),
  bigint: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'bigint', isNullable: nullable }),
  varchar: (name: string, length: number, nullable = false): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: String(length),
    isNullable: nullable,
  }),
  text: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'text', isNullable: nullable }),
  /** Up to 16 MB on MySQL (text stops at 64 KB); plain TEXT on SQLite. */
  longText: (name: string, nullable = false): TableColumnOptions => ({
    name,
    type: 'mediumtext',
    isNullable: nullable,
  }),
  bool: (name: string, defaultValue: boolean): TableColumnOptions => ({
    name,
    type: 'boolean',
    default: defaultValue ? 1 : 0,
  }),
  date: (name: string, nullable = false): TableColumnOptions => ({ name, type: 'date', isNullable: nullable }),
  instant: (name: string, nullable = false): TableColumnOptions => ({
    name,
    type: 'datetime',
    precision: 3,
    isNullable: nullable,
  }),
};
