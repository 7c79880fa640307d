import { fromBase64, HASH_SIZE, toBase64 } from "@plan-ledger/verifier"

/**
 * A consistency proof between two checkpoints of one log, as `prove-consistency` writes it and
 * `witness` reads it: JSON `{"format": "plan-ledger-consistency", "version": 1, "origin",
 * "fromSize", "toSize", "proof": [base64 hashes]}`, the proof being RFC 9162's from the tree of
 * `fromSize` leaves to the tree of `toSize`.
 *
 * @category transparency
 * @since 0.5.0
 */
export interface ConsistencyProofFile {
  readonly origin: string
  readonly fromSize: number
  readonly toSize: number
  readonly proof: ReadonlyArray<Uint8Array>
}

const FORMAT = "plan-ledger-consistency"
const VERSION = 1

/**
 * The file's text.
 *
 * @category transparency
 * @since 0.5.0
 */
export const format = (file: ConsistencyProofFile): string =>
  `${JSON.stringify(
    {
      format: FORMAT,
      version: VERSION,
      origin: file.origin,
      fromSize: file.fromSize,
      toSize: file.toSize,
      proof: file.proof.map(toBase64)
    },
    null,
    2
  )}\n`

const isSize = (value: unknown): value is number => typeof value === "number" && Number.isSafeInteger(value) && value >= 0

/**
 * Reads the file's text: the proof, or what is wrong with the text.
 *
 * @category transparency
 * @since 0.5.0
 */
export const parse = (
  text: string
): { readonly ok: true; readonly file: ConsistencyProofFile } | { readonly ok: false; readonly problem: string } => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, problem: "it is not JSON" }
  }
  if (
    typeof value !== "object" ||
    value === null ||
    !("format" in value) ||
    value.format !== FORMAT ||
    !("version" in value) ||
    value.version !== VERSION
  )
    return { ok: false, problem: `it is not a "${FORMAT}" file of version ${VERSION}` }
  const { origin, fromSize, toSize, proof } = value as Readonly<Record<string, unknown>>
  const hashes = Array.isArray(proof) ? proof.map((hash) => (typeof hash === "string" ? fromBase64(hash) : undefined)) : []
  if (
    typeof origin !== "string" ||
    !isSize(fromSize) ||
    !isSize(toSize) ||
    !Array.isArray(proof) ||
    !hashes.every((hash) => hash?.length === HASH_SIZE)
  )
    return { ok: false, problem: "it lacks its origin, fromSize, toSize or proof (a list of base64 SHA-256 hashes)" }
  return { ok: true, file: { origin, fromSize, toSize, proof: hashes as ReadonlyArray<Uint8Array> } }
}
