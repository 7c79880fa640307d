import { hash } from "node:crypto"
import type { RecordedEvent } from "./EventEnvelope.js"

// Every object key of every appended event is written quoted; the keys are few (the envelope's and
// the payloads' field names), so each is quoted once.
const quotedKeys = new Map<string, string>()
const MAX_QUOTED_KEYS = 10_000
const quoted = (key: string): string => {
  const known = quotedKeys.get(key)
  if (known !== undefined) return known
  const text = JSON.stringify(key)
  // Field names are few; a payload keyed by data could bring many, so the cache stops growing.
  if (quotedKeys.size < MAX_QUOTED_KEYS) quotedKeys.set(key, text)
  return text
}

// An object's keys in code-unit order, as `Array.prototype.sort` gives them; an object built in
// that order already (most are small) is not sorted again.
const sortedKeys = (record: object): ReadonlyArray<string> => {
  const keys = Object.keys(record)
  for (let index = 1; index < keys.length; index++) {
    if ((keys[index - 1] as string) > (keys[index] as string)) return keys.sort()
  }
  return keys
}

// The canonical text of an object's entries, leaving out the keys in `omitted` and undefined
// values, written piece by piece: for the values `sortedCopy` cannot hand to `JSON.stringify`.
const writtenObject = (record: Record<string, unknown>, omitted: ReadonlySet<string> | undefined): string => {
  let text = "{"
  let first = true
  for (const key of sortedKeys(record)) {
    const entry = record[key]
    if (entry === undefined || omitted?.has(key) === true) continue
    text += `${first ? "" : ","}${quoted(key)}:${canonicalJson(entry)}`
    first = false
  }
  return `${text}}`
}

const written = (value: unknown): string => {
  if (value === null || typeof value !== "object") return JSON.stringify(value)
  if (Array.isArray(value)) {
    let text = "["
    for (let index = 0; index < value.length; index++) text += (index === 0 ? "" : ",") + canonicalJson(value[index])
    return `${text}]`
  }
  return writtenObject(value as Record<string, unknown>, undefined)
}

// What `sortedCopy` returns for a value whose canonical text `JSON.stringify` would not write.
const NOT_PLAIN: unique symbol = Symbol("not plain")

// A key a sorted copy cannot put in its place: an array index ("0", "12") is enumerated before
// every other key whatever order it was set in, and "__proto__" set by assignment is no key at all.
const outOfPlace = (key: string): boolean => {
  const code = key.charCodeAt(0)
  return (code >= 48 && code <= 57) || key === "__proto__"
}

// A value `JSON.stringify` writes exactly as `written` would: the same as far as it goes, but with
// each object's keys in code-unit order (leaving out `omitted` at the top), sharing every part that
// is in order already, so most payloads are not copied at all; `NOT_PLAIN` when `JSON.stringify`
// would write something else (an out-of-place key, a `toJSON` method, an array element that
// is undefined, a function or a symbol). One native `JSON.stringify` of the copy is much cheaper
// than writing the text piece by piece.
const sortedCopy = (value: unknown, omitted: ReadonlySet<string> | undefined): unknown => {
  if (value === null || typeof value !== "object") return value
  if (Array.isArray(value)) {
    let copy: Array<unknown> | undefined
    for (let index = 0; index < value.length; index++) {
      const element: unknown = value[index]
      if (element === undefined || typeof element === "function" || typeof element === "symbol") return NOT_PLAIN
      const sorted = sortedCopy(element, undefined)
      if (sorted === NOT_PLAIN) return NOT_PLAIN
      if (sorted !== element) {
        copy ??= value.slice()
        copy[index] = sorted
      }
    }
    return copy ?? value
  }
  if (typeof (value as { readonly toJSON?: unknown }).toJSON === "function") return NOT_PLAIN
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
  let inOrder = omitted === undefined
  for (let index = 1; inOrder && index < keys.length; index++) inOrder = (keys[index - 1] as string) < (keys[index] as string)
  if (!inOrder) keys.sort()
  let copy: Record<string, unknown> | undefined = inOrder ? undefined : {}
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string
    if (outOfPlace(key)) return NOT_PLAIN
    if (omitted?.has(key) === true) continue
    const entry = record[key]
    if (typeof entry === "function" || typeof entry === "symbol") return NOT_PLAIN
    const sorted = sortedCopy(entry, undefined)
    if (sorted === NOT_PLAIN) return NOT_PLAIN
    if (copy === undefined && sorted !== entry) {
      copy = {}
      for (let before = 0; before < index; before++) copy[keys[before] as string] = record[keys[before] as string]
    }
    if (copy !== undefined) copy[key] = sorted
  }
  return copy ?? value
}

// The canonical text of a value, leaving out the keys in `omitted` at its top.
const canonicalText = (value: unknown, omitted: ReadonlySet<string> | undefined): string => {
  const sorted = sortedCopy(value, omitted)
  if (sorted !== NOT_PLAIN) return JSON.stringify(sorted)
  return omitted === undefined ? written(value) : writtenObject(value as Record<string, unknown>, omitted)
}

/**
 * Serialises a JSON value with object keys sorted at every depth, so equal content always has
 * the same text (and the same hash) whichever store or client produced it.
 *
 * @category hashing
 * @since 0.1.0
 */
export const canonicalJson = (value: unknown): string => canonicalText(value, undefined)

/**
 * The part of a recorded event its hash covers: everything but its global position (which a
 * store may number differently) and the hash itself. The previous hash is covered, which links
 * the chain.
 *
 * @category hashing
 * @since 0.1.0
 */
export type HashedContent = Omit<RecordedEvent, "globalPosition" | "hash">

// What the canonical text of the hashed content leaves out: the previous hash (chained in front
// of it instead), and the fields `HashedContent` excludes, for a caller that passes a whole event.
const OUTSIDE_CANONICAL_TEXT: ReadonlySet<string> = new Set(["previousHash", "globalPosition", "hash"])

/**
 * The SHA-256 (hex) of an event's canonical content, chained to the previous event's hash:
 * `sha256(previousHash + "\n" + canonicalJson(content))`, with `""` for the first event's
 * missing previous hash. The content may be a whole recorded event: its global position and hash
 * are not hashed. The content is whatever `HashedContent` the event holds, so one formula serves
 * both hash formats (`hashFormatOf`): an event of format 2 holds `lastInBatch`, which is
 * therefore hashed; an event of format 1 does not.
 *
 * @category hashing
 * @since 0.1.0
 */
export const hashEvent = (content: HashedContent): string =>
  hash("sha256", `${content.previousHash ?? ""}\n${canonicalText(content, OUTSIDE_CANONICAL_TEXT)}`, "hex")

/**
 * The hash formats of the chain:
 * - `1`: the content hashed holds no batch boundary (events sealed before the chain recorded one,
 *   or written by a plan-ledger that did not);
 * - `2`: the content holds `lastInBatch` — `true` on the last event of each append, `false` on
 *   the others — so where one append ends and the next begins is covered by the hash.
 *
 * @category hashing
 * @since 0.3.0
 */
export type HashFormat = 1 | 2

/**
 * The hash format an event was sealed with, read from the event itself: format 2 exactly when it
 * records `lastInBatch`. Removing the field from an event of format 2 does not make it one of
 * format 1: its hash covered the field, so it no longer matches.
 *
 * @category hashing
 * @since 0.3.0
 */
export const hashFormatOf = (event: Pick<HashedContent, "lastInBatch">): HashFormat => (event.lastInBatch === undefined ? 1 : 2)
