/**
 * A copy of a payload without the properties whose value is `undefined`, at every depth.
 *
 * Commands built in memory may carry `field: undefined` where a stored payload (read back from
 * JSON) has no such key; Effect's schema equivalence tells the two apart. Deciders build every
 * event through this, so an unchanged command produces exactly the shape that is stored.
 */
export const withoutUndefined = <Value>(value: Value): Value => {
  if (Array.isArray(value)) return value.map(withoutUndefined) as Value
  if (typeof value !== "object" || value === null) return value
  const copy: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(value)) {
    if (field !== undefined) copy[key] = withoutUndefined(field)
  }
  return copy as Value
}
