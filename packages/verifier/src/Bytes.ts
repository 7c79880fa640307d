/**
 * Byte strings as the formats here write them: hexadecimal, standard base64 (RFC 4648 §4, padded)
 * and UTF-8, with no dependency on Node's `Buffer`, so the same code runs in a browser.
 */

/**
 * The bytes of text in UTF-8.
 *
 * @category bytes
 * @since 0.1.0
 */
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

/**
 * The concatenation of byte strings.
 *
 * @category bytes
 * @since 0.1.0
 */
export const concatBytes = (...parts: ReadonlyArray<Uint8Array>): Uint8Array => {
  const joined = new Uint8Array(parts.reduce((length, part) => length + part.length, 0))
  let offset = 0
  for (const part of parts) {
    joined.set(part, offset)
    offset += part.length
  }
  return joined
}

/**
 * Whether two byte strings are equal.
 *
 * @category bytes
 * @since 0.1.0
 */
export const equalBytes = (left: Uint8Array, right: Uint8Array): boolean => {
  if (left.length !== right.length) return false
  let difference = 0
  for (let index = 0; index < left.length; index++) difference |= (left[index] as number) ^ (right[index] as number)
  return difference === 0
}

/**
 * Lowercase hexadecimal.
 *
 * @category bytes
 * @since 0.1.0
 */
export const toHex = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("")

/**
 * The bytes of a hexadecimal string (either case), or `undefined` when it is not one.
 *
 * @category bytes
 * @since 0.1.0
 */
export const fromHex = (text: string): Uint8Array | undefined => {
  if (text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/u.test(text)) return undefined
  const bytes = new Uint8Array(text.length / 2)
  for (let index = 0; index < bytes.length; index++) bytes[index] = Number.parseInt(text.slice(index * 2, index * 2 + 2), 16)
  return bytes
}

/**
 * Standard, padded base64.
 *
 * @category bytes
 * @since 0.1.0
 */
export const toBase64 = (bytes: Uint8Array): string => {
  let binary = ""
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/**
 * The bytes of standard, padded base64, or `undefined` when the text is not exactly the encoding of
 * some bytes: other characters, missing padding, or bits set past the last byte are refused, so
 * each byte string has one accepted text.
 *
 * @category bytes
 * @since 0.1.0
 */
export const fromBase64 = (text: string): Uint8Array | undefined => {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/u.test(text)) return undefined
  const binary = atob(text)
  const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0))
  return toBase64(bytes) === text ? bytes : undefined
}
