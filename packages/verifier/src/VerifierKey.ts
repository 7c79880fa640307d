import { concatBytes, equalBytes, fromBase64, fromHex, toBase64, toHex, utf8 } from "./Bytes.js"
import { sha256 } from "./Sha256.js"
import { accept, refuse, type Verdict } from "./Verdict.js"

/**
 * The signature type of a note signature by a log (c2sp.org/signed-note): Ed25519 over the note
 * text.
 *
 * @category keys
 * @since 0.1.0
 */
export const ED25519 = 0x01

/**
 * The signature type of a witness's cosignature (c2sp.org/tlog-cosignature): a timestamp and an
 * Ed25519 signature over `cosignature/v1`, the timestamp and the checkpoint.
 *
 * @category keys
 * @since 0.1.0
 */
export const COSIGNATURE = 0x04

/**
 * A verifier key: the key's name, its 4-byte key id, its signature type (`ED25519` or
 * `COSIGNATURE`) and its 32-byte Ed25519 public key.
 *
 * @category keys
 * @since 0.1.0
 */
export interface VerifierKey {
  readonly name: string
  readonly keyId: Uint8Array
  readonly type: typeof ED25519 | typeof COSIGNATURE
  readonly publicKey: Uint8Array
}

/**
 * Whether a key name is one a note may carry: not empty, with no Unicode space and no `+`.
 *
 * @category keys
 * @since 0.1.0
 */
export const isKeyName = (name: string): boolean => name !== "" && !/[\s+]/u.test(name)

/**
 * The key id of a key: the first four bytes of `SHA-256(name || 0x0A || type || public key)`.
 *
 * @category keys
 * @since 0.1.0
 */
export const keyIdOf = async (name: string, type: number, publicKey: Uint8Array): Promise<Uint8Array> =>
  (await sha256(concatBytes(utf8(`${name}\n`), new Uint8Array([type]), publicKey))).slice(0, 4)

/**
 * The text of a verifier key: `<name>+<hex key id>+<base64(type || public key)>`.
 *
 * @category keys
 * @since 0.1.0
 */
export const formatVerifierKey = (key: VerifierKey): string =>
  `${key.name}+${toHex(key.keyId)}+${toBase64(concatBytes(new Uint8Array([key.type]), key.publicKey))}`

/**
 * Reads a verifier key, `<name>+<hex key id>+<base64(type || public key)>`, of an Ed25519 signer
 * (type 0x01) or cosigner (type 0x04), and checks that its key id is the one its name, type and key
 * give.
 *
 * @category keys
 * @since 0.1.0
 */
export const parseVerifierKey = async (text: string): Promise<Verdict<VerifierKey>> => {
  // The name holds no "+" and the key id is hex, so the first two "+" end them; base64 may hold more.
  const [name = "", hexId = "", ...encoded] = text.split("+")
  const keyId = fromHex(hexId)
  const material = fromBase64(encoded.join("+"))
  if (!isKeyName(name) || hexId.length !== 8 || keyId === undefined || material === undefined) {
    return refuse("malformed", `"${text}" is not a verifier key <name>+<8 hex digits>+<base64 key>`)
  }
  const type = material[0]
  const publicKey = material.slice(1)
  if ((type !== ED25519 && type !== COSIGNATURE) || publicKey.length !== 32) {
    return refuse("malformed", `the verifier key ${name}+${hexId} is not an Ed25519 key of signature type 0x01 or 0x04`)
  }
  if (!equalBytes(keyId, await keyIdOf(name, type, publicKey))) {
    return refuse("malformed", `the verifier key ${name}+${hexId} has a key id its name and key do not give`)
  }
  return accept({ name, keyId, type, publicKey })
}
