/** A filter without its unset fields: TypeORM 1 refuses `undefined` in a where condition. */
export function defined<T extends object>(filter: T): Partial<T> {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as Partial<T>;
}
