/** The fields that changed between two versions of a row, as `{ field: [before, after] }` for the audit trail. */
export function changedFields<T extends object>(before: T, after: T): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    const a = before[key];
    const b = after[key];
    const same = a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
    if (!same) changes[String(key)] = [a, b];
  }
  return changes;
}

/** Keeps only the keys whose value is not undefined (a PATCH body: absent = unchanged). */
export function defined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
