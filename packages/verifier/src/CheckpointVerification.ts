import { type Checkpoint, parseCheckpointBody } from "./Checkpoint.js"
import { type VerifiedSignature, verifyNoteSignatures } from "./NoteVerification.js"
import { parseSignedNote } from "./SignedNote.js"
import { COSIGNATURE, ED25519, type VerifierKey } from "./VerifierKey.js"
import { accept, refuse, type Verdict } from "./Verdict.js"

/**
 * A checkpoint whose signature and cosignatures verified: its tree head, its note text, the log key
 * that signed it and the witnesses' cosignatures.
 *
 * @category checkpoints
 * @since 0.1.0
 */
export interface VerifiedCheckpoint {
  readonly checkpoint: Checkpoint
  readonly text: string
  readonly signedBy: VerifierKey
  readonly cosignedBy: ReadonlyArray<VerifiedSignature>
}

/**
 * How many of the witnesses given must have cosigned a checkpoint: all of them unless
 * `witnessQuorum` says fewer.
 *
 * @category checkpoints
 * @since 0.1.0
 */
export interface WitnessPolicy {
  readonly witnessQuorum?: number
}

/**
 * Verifies a signed checkpoint (c2sp.org/tlog-checkpoint): it must carry a valid signature by one
 * of `logKeys` whose name is the checkpoint's origin, and valid cosignatures
 * (c2sp.org/tlog-cosignature) by every one of `witnessKeys`, or by `policy.witnessQuorum` of them.
 * Signatures by keys not given are ignored; one by a given key that fails to verify refuses the
 * checkpoint.
 *
 * @category checkpoints
 * @since 0.1.0
 */
export const verifyCheckpoint = async (
  signedNote: string,
  logKeys: ReadonlyArray<VerifierKey>,
  witnessKeys: ReadonlyArray<VerifierKey>,
  policy: WitnessPolicy = {}
): Promise<Verdict<VerifiedCheckpoint>> => {
  const note = parseSignedNote(signedNote)
  if (!note.ok) return note
  const body = parseCheckpointBody(note.value.text)
  if (!body.ok) return body
  const checkpoint = body.value
  const logSigners = logKeys.filter((key) => key.type === ED25519)
  const witnesses = witnessKeys.filter((key) => key.type === COSIGNATURE)
  const verified = await verifyNoteSignatures(note.value, [...logSigners, ...witnesses])
  if (!verified.ok) return verified
  const byLog = verified.value.filter((signature) => logSigners.includes(signature.key))
  const signer = byLog.find((signature) => signature.key.name === checkpoint.origin)
  if (signer === undefined) {
    return byLog.length > 0
      ? refuse("other-origin", `the checkpoint is of the log "${checkpoint.origin}", not of "${byLog[0]?.key.name}" whose key signed it`)
      : refuse("unknown-signer", `the checkpoint of "${checkpoint.origin}" carries no signature by a log key given`)
  }
  const cosignedBy = verified.value.filter((signature) => witnesses.includes(signature.key))
  const missing = witnesses.filter((witness) => !cosignedBy.some((signature) => signature.key === witness))
  const quorum = Math.min(policy.witnessQuorum ?? witnesses.length, witnesses.length)
  if (witnesses.length - missing.length < quorum) {
    const absent = missing.map((witness) => witness.name).join(", ")
    return refuse(
      "missing-cosignature",
      quorum === witnesses.length
        ? `the witness${missing.length > 1 ? "es" : ""} ${absent} did not cosign the checkpoint`
        : `${witnesses.length - missing.length} of the witnesses cosigned the checkpoint, ${quorum} ${quorum === 1 ? "is" : "are"} required (${absent} did not)`
    )
  }
  return accept({ checkpoint, text: note.value.text, signedBy: signer.key, cosignedBy })
}
