import type { ImportProblem } from "@plan-ledger/core/adapters"

/**
 * The encodings a table file can be read in. Without one, a file is read as UTF-8 — or as
 * UTF-16 when it starts with a UTF-16 byte-order mark. `latin1` is read as `windows-1252`, as
 * every browser and Excel do: the two differ only in bytes 0x80–0x9F, which are control
 * characters in ISO-8859-1 and refused in a table.
 *
 * @category formats
 * @since 0.3.0
 */
export const ENCODINGS = ["utf-8", "windows-1252", "latin1", "utf-16le", "utf-16be"] as const

/**
 * @category models
 * @since 0.3.0
 */
export type Encoding = (typeof ENCODINGS)[number]

/**
 * A file's bytes read as text, or why they cannot be (each problem located).
 *
 * @category models
 * @since 0.3.0
 */
export type TextReading =
  | { readonly ok: true; readonly text: string; readonly encoding: Encoding }
  | { readonly ok: false; readonly problems: ReadonlyArray<ImportProblem> }

/**
 * Whether a name (any case; `utf8`, `cp1252`, `iso-8859-1` accepted) is one of {@link ENCODINGS}.
 *
 * @category parsing
 * @since 0.3.0
 */
export const parseEncoding = (name: string): Encoding | undefined => {
  const key = name.trim().toLowerCase().replace(/_/g, "-")
  const aliases: Readonly<Record<string, Encoding>> = {
    "utf-8": "utf-8",
    utf8: "utf-8",
    "windows-1252": "windows-1252",
    cp1252: "windows-1252",
    latin1: "latin1",
    "latin-1": "latin1",
    "iso-8859-1": "latin1",
    "utf-16le": "utf-16le",
    "utf-16be": "utf-16be"
  }
  return aliases[key]
}

const decoderLabel = (encoding: Encoding): string => (encoding === "latin1" ? "windows-1252" : encoding)

const byteOrderMark = (bytes: Uint8Array): Encoding | undefined => {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8"
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le"
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be"
  return undefined
}

const BOM_NAMES: Readonly<Record<Encoding, string>> = {
  "utf-8": "UTF-8",
  "windows-1252": "Windows-1252",
  latin1: "Latin-1",
  "utf-16le": "UTF-16LE",
  "utf-16be": "UTF-16BE"
}

/** Control bytes a table never holds: C0 controls other than tab, line feed and carriage return, and DEL. */
const isControlByte = (byte: number): boolean => (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f

/**
 * The line and column (both from 1, the column in characters) just after a text.
 *
 * @category parsing
 * @since 0.3.0
 */
export const positionAfter = (text: string): { readonly line: number; readonly column: number } => {
  const breaks = text.match(/\r\n|\r|\n/g)
  const lastBreak = Math.max(text.lastIndexOf("\n"), text.lastIndexOf("\r"))
  return { line: (breaks?.length ?? 0) + 1, column: Array.from(text.slice(lastBreak + 1)).length + 1 }
}

const notText = (fileName: string): ImportProblem => ({
  file: fileName,
  line: 1,
  column: 1,
  problem: "this is not a text file (it holds NUL bytes or many control characters)",
  expected:
    'a table saved as CSV (in Excel: Save As › "CSV UTF-8"); a UTF-16 file without a byte-order mark needs --encoding utf-16le or utf-16be'
})

/**
 * Whether bytes look binary rather than text in a one-byte encoding: any NUL byte, or control
 * bytes making up more than one byte in fifty (at least three of them).
 */
const looksBinary = (bytes: Uint8Array): boolean => {
  let controls = 0
  for (const byte of bytes) {
    if (byte === 0) return true
    if (isControlByte(byte)) controls += 1
  }
  return controls >= 3 && controls * 50 > bytes.length
}

/**
 * Where the first byte that is not valid in the encoding stands: the longest prefix that decodes
 * (as a stream, so a prefix may end inside a character) is found by bisection with the same
 * decoder, and the offending sequence starts after the characters that prefix completes.
 */
const firstInvalid = (bytes: Uint8Array, label: string): { readonly offset: number; readonly before: string } => {
  const decodesAsPrefix = (length: number): boolean => {
    try {
      new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, length), { stream: true })
      return true
    } catch {
      return false
    }
  }
  let valid = 0
  let invalid = bytes.length
  while (invalid - valid > 1) {
    const middle = Math.floor((valid + invalid) / 2)
    if (decodesAsPrefix(middle)) valid = middle
    else invalid = middle
  }
  const before = new TextDecoder(label, { ignoreBOM: true }).decode(bytes.subarray(0, valid), { stream: true })
  const offset = label === "utf-8" ? new TextEncoder().encode(before).length : before.length * 2
  return { offset, before }
}

