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
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, entry]) => entry !== undefined)
    .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))
  return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(",")}}`
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
