import { fromBase64, fromHex, toBase64, toHex } from "./Bytes.js"
import { HASH_SIZE } from "./MerkleHash.js"
import { accept, refuse, type Verdict } from "./Verdict.js"

/**
 * The leaf an entry proves, in one of three forms: its leaf hash; the event's chain hash (the leaf's
 * 32 bytes, as 64 hex digits); or the event record itself, whose `hash` is the chain hash and whose
 * `globalPosition` must be the entry's index plus one.
 *
 * @category proof files
 * @since 0.1.0
 */
export type ProvenLeaf =
  | { readonly leafHash: Uint8Array }
  | { readonly chainHash: Uint8Array }
  | { readonly event: { readonly globalPosition: number; readonly hash: string } & Readonly<Record<string, unknown>> }

/**
 * One leaf of a proof file and its inclusion proof in the tree of the file's checkpoint.
 *
 * @category proof files
 * @since 0.1.0
 */
export type ProofEntry = { readonly index: number; readonly proof: ReadonlyArray<Uint8Array> } & ProvenLeaf

/**
 * A proof file, version 1: the signed checkpoint the proofs are made against, the entries, and
 * optionally the consistency proof from that checkpoint's tree to a larger one a verifier holds.
 *
 * @category proof files
 * @since 0.1.0
 */
export interface ProofFile {
  readonly checkpoint: string
  readonly entries: ReadonlyArray<ProofEntry>
  readonly consistency: ReadonlyArray<Uint8Array> | undefined
}

/**
 * The `format` member every proof file carries.
 *
 * @category proof files
 * @since 0.1.0
 */
export const PROOF_FILE_FORMAT = "plan-ledger-proof"

/**
 * The version of the proof file this verifier writes and reads.
 *
 * @category proof files
 * @since 0.1.0
 */
export const PROOF_FILE_VERSION = 1

const leafOf = (entry: ProofEntry): Record<string, unknown> => {
  if ("leafHash" in entry) return { leafHash: toBase64(entry.leafHash) }
  if ("chainHash" in entry) return { chainHash: toHex(entry.chainHash) }
  return { event: entry.event }
}

/**
 * The text of a proof file: JSON, hashes in base64 and chain hashes in hex.
 *
 * @category proof files
 * @since 0.1.0
 */
export const formatProofFile = (file: ProofFile): string =>
  `${JSON.stringify(
    {
      format: PROOF_FILE_FORMAT,
      version: PROOF_FILE_VERSION,
      checkpoint: file.checkpoint,
      entries: file.entries.map((entry) => ({ index: entry.index, ...leafOf(entry), proof: entry.proof.map(toBase64) })),
      ...(file.consistency === undefined ? {} : { consistency: file.consistency.map(toBase64) })
    },
    null,
    2
  )}\n`

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const hashes = (value: unknown): ReadonlyArray<Uint8Array> | undefined => {
  if (!Array.isArray(value)) return undefined
  const decoded = value.map((item) => (typeof item === "string" ? fromBase64(item) : undefined))
  return decoded.every((hash) => hash?.length === HASH_SIZE) ? (decoded as ReadonlyArray<Uint8Array>) : undefined
}

const entryOf = (value: unknown, position: number): Verdict<ProofEntry> => {
  const malformed = (detail: string) => refuse<ProofEntry>("malformed", `entry ${position} of the proof file ${detail}`)
  if (!isRecord(value)) return malformed("is not an object")
  const { index } = value
  if (typeof index !== "number" || !Number.isSafeInteger(index) || index < 0) return malformed("has no whole-number index")
  const proof = hashes(value["proof"])
  if (proof === undefined) return malformed("has no proof: a list of base64 SHA-256 hashes")
  const { leafHash, chainHash, event } = value
  if (typeof leafHash === "string") {
    const bytes = fromBase64(leafHash)
    return bytes?.length === HASH_SIZE
      ? accept({ index, proof, leafHash: bytes })
      : malformed("has a leafHash that is not base64 of 32 bytes")
  }
  if (typeof chainHash === "string") {
    const bytes = fromHex(chainHash)
    return bytes?.length === HASH_SIZE ? accept({ index, proof, chainHash: bytes }) : malformed("has a chainHash that is not 64 hex digits")
  }
  if (isRecord(event) && typeof event["hash"] === "string" && typeof event["globalPosition"] === "number") {
    return accept({ index, proof, event: event as { readonly globalPosition: number; readonly hash: string } })
  }
  return malformed("names no leaf: give a leafHash, a chainHash or an event with its hash and globalPosition")
}

/**
 * Reads a proof file's text. Only its shape is checked here; `verifyProofFile` checks what it
 * claims.
 *
 * @category proof files
 * @since 0.1.0
 */
export const parseProofFile = (text: string): Verdict<ProofFile> => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return refuse("malformed", "the proof file is not JSON")
  }
  if (!isRecord(value) || value["format"] !== PROOF_FILE_FORMAT)
    return refuse("malformed", `the file is not a proof file: its format is not "${PROOF_FILE_FORMAT}"`)
  if (value["version"] !== PROOF_FILE_VERSION) {
    return refuse(
      "malformed",
      `the proof file is of version ${String(value["version"])}; this verifier reads version ${PROOF_FILE_VERSION}`
    )
  }
  const { checkpoint, entries } = value
  if (typeof checkpoint !== "string") return refuse("malformed", "the proof file carries no checkpoint text")
  if (!Array.isArray(entries) || entries.length === 0) return refuse("malformed", "the proof file proves no entry")
  const consistency = value["consistency"] === undefined ? undefined : hashes(value["consistency"])
  if (value["consistency"] !== undefined && consistency === undefined)
    return refuse("malformed", "the proof file's consistency proof is not a list of base64 SHA-256 hashes")
  const parsed: Array<ProofEntry> = []
  for (const [position, entry] of entries.entries()) {
    const verdict = entryOf(entry, position)
    if (!verdict.ok) return verdict
    parsed.push(verdict.value)
  }
  return accept({ checkpoint, entries: parsed, consistency })
}
