import { concatBytes } from "./Bytes.js"
import { sha256 } from "./Sha256.js"

/**
 * The size in bytes of every hash of the tree: SHA-256.
 *
 * @category hashing
 * @since 0.1.0
 */
export const HASH_SIZE = 32

const LEAF_PREFIX = new Uint8Array([0x00])
const NODE_PREFIX = new Uint8Array([0x01])

/**
 * What RFC 9162 §2.1.1 hashes for a leaf: `0x00 || leaf`. A prover that hashes with another SHA-256
 * (a synchronous one) hashes these bytes, so the tree has one definition.
 *
 * @category hashing
 * @since 0.1.0
 */
export const leafHashInput = (leaf: Uint8Array): Uint8Array => concatBytes(LEAF_PREFIX, leaf)

/**
 * What RFC 9162 §2.1.1 hashes for an interior node: `0x01 || left || right`.
 *
 * @category hashing
 * @since 0.1.0
 */
export const nodeHashInput = (left: Uint8Array, right: Uint8Array): Uint8Array => concatBytes(NODE_PREFIX, left, right)

/**
 * The hash of a leaf: `SHA-256(0x00 || leaf)`.
 *
 * @category hashing
 * @since 0.1.0
 */
export const leafHash = (leaf: Uint8Array): Promise<Uint8Array> => sha256(leafHashInput(leaf))

/**
 * The hash of an interior node: `SHA-256(0x01 || left || right)`.
 *
 * @category hashing
 * @since 0.1.0
 */
export const nodeHash = (left: Uint8Array, right: Uint8Array): Promise<Uint8Array> => sha256(nodeHashInput(left, right))

/**
 * The root of the empty tree: the SHA-256 of no bytes.
 *
 * @category hashing
 * @since 0.1.0
 */
export const emptyRoot = (): Promise<Uint8Array> => sha256(new Uint8Array(0))
