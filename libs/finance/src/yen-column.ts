import type { ColumnOptions } from 'typeorm';

/** Whole yen in a BIGINT column: MySQL drivers hand BIGINT back as a string, so read it as a number again. */
export function yenColumn(options: { nullable?: boolean } = {}): ColumnOptions {
  return {
    type: 'bigint',
    nullable: options.nullable ?? false,
    transformer: {
      to: (value: number | null) => value,
      from: (value: string | number | null) => (value === null ? null : Number(value)),
    },
  };
}
