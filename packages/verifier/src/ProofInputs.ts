import { HASH_SIZE } from "./MerkleHash.js"
import { refuse, type Verdict } from "./Verdict.js"

/**
 * The refusal for a tree size or leaf index that is not a whole number a proof can be about, or
 * `undefined` when each is one.
 *
 * @category checks
 * @since 0.1.0
 */
export const refuseNonCount = (counts: Readonly<Record<string, number>>): Verdict<never> | undefined => {
  for (const [name, count] of Object.entries(counts)) {
    if (!Number.isSafeInteger(count) || count < 0) return refuse("out-of-range", `the ${name} ${count} is not a whole number of leaves`)
  }
  return undefined
}

/**
 * The refusal for a hash that is not 32 bytes, or `undefined` when each is.
 *
 * @category checks
 * @since 0.1.0
 */
export const refuseNonHash = (hashes: Readonly<Record<string, ReadonlyArray<Uint8Array>>>): Verdict<never> | undefined => {
  for (const [name, list] of Object.entries(hashes)) {
    const position = list.findIndex((hash) => hash.length !== HASH_SIZE)
    if (position >= 0) {
      const which = list.length === 1 ? name : `${name} ${position}`
      return refuse("malformed", `the ${which} is ${list[position]?.length} bytes long, not a SHA-256 hash of ${HASH_SIZE}`)
    }
  }
  return undefined
}
