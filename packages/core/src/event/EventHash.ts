import { createHash } from "node:crypto"
import type { RecordedEvent } from "./EventEnvelope.js"

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
  // Hashed for every event appended: one pass over sorted keys, building the text directly.
  const record = value as Record<string, unknown>
  const keys = Object.keys(record).sort()
  let text = "{"
  let first = true
  for (const key of keys) {
    const entry = record[key]
    if (entry === undefined) continue
    text += `${first ? "" : ","}${JSON.stringify(key)}:${canonicalJson(entry)}`
    first = false
  }
  return `${text}}`
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

/**
 * The SHA-256 (hex) of an event's canonical content, chained to the previous event's hash:
 * `sha256(previousHash + "\n" + canonicalJson(content))`, with `""` for the first event's
 * missing previous hash. The content is whatever `HashedContent` the event holds, so one formula
 * serves both hash formats (`hashFormatOf`): an event of format 2 holds `lastInBatch`, which is
 * therefore hashed; an event of format 1 does not.
 *
 * @category hashing
 * @since 0.1.0
 */
export const hashEvent = (content: HashedContent): string => {
  const { previousHash, ...rest } = content
  return createHash("sha256")
    .update(previousHash ?? "")
    .update("\n")
    .update(canonicalJson(rest))
    .digest("hex")
}

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
