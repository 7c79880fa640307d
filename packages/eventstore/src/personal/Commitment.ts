import { createHash, randomBytes } from "node:crypto"

/**
 * How a committed value reads in the hashed event: this prefix, then the commitment in hex.
 *
 * @category constants
 * @since 0.4.0
 */
export const COMMITMENT_PREFIX = "personal-data:sha256:"

const COMMITMENT_TEXT = /^personal-data:sha256:[0-9a-f]{64}$/

/**
 * New salts, one for each value: 32 random bytes each, in hex, drawn in one call. Each value has
 * its own, so two records of the same name commit to different hashes, and nothing links them
 * once both are erased.
 *
 * @category constructors
 * @since 0.4.0
 */
export const newSalts = (count: number): ReadonlyArray<string> => {
  const bytes = randomBytes(32 * count)
  return Array.from({ length: count }, (_, index) => bytes.subarray(32 * index, 32 * index + 32).toString("hex"))
}

/**
 * The commitment to a value, as the hashed event holds it in the value's place:
 * `personal-data:sha256:` and the hex of SHA-256 over the salt's 32 bytes followed by the value's
 * UTF-8 bytes. With the salt and the value it can be checked; with neither, nothing about the
 * value can be learned or guessed from it.
 *
 * @category constructors
 * @since 0.4.0
 */
export const commitmentOf = (salt: string, value: string): string =>
  COMMITMENT_PREFIX + createHash("sha256").update(Buffer.from(salt, "hex")).update(value, "utf8").digest("hex")

/**
 * Whether a string is a commitment (rather than a value recorded in the clear, as every value of
 * an event sealed before commitments was).
 *
 * @category filters
 * @since 0.4.0
 */
export const isCommitment = (text: unknown): text is string => typeof text === "string" && COMMITMENT_TEXT.test(text)

/**
 * What a reader sees where an erased value was.
 *
 * @category formatting
 * @since 0.4.0
 */
export const erasedText = (erasedOn: string): string => `erased on ${erasedOn}`
