import { hash } from "node:crypto"
import { fromHex, leafHashInput, nodeHashInput } from "@plan-ledger/verifier"

// The verifier defines what RFC 9162 hashes for a leaf and a node; the prover hashes those same
// bytes with Node's synchronous SHA-256, since WebCrypto's costs tens of microseconds a call and a
// tree of a million events needs two million.
const sha256 = (bytes: Uint8Array): Uint8Array => {
  const digest = hash("sha256", bytes, "buffer")
  return new Uint8Array(digest.buffer, digest.byteOffset, digest.length)
}

/**
 * The hash of a leaf: `SHA-256(0x00 || leaf)` (RFC 9162 §2.1.1).
 *
 * @category hashing
 * @since 0.4.0
 */
export const leafHash = (leaf: Uint8Array): Uint8Array => sha256(leafHashInput(leaf))

/**
 * The hash of an interior node: `SHA-256(0x01 || left || right)`.
 *
 * @category hashing
 * @since 0.4.0
 */
export const nodeHash = (left: Uint8Array, right: Uint8Array): Uint8Array => sha256(nodeHashInput(left, right))

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
  const leaf = fromHex(chainHash)
  if (leaf?.length !== 32) throw new RangeError(`"${chainHash}" is not the 64-hex-digit hash of an event`)
  return leafHash(leaf)
}
