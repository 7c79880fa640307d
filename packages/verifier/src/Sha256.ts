/**
 * SHA-256 through WebCrypto (`globalThis.crypto.subtle`), which Node 22 and every current browser
 * provide.
 *
 * @category hashing
 * @since 0.1.0
 */
export const sha256 = async (bytes: Uint8Array): Promise<Uint8Array> =>
  new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>))
