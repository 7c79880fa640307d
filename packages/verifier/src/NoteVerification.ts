import { equalBytes, utf8 } from "./Bytes.js"
import { cosignatureMessage, decodeCosignature } from "./Cosignature.js"
import { verifyEd25519 } from "./Ed25519.js"
import type { NoteSignature, SignedNote } from "./SignedNote.js"
import { COSIGNATURE, type VerifierKey } from "./VerifierKey.js"
import { accept, refuse, type Verdict } from "./Verdict.js"

/**
 * A signature of a note that verified: the key that made it, and for a cosignature when it was
 * made.
 *
 * @category notes
 * @since 0.1.0
 */
export interface VerifiedSignature {
  readonly key: VerifierKey
  readonly timestamp: bigint | undefined
}

const signedBy = (signature: NoteSignature, key: VerifierKey): boolean =>
  signature.name === key.name && equalBytes(signature.keyId, key.keyId)

const verifyOne = async (note: SignedNote, signature: NoteSignature, key: VerifierKey): Promise<Verdict<VerifiedSignature>> => {
  const invalid = refuse<VerifiedSignature>(
    "bad-signature",
    `the signature by ${key.name} does not verify: the note was altered or the signature forged`
  )
  if (key.type !== COSIGNATURE) {
    return (await verifyEd25519(key.publicKey, utf8(note.text), signature.signature)) ? accept({ key, timestamp: undefined }) : invalid
  }
  const cosignature = decodeCosignature(signature.signature)
  if (!cosignature.ok) return invalid
  const { timestamp, signature: bytes } = cosignature.value
  return (await verifyEd25519(key.publicKey, cosignatureMessage(timestamp, note.text), bytes)) ? accept({ key, timestamp }) : invalid
}

/**
 * Verifies the signatures of a note by the given keys (c2sp.org/signed-note): a signature whose
 * name and key id match no key is ignored; one that matches a key must verify, or the whole note is
 * refused (`bad-signature`). Returns the signatures that verified, in the note's order, which may
 * be none.
 *
 * @category notes
 * @since 0.1.0
 */
export const verifyNoteSignatures = async (
  note: SignedNote,
  keys: ReadonlyArray<VerifierKey>
): Promise<Verdict<ReadonlyArray<VerifiedSignature>>> => {
  const verified: Array<VerifiedSignature> = []
  for (const signature of note.signatures) {
    const key = keys.find((candidate) => signedBy(signature, candidate))
    if (key === undefined) continue
    const verdict = await verifyOne(note, signature, key)
    if (!verdict.ok) return verdict
    verified.push(verdict.value)
  }
  return accept(verified)
}
