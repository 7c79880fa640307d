import { fromBase64, toBase64 } from "./Bytes.js"
import { HASH_SIZE } from "./MerkleHash.js"
import { accept, refuse, type Verdict } from "./Verdict.js"

/**
 * A log's tree head as a checkpoint states it (c2sp.org/tlog-checkpoint): the log's origin, the
 * number of leaves, the root hash at that size and any extension lines.
 *
 * @category checkpoints
 * @since 0.1.0
 */
export interface Checkpoint {
  readonly origin: string
  readonly size: number
  readonly rootHash: Uint8Array
  readonly extensions: ReadonlyArray<string>
}

const SIZE = /^(0|[1-9][0-9]*)$/u

/**
 * The note text of a checkpoint: origin, size and base64 root hash, then the extension lines, each
 * ending in a newline.
 *
 * @category checkpoints
 * @since 0.1.0
 */
export const formatCheckpointBody = (checkpoint: Checkpoint): string =>
  [checkpoint.origin, String(checkpoint.size), toBase64(checkpoint.rootHash), ...checkpoint.extensions].map((line) => `${line}\n`).join("")

/**
 * Reads the note text of a checkpoint: at least three non-empty lines (origin; tree size in decimal
 * with no leading zero; base64 of a 32-byte root hash), then optional non-empty extension lines.
 *
 * @category checkpoints
 * @since 0.1.0
 */
export const parseCheckpointBody = (text: string): Verdict<Checkpoint> => {
  const malformed = (detail: string) => refuse<Checkpoint>("malformed", `not a checkpoint: ${detail}`)
  if (!text.endsWith("\n")) return malformed("its text does not end in a newline")
  const [origin = "", sizeText = "", rootText = "", ...extensions] = text.slice(0, -1).split("\n")
  if (origin === "") return malformed("its origin line is empty")
  const size = Number(sizeText)
  if (!SIZE.test(sizeText) || !Number.isSafeInteger(size)) return malformed(`"${sizeText}" is not a tree size`)
  const rootHash = fromBase64(rootText)
  if (rootHash?.length !== HASH_SIZE) return malformed(`"${rootText}" is not the base64 of a SHA-256 root hash`)
  if (extensions.includes("")) return malformed("it has an empty extension line")
  return accept({ origin, size, rootHash, extensions })
}
