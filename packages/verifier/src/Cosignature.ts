import { concatBytes, utf8 } from "./Bytes.js"
import { accept, refuse, type Verdict } from "./Verdict.js"

/**
 * A witness's cosignature (c2sp.org/tlog-cosignature, Ed25519): when it was made, in seconds since
 * the epoch, and the Ed25519 signature.
 *
 * @category cosignatures
 * @since 0.1.0
 */
export interface Cosignature {
  readonly timestamp: bigint
  readonly signature: Uint8Array
}

const LATEST_TIMESTAMP = 2n ** 63n - 1n

/**
 * What a witness signs: `cosignature/v1`, `time <timestamp>` and the whole checkpoint text, each
 * line ending in a newline.
 *
 * @category cosignatures
 * @since 0.1.0
 */
export const cosignatureMessage = (timestamp: bigint, checkpointText: string): Uint8Array =>
  utf8(`cosignature/v1\ntime ${timestamp}\n${checkpointText}`)

/**
 * The bytes of a cosignature after its key id: the 8-byte big-endian timestamp, then the signature.
 *
 * @category cosignatures
 * @since 0.1.0
 */
export const encodeCosignature = (cosignature: Cosignature): Uint8Array => {
  const timestamp = new Uint8Array(8)
  new DataView(timestamp.buffer).setBigUint64(0, cosignature.timestamp)
  return concatBytes(timestamp, cosignature.signature)
}

/**
 * Reads the bytes of a cosignature after its key id: an 8-byte big-endian timestamp of at most
 * 2^63 - 1, then a 64-byte Ed25519 signature.
 *
 * @category cosignatures
 * @since 0.1.0
 */
export const decodeCosignature = (bytes: Uint8Array): Verdict<Cosignature> => {
  if (bytes.length !== 72) return refuse("malformed", `a cosignature is 72 bytes (timestamp and signature), not ${bytes.length}`)
  const timestamp = new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0)
  if (timestamp > LATEST_TIMESTAMP) return refuse("malformed", `the cosignature's timestamp ${timestamp} is past 2^63 - 1`)
  return accept({ timestamp, signature: bytes.slice(8) })
}
