import { createPrivateKey, createPublicKey, type KeyObject, randomBytes, sign } from "node:crypto"
import {
  concatBytes,
  COSIGNATURE,
  ED25519,
  equalBytes,
  fromBase64,
  fromHex,
  isKeyName,
  keyIdOf,
  toBase64,
  toHex,
  type VerifierKey
} from "@plan-ledger/verifier"
import { Data, Result } from "effect"

/**
 * An Ed25519 signing key with its name, as `golang.org/x/mod/sumdb/note` writes it:
 * `PRIVATE+KEY+<name>+<hex key id>+<base64(0x01 || 32-byte seed)>`. The same key signs a log's
 * checkpoints (signature type 0x01) or, held by a witness, cosigns them (type 0x04, whose key id
 * differs).
 *
 * @category models
 * @since 0.4.0
 */
export interface NoteKey {
  readonly name: string
  readonly keyId: Uint8Array
  readonly seed: Uint8Array
  readonly publicKey: Uint8Array
  readonly privateKey: KeyObject
}

/**
 * Text given as a private key is not one; the message says what is wrong.
 *
 * @category errors
 * @since 0.4.0
 */
export class InvalidNoteKey extends Data.TaggedError("InvalidNoteKey")<{ readonly detail: string }> {
  override get message(): string {
    return `not a private key PRIVATE+KEY+<name>+<8 hex digits>+<base64 key>: ${this.detail}`
  }
}

// PKCS #8 wraps an Ed25519 seed in a fixed 16-byte header (RFC 8410).
const PKCS8_ED25519_HEADER = Uint8Array.from([
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20
])

const keyOfSeed = async (name: string, seed: Uint8Array): Promise<NoteKey> => {
  const privateKey = createPrivateKey({ key: Buffer.from(concatBytes(PKCS8_ED25519_HEADER, seed)), format: "der", type: "pkcs8" })
  const publicKey = new Uint8Array(createPublicKey(privateKey).export({ format: "der", type: "spki" }).subarray(-32))
  return { name, keyId: await keyIdOf(name, ED25519, publicKey), seed, publicKey, privateKey }
}

/**
 * A new key named `name` (such as the log's origin, `example.org/ledger`).
 *
 * @category constructors
 * @since 0.4.0
 */
export const generate = async (name: string): Promise<NoteKey> => {
  if (!isKeyName(name)) throw new RangeError(`"${name}" cannot name a key: it is empty or holds a space or "+"`)
  return keyOfSeed(name, new Uint8Array(randomBytes(32)))
}

/**
 * The private key's text, `PRIVATE+KEY+<name>+<hex key id>+<base64(0x01 || seed)>`: a secret.
 *
 * @category formatting
 * @since 0.4.0
 */
export const format = (key: NoteKey): string =>
  `PRIVATE+KEY+${key.name}+${toHex(key.keyId)}+${toBase64(concatBytes(new Uint8Array([ED25519]), key.seed))}`

/**
 * Reads a private key's text, checking that its key id is the one its name and key give.
 *
 * @category parsing
 * @since 0.4.0
 */
export const parse = async (text: string): Promise<Result.Result<NoteKey, InvalidNoteKey>> => {
  // The name holds no "+" and the key id is hex, so the first four "+" end the parts; base64 may hold more.
  const [private_ = "", key_ = "", name = "", hexId = "", ...encoded] = text.trim().split("+")
  const keyId = fromHex(hexId)
  const material = fromBase64(encoded.join("+"))
  if (private_ !== "PRIVATE" || key_ !== "KEY" || !isKeyName(name) || hexId.length !== 8 || keyId === undefined || material === undefined) {
    return Result.fail(new InvalidNoteKey({ detail: "it has not those five parts" }))
  }
  if (material[0] !== ED25519 || material.length !== 33)
    return Result.fail(new InvalidNoteKey({ detail: "it is not an Ed25519 key (0x01 and a 32-byte seed)" }))
  const key = await keyOfSeed(name, material.slice(1))
  return equalBytes(key.keyId, keyId)
    ? Result.succeed(key)
    : Result.fail(new InvalidNoteKey({ detail: `its key id ${hexId} is not the one its name and key give` }))
}

/**
 * The verifier key of a log that signs with this key (signature type 0x01), to publish.
 *
 * @category getters
 * @since 0.4.0
 */
export const logVerifierKey = (key: NoteKey): VerifierKey => ({ name: key.name, keyId: key.keyId, type: ED25519, publicKey: key.publicKey })

/**
 * The verifier key of a witness that cosigns with this key (signature type 0x04), to publish.
 *
 * @category getters
 * @since 0.4.0
 */
export const witnessVerifierKey = async (key: NoteKey): Promise<VerifierKey> => ({
  name: key.name,
  keyId: await keyIdOf(key.name, COSIGNATURE, key.publicKey),
  type: COSIGNATURE,
  publicKey: key.publicKey
})

/**
 * The Ed25519 signature of `message` by the key.
 *
 * @category signing
 * @since 0.4.0
 */
export const signBytes = (key: NoteKey, message: Uint8Array): Uint8Array => new Uint8Array(sign(null, message, key.privateKey))
