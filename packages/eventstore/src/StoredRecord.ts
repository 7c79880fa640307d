import type { RecordedEvent } from "./EventEnvelope.js"

/**
 * One record as a store holds it, handed to `verifyChain` in global order: the value read from
 * storage (parsed JSON, or the raw text when it does not parse), and how to tell whether the
 * stored bytes are exactly those the store writes for the event the value decodes to. The hash
 * covers the decoded event; this comparison covers everything else a store keeps — an extra key,
 * whitespace, a number written another way, key order, a column that disagrees with the hashed
 * record — so that every change to stored bytes is found.
 *
 * @category verifying
 * @since 0.3.0
 */
export interface StoredRecord {
  readonly record: unknown
  /** `undefined` when the stored record is the canonical form of `event`, otherwise what differs. */
  readonly differenceFrom: (event: RecordedEvent) => string | undefined
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value)

const shown = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}

const joined = (path: string, key: string | number): string => (path === "" ? String(key) : `${path}.${key}`)

/**
 * The first field at which a stored JSON value differs from the canonical one, in words
 * (`field "data.amount" is stored as 12 where the hashed event has 10`), or `undefined` when the
 * two are equal as values.
 *
 * @category verifying
 * @since 0.3.0
 */
export const firstDifference = (stored: unknown, canonical: unknown, path = ""): string | undefined => {
  if (isObject(stored) && isObject(canonical)) {
    for (const key of Object.keys(stored)) {
      if (!(key in canonical)) return `field "${joined(path, key)}" is stored but is not part of the event`
    }
    for (const [key, value] of Object.entries(canonical)) {
      if (value === undefined) continue
      if (!(key in stored)) return `field "${joined(path, key)}" is missing`
      const difference = firstDifference(stored[key], value, joined(path, key))
      if (difference !== undefined) return difference
    }
    return undefined
  }
  if (Array.isArray(stored) && Array.isArray(canonical) && stored.length === canonical.length) {
    for (const [index, value] of canonical.entries()) {
      const difference = firstDifference(stored[index], value, joined(path, index))
      if (difference !== undefined) return difference
    }
    return undefined
  }
  if (stored === canonical) return undefined
  const where = path === "" ? "the record" : `field "${path}"`
  return `${where} is stored as ${shown(stored)} where the hashed event has ${shown(canonical)}`
}

const parsedOrUndefined = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/**
 * Compares stored JSON text with the text the store writes for the event: `undefined` when they
 * are the same bytes, otherwise the first differing field, or — when the values are equal but the
 * bytes are not — that the text is not written the canonical way.
 *
 * @category verifying
 * @since 0.3.0
 */
export const textDifference = (label: string, storedText: string, canonicalText: string): string | undefined => {
  if (storedText === canonicalText) return undefined
  const valueDifference = firstDifference(parsedOrUndefined(storedText), JSON.parse(canonicalText))
  return valueDifference === undefined
    ? `${label} holds the event's values, but not written the canonical way (whitespace, key order, or how a number or character is written differs)`
    : `${label}: ${valueDifference}`
}
