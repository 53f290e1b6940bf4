import { QueryFailedError } from 'typeorm';

/** A unique index refused the write (SQLite and MySQL word it differently): another request got there first. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && /unique|duplicate/i.test(error.message);
}
