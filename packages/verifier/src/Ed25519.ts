/**
 * Whether `signature` is the Ed25519 signature (RFC 8032) of `message` by the 32-byte public key
 * `publicKey`, through WebCrypto. A key WebCrypto cannot import verifies nothing.
 *
 * @category signatures
 * @since 0.1.0
 */
export const verifyEd25519 = async (publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): Promise<boolean> => {
  try {
    const key = await globalThis.crypto.subtle.importKey("raw", publicKey as Uint8Array<ArrayBuffer>, { name: "Ed25519" }, false, [
      "verify"
    ])
    return await globalThis.crypto.subtle.verify(
      { name: "Ed25519" },
      key,
      signature as Uint8Array<ArrayBuffer>,
      message as Uint8Array<ArrayBuffer>
    )
  } catch {
    return false
  }
}
