import {
  type Checkpoint,
  cosignatureMessage,
  encodeCosignature,
  formatCheckpointBody,
  formatSignedNote,
  parseSignedNote,
  utf8
} from "@plan-ledger/verifier"
import * as NoteKey from "./NoteKey.js"

/**
 * The checkpoint as a signed note (c2sp.org/tlog-checkpoint): its text signed by the log's key,
 * whose name should be the checkpoint's origin.
 *
 * @category signing
 * @since 0.4.0
 */
export const sign = (checkpoint: Checkpoint, key: NoteKey.NoteKey): string => {
  const text = formatCheckpointBody(checkpoint)
  return formatSignedNote({ text, signatures: [{ name: key.name, keyId: key.keyId, signature: NoteKey.signBytes(key, utf8(text)) }] })
}

/**
 * The signed checkpoint with the witness's cosignature added (c2sp.org/tlog-cosignature), made at
 * `timestamp` (seconds since the epoch). The witness states that this is the largest tree of the
 * log it has seen consistent; checking that consistency is the witness's own part.
 *
 * @category signing
 * @since 0.4.0
 */
export const cosign = async (signedCheckpoint: string, witness: NoteKey.NoteKey, timestamp: bigint): Promise<string> => {
  const note = parseSignedNote(signedCheckpoint)
  if (!note.ok) throw new RangeError(note.refusal.message)
  const { keyId } = await NoteKey.witnessVerifierKey(witness)
  const signature = encodeCosignature({ timestamp, signature: NoteKey.signBytes(witness, cosignatureMessage(timestamp, note.value.text)) })
  return formatSignedNote({ text: note.value.text, signatures: [...note.value.signatures, { name: witness.name, keyId, signature }] })
}
