import { hash } from "node:crypto"
import { createSHA256, type IHasher } from "hash-wasm"

/** A SHA-256 function: the 32-byte digest of some bytes. */
export type Sha256 = (bytes: Uint8Array) => Uint8Array

/**
 * SHA-256 through Node's synchronous one-shot `hash`: about 1.5 – 2.5 µs a call on a 33- or
 * 65-byte input on the two-core development machine, most of it the call into OpenSSL.
 */
export const nodeSha256: Sha256 = (bytes) => {
  const digest = hash("sha256", bytes, "buffer")
  return new Uint8Array(digest.buffer, digest.byteOffset, digest.length)
}

/** SHA-256 through a hash-wasm hasher (WebAssembly): about half the time of `nodeSha256` a call on the same inputs. */
export const wasmSha256 =
  (hasher: IHasher): Sha256 =>
  (bytes) => {
    hasher.init()
    hasher.update(bytes)
    return hasher.digest("binary")
  }

let compiled: Sha256 | undefined

/**
 * Settles once the WebAssembly hasher has compiled (it starts when this module is loaded): from
 * then on `sha256` uses it. Where WebAssembly is unavailable it settles all the same, and `sha256`
 * goes on using Node's.
 */
export const compiling: Promise<void> = createSHA256().then(
  (hasher) => {
    compiled = wasmSha256(hasher)
  },
  () => undefined
)

/**
 * SHA-256 for the tree's hashes: hash-wasm's once it has compiled, Node's until then. Both give
 * the same digest; hash-wasm's is the cheaper call, and a tree needs two calls an event.
 */
export const sha256: Sha256 = (bytes) => (compiled ?? nodeSha256)(bytes)
