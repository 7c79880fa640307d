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
 * The SHA-256 (hex) of an event's canonical content, chained to the previous event's hash.
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
