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
// values, so a caller hashes part of an object without copying the rest of it.
const canonicalObject = (record: Record<string, unknown>, omitted: ReadonlySet<string> | undefined): string => {
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

/**
 * Serialises a JSON value with object keys sorted at every depth, so equal content always has
 * the same text (and the same hash) whichever store or client produced it.
 *
 * @category hashing
 * @since 0.1.0
 */
export const canonicalJson = (value: unknown): string => {
  if (value === null || typeof value !== "object") return JSON.stringify(value)
  if (Array.isArray(value)) {
    let text = "["
    for (let index = 0; index < value.length; index++) text += (index === 0 ? "" : ",") + canonicalJson(value[index])
    return `${text}]`
  }
  return canonicalObject(value as Record<string, unknown>, undefined)
}

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
  hash(
    "sha256",
    `${content.previousHash ?? ""}\n${canonicalObject(content as unknown as Record<string, unknown>, OUTSIDE_CANONICAL_TEXT)}`,
    "hex"
  )

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
