import { HASH_SIZE, leafHashInput, nodeHashInput } from "@plan-ledger/verifier"
import { compiling, sha256 } from "./Sha256.js"

// The verifier defines what RFC 9162 hashes for a leaf and a node; the prover hashes those same
// bytes with a synchronous SHA-256 (`Sha256.ts`), since WebCrypto's costs tens of microseconds a
// call and a tree of a million events needs two million. Hashing is synchronous, so each input is
// laid out in one buffer kept for the purpose — the verifier's prefix, then the hashes — rather
// than in a fresh array a hash.

const leafInput = Buffer.from(leafHashInput(new Uint8Array(HASH_SIZE)))
const leafAt = leafInput.length - HASH_SIZE
const nodeInput = Buffer.from(nodeHashInput(new Uint8Array(HASH_SIZE), new Uint8Array(HASH_SIZE)))
const leftAt = nodeInput.length - 2 * HASH_SIZE

/**
 * The hash of a leaf: `SHA-256(0x00 || leaf)` (RFC 9162 §2.1.1).
 *
 * @category hashing
 * @since 0.4.0
 */
export const leafHash = (leaf: Uint8Array): Uint8Array => {
  if (leaf.length !== HASH_SIZE) return sha256(leafHashInput(leaf))
  leafInput.set(leaf, leafAt)
  return sha256(leafInput)
}

/**
 * The hash of an interior node: `SHA-256(0x01 || left || right)`.
 *
 * @category hashing
 * @since 0.4.0
 */
export const nodeHash = (left: Uint8Array, right: Uint8Array): Uint8Array => {
  if (left.length !== HASH_SIZE || right.length !== HASH_SIZE) return sha256(nodeHashInput(left, right))
  nodeInput.set(left, leftAt)
  nodeInput.set(right, leftAt + HASH_SIZE)
  return sha256(nodeInput)
}

/**
 * The root of the empty tree: the SHA-256 of no bytes.
 *
 * @category hashing
 * @since 0.4.0
 */
export const emptyRoot = (): Uint8Array => sha256(new Uint8Array(0))

/**
 * The leaf hash of an event: its leaf is the 32 bytes of its chain hash (the 64 hex digits the
 * event records as `hash`), so the tree over the log, in global-position order, commits to every
 * event's chain hash and through it to the whole chain before it.
 *
 * @category hashing
 * @since 0.4.0
 */
export const eventLeafHash = (chainHash: string): Uint8Array => {
  // Node decodes the hex straight into the leaf's input; it stops at the first pair that is not
  // hex, so 32 bytes written from 64 characters is the whole check.
  if (chainHash.length !== 2 * HASH_SIZE || leafInput.write(chainHash, leafAt, "hex") !== HASH_SIZE)
    throw new RangeError(`"${chainHash}" is not the 64-hex-digit hash of an event`)
  return sha256(leafInput)
}

/**
 * Settles once hashing is at its fastest: the WebAssembly SHA-256 compiles in the background from
 * the moment the kernel is loaded, and until it has, hashes are made (alike) by Node's slower one.
 * A store's `open` awaits it, so appends that follow one another with no pause between them (which
 * would leave the compiled module waiting) do not all hash the slow way.
 *
 * @category hashing
 * @since 0.5.0
 */
export const ready = (): Promise<void> => compiling
