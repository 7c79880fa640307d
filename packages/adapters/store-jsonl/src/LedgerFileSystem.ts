import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeSync
} from "node:fs"

/**
 * The file-system calls an append makes, as one value: the store writes through it, so a test can
 * hand it a file system whose disk fills up or fails, and see exactly what the store does then.
 *
 * @category file system
 * @since 0.3.0
 */
export interface LedgerFileSystem {
  readonly exists: (path: string) => boolean
  /** Creates a directory and its missing parents; returns the first one it created, if any. */
  readonly makeDirectories: (path: string) => string | undefined
  /** Opens the file for appending (created if absent) and returns its descriptor. */
  readonly openForAppend: (path: string) => number
  /** Opens a directory so it can be synced. */
  readonly openDirectory: (path: string) => number
  readonly size: (descriptor: number) => number
  /** Writes bytes at the end; returns how many were written, which may be fewer than asked. */
  readonly write: (descriptor: number, bytes: Buffer, offset: number, length: number) => number
  readonly sync: (descriptor: number) => void
  readonly truncate: (descriptor: number, length: number) => void
  readonly close: (descriptor: number) => void
  readonly remove: (path: string) => void
  /** Renames a file over another in one step (a reader sees the old file or the new, whole). */
  readonly rename: (from: string, to: string) => void
}

/**
 * The real file system (`node:fs`).
 *
 * @category file system
 * @since 0.3.0
 */
export const nodeFileSystem: LedgerFileSystem = {
  exists: existsSync,
  makeDirectories: (path) => mkdirSync(path, { recursive: true }),
  openForAppend: (path) => openSync(path, "a"),
  openDirectory: (path) => openSync(path, constants.O_RDONLY | constants.O_DIRECTORY),
  size: (descriptor) => fstatSync(descriptor).size,
  write: (descriptor, bytes, offset, length) => writeSync(descriptor, bytes, offset, length),
  sync: fsyncSync,
  truncate: ftruncateSync,
  close: closeSync,
  remove: (path) => rmSync(path, { force: true }),
  rename: renameSync
}
