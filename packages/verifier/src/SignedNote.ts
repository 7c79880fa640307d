import { concatBytes, fromBase64, toBase64 } from "./Bytes.js"
import { isKeyName } from "./VerifierKey.js"
import { accept, refuse, type Verdict } from "./Verdict.js"

/**
 * One signature line of a note: the key's name, the key id it claims and the signature bytes after
 * the key id.
 *
 * @category notes
 * @since 0.1.0
 */
export interface NoteSignature {
  readonly name: string
  readonly keyId: Uint8Array
  readonly signature: Uint8Array
}

/**
 * A signed note (c2sp.org/signed-note): its text, which ends in a newline, and its signatures.
 *
 * @category notes
 * @since 0.1.0
 */
export interface SignedNote {
  readonly text: string
  readonly signatures: ReadonlyArray<NoteSignature>
}

/**
 * The most signatures a note may carry; the format asks a verifier to accept at least 16.
 *
 * @category notes
 * @since 0.1.0
 */
export const MAX_SIGNATURES = 100

const SIGNATURE_LINE = /^\u2014 (\S+) (\S+)$/u
const isControl = (character: string): boolean => character !== "\n" && character.charCodeAt(0) < 0x20

/**
 * Reads a signed note: text ending in a newline, a blank line, then one or more lines
 * `— <key name> <base64(key id || signature)>`, each ending in a newline. Signatures are not
 * verified here.
 *
 * @category notes
 * @since 0.1.0
 */
export const parseSignedNote = (note: string): Verdict<SignedNote> => {
  const malformed = (detail: string) => refuse<SignedNote>("malformed", `not a signed note: ${detail}`)
  if (Array.from(note).some(isControl)) return malformed("it holds a control character other than newline")
  if (!note.endsWith("\n")) return malformed("it does not end in a newline")
  const split = note.lastIndexOf("\n\n")
  if (split < 0) return malformed("no blank line separates the text from the signatures")
  const text = note.slice(0, split + 1)
  const lines = note.slice(split + 2, -1).split("\n")
  if (lines.length > MAX_SIGNATURES) return malformed(`it has more than ${MAX_SIGNATURES} signatures`)
  const signatures: Array<NoteSignature> = []
  for (const line of lines) {
    const [, name = "", encoded = ""] = SIGNATURE_LINE.exec(line) ?? []
    const bytes = fromBase64(encoded)
    if (!isKeyName(name) || bytes === undefined || bytes.length < 5) return malformed(`"${line}" is not a signature line`)
    signatures.push({ name, keyId: bytes.slice(0, 4), signature: bytes.slice(4) })
  }
  return accept({ text, signatures })
}

/**
 * The text of a signature line, with its newline.
 *
 * @category notes
 * @since 0.1.0
 */
export const formatSignatureLine = (signature: NoteSignature): string =>
  `\u2014 ${signature.name} ${toBase64(concatBytes(signature.keyId, signature.signature))}\n`

/**
 * The text of a signed note.
 *
 * @category notes
 * @since 0.1.0
 */
export const formatSignedNote = (note: SignedNote): string => `${note.text}\n${note.signatures.map(formatSignatureLine).join("")}`
