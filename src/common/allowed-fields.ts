/** A copy of `record` holding only the listed fields: public answers name what they show, so a new column stays private. */
export function allowedFields<T extends object, const K extends keyof T>(record: T, fields: readonly K[]): Pick<T, K> {
  const copy = {} as Pick<T, K>;
  for (const field of fields) copy[field] = record[field];
  return copy;
}