/**
 * Decodes all of `bytes` or throws at the first byte not valid in the encoding. The bytes go
 * through the decoder as a stream and are then flushed: a one-shot `decode` has taken a
 * Latin-1 shortcut for `windows-1252` (Node 20 did) that turns bytes 0x80–0x9F (’ “ ” € …) into control
 * characters, while the stream path decodes them with ICU as Windows-1252 says.
 */
const strictDecode = (label: string, bytes: Uint8Array): string => {
  const decoder = new TextDecoder(label, { fatal: true })
  return decoder.decode(bytes, { stream: true }) + decoder.decode()
}

/**
 * Reads a file's bytes as text: in the given encoding, or — without one — as UTF-8 (a UTF-8
 * byte-order mark is dropped) or UTF-16 when a UTF-16 byte-order mark says so. Decoding is strict:
 * bytes that are not valid in the encoding refuse the file whole, located to the line and column
 * of the first of them, with the fix — never a replacement character in the ledger. Binary input
 * is refused as "not a text file", without echoing its bytes.
 *
 * @category parsing
 * @since 0.3.0
 */
export const decodeText = (fileName: string, bytes: Uint8Array, encoding?: Encoding): TextReading => {
  const marked = byteOrderMark(bytes)
  const chosen = encoding ?? marked ?? "utf-8"
  const wide = chosen === "utf-16le" || chosen === "utf-16be"
  if (marked !== undefined && encoding !== undefined && decoderLabel(marked) !== decoderLabel(encoding)) {
    return {
      ok: false,
      problems: [
        {
          file: fileName,
          line: 1,
          column: 1,
          problem: `the file starts with a ${BOM_NAMES[marked]} byte-order mark but is to be read as ${BOM_NAMES[encoding]}`,
          expected: `--encoding ${marked}, or no --encoding: the mark says how the file is written`
        }
      ]
    }
  }
  if (!wide && looksBinary(bytes)) return { ok: false, problems: [notText(fileName)] }
  const label = decoderLabel(chosen)
  try {
    return { ok: true, text: strictDecode(label, bytes), encoding: chosen }
  } catch {
    const { offset, before } = firstInvalid(bytes, label)
    const { line, column } = positionAfter(before.startsWith("\uFEFF") ? before.slice(1) : before)
    const shown = Array.from(
      bytes.subarray(offset, offset + (wide ? 2 : 1)),
      (byte) => `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`
    ).join(" ")
    return {
      ok: false,
      problems: [
        wide
          ? {
              file: fileName,
              line,
              column,
              problem: `bytes ${shown} are not valid ${BOM_NAMES[chosen]} (a broken surrogate pair or an odd length)`,
              expected: 'a complete UTF-16 file, or the file saved as "CSV UTF-8"'
            }
          : {
              file: fileName,
              line,
              column,
              problem: `byte ${shown} is not valid UTF-8 (the file looks like Windows-1252, as Excel's "CSV (Comma delimited)" saves it)`,
              expected: 'a UTF-8 file: import it with --encoding windows-1252, or save it from Excel as "CSV UTF-8"'
            }
      ]
    }
  }
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g

/**
 * Checks decoded text before it is read as a table: NUL characters or many control characters
 * make it "not a text file"; any other control character or a U+FFFD replacement character
 * (bytes an earlier reader could not decode) is refused where it stands. A leading byte-order
 * mark is dropped. Returns the text to read and every problem.
 *
 * @category parsing
 * @since 0.3.0
 */
export const checkText = (fileName: string, text: string): { readonly text: string; readonly problems: ReadonlyArray<ImportProblem> } => {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text
  const controls = source.match(CONTROL)?.length ?? 0
  if (source.includes("\u0000") || (controls >= 3 && controls * 50 > source.length)) return { text: source, problems: [notText(fileName)] }
  const problems: Array<ImportProblem> = []
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const strange = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD]/g
  for (let found = strange.exec(source); found !== null && problems.length < 20; found = strange.exec(source)) {
    const { line, column } = positionAfter(source.slice(0, found.index))
    const character = found[0]
    const code = `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`
    problems.push(
      character === "\uFFFD"
        ? {
            file: fileName,
            line,
            column,
            problem: "a replacement character (U+FFFD) stands for bytes the file was decoded without",
            expected: 'the file read in its real encoding: UTF-8, or --encoding windows-1252 for Excel\'s "CSV (Comma delimited)"'
          }
        : {
            file: fileName,
            line,
            column,
            problem: `a control character (${code}) is in the text`,
            expected: "text without control characters (in a one-byte encoding, a byte that is not a character)"
          }
    )
  }
  return { text: source, problems }
}
