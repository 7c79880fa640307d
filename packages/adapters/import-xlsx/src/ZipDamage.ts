import { crc32, inflateRawSync } from "node:zlib"

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const END_RECORD_SIZE = 22
const LONGEST_COMMENT = 0xffff
const STORED = 0
const DEFLATED = 8
// A ZIP64 archive marks its counts and offsets with these; an .xlsx is never that large, and
// such an archive is left to the workbook reader.
const ZIP64_COUNT = 0xffff
const ZIP64_OFFSET = 0xffffffff

/**
 * What is wrong with an archive's bytes, in words for the message that refuses it; `undefined`
 * when every entry is whole.
 */
export type ZipDamage = string | undefined

const endOfDirectory = (bytes: Buffer): number | undefined => {
  const earliest = Math.max(0, bytes.length - END_RECORD_SIZE - LONGEST_COMMENT)
  for (let offset = bytes.length - END_RECORD_SIZE; offset >= earliest; offset--)
    if (bytes.readUInt32LE(offset) === END_OF_DIRECTORY) return offset
  return undefined
}

const entryDamage = (bytes: Buffer, entry: number): { readonly damage: ZipDamage; readonly next: number } => {
  const method = bytes.readUInt16LE(entry + 10)
  const checksum = bytes.readUInt32LE(entry + 16)
  const compressedSize = bytes.readUInt32LE(entry + 20)
  const size = bytes.readUInt32LE(entry + 24)
  const nameLength = bytes.readUInt16LE(entry + 28)
  const next = entry + 46 + nameLength + bytes.readUInt16LE(entry + 30) + bytes.readUInt16LE(entry + 32)
  const name = bytes.toString("utf8", entry + 46, entry + 46 + nameLength)
  const local = bytes.readUInt32LE(entry + 42)
  if (compressedSize === ZIP64_OFFSET || local === ZIP64_OFFSET) return { damage: undefined, next }
  if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_HEADER)
    return { damage: `the entry ${name} is not where the archive's directory says`, next }
  const localNameLength = bytes.readUInt16LE(local + 26)
  if (bytes.toString("utf8", local + 30, local + 30 + localNameLength) !== name)
    return { damage: `the entry ${name} is named otherwise where it is stored`, next }
  const start = local + 30 + localNameLength + bytes.readUInt16LE(local + 28)
  if (start + compressedSize > bytes.length) return { damage: `the entry ${name} is cut short`, next }
  const stored = bytes.subarray(start, start + compressedSize)
  if (method !== STORED && method !== DEFLATED) return { damage: undefined, next }
  let content: Buffer
  try {
    content = method === STORED ? stored : inflateRawSync(stored)
  } catch {
    return { damage: `the entry ${name} cannot be decompressed`, next }
  }
  if (content.length !== size || crc32(content) !== checksum) return { damage: `the entry ${name} fails its checksum`, next }
  return { damage: undefined, next }
}

/**
 * Whether an .xlsx file's ZIP archive is whole: an end-of-archive record, a directory inside
 * the file, and every entry where the directory puts it, decompressing to its recorded size and
 * checksum. The workbook reader forgives damage — a file cut short read as a workbook with no
 * sheets, or with its formulas' results lost — so the archive is checked first, and a damaged
 * file is refused as damaged rather than reported for what the damage made of it.
 *
 * @category parsing
 * @since 0.4.0
 */
export const zipDamage = (bytes: Uint8Array): ZipDamage => {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buffer.length < END_RECORD_SIZE) return "the file is too short to hold a ZIP archive"
  const end = endOfDirectory(buffer)
  if (end === undefined) return "its end-of-archive record is missing: the file was cut short, or is not a ZIP archive"
  const entries = buffer.readUInt16LE(end + 10)
  const directory = buffer.readUInt32LE(end + 16)
  if (entries === ZIP64_COUNT || directory === ZIP64_OFFSET) return undefined
  let entry = directory
  for (let index = 0; index < entries; index++) {
    if (entry + 46 > buffer.length || buffer.readUInt32LE(entry) !== DIRECTORY_ENTRY)
      return `its directory is damaged at entry ${index + 1} of ${entries}`
    const checked = entryDamage(buffer, entry)
    if (checked.damage !== undefined) return checked.damage
    entry = checked.next
  }
  return undefined
}
