import { basename, dirname, join } from "node:path"
import { StoreWriteFailed } from "@plan-ledger/eventstore"
import { closeQuietly, codeOf, reasonOf, syncDirectory } from "./DurableAppend.js"
import type { LedgerFileSystem } from "./LedgerFileSystem.js"

/**
 * Where a whole ledger is written before it takes the ledger's place: a hidden file in the same
 * directory (so the rename stays on one file system), named for the process writing it.
 *
 * @category writing
 * @since 0.4.0
 */
export const besidePath = (path: string): string => join(dirname(path), `.${basename(path)}.copy-${process.pid}.tmp`)

/**
 * Writes a whole ledger file all or nothing: `fill` writes its bytes to a file beside the ledger,
 * which is then synced, renamed over the ledger and its directory synced. A process killed at any
 * moment leaves the ledger as it was (absent or empty) or complete, never a part — a part would
 * look like a torn tail that `repair` cuts back to a ledger that verifies while missing events.
 * A failure of `fill` itself, or of the disk, removes the file beside and leaves the ledger as it
 * was; a disk failure is a `StoreWriteFailed` naming the step and the system's error.
 *
 * @category writing
 * @since 0.4.0
 */
export const writeWholeFile = async <Result>(
  fileSystem: LedgerFileSystem,
  path: string,
  store: string,
  fill: (write: (bytes: Buffer) => void) => Promise<Result>
): Promise<Result> => {
  const beside = besidePath(path)
  let step = "open"
  const failed = (cause: unknown): StoreWriteFailed =>
    new StoreWriteFailed({ store, target: path, step, code: codeOf(cause), reason: reasonOf(cause), left: "nothing" })
  let descriptor: number | undefined
  try {
    try {
      fileSystem.remove(beside)
      descriptor = fileSystem.openForAppend(beside)
    } catch (cause) {
      throw failed(cause)
    }
    const opened = descriptor
    const result = await fill((bytes) => {
      step = "write to"
      try {
        for (let written = 0; written < bytes.length;) {
          const count = fileSystem.write(opened, bytes, written, bytes.length - written)
          if (count === 0) throw Object.assign(new Error("the disk accepted no more bytes"), { code: "EIO" })
          written += count
        }
      } catch (cause) {
        throw failed(cause)
      }
    })
    try {
      step = "fsync"
      fileSystem.sync(opened)
      closeQuietly(fileSystem, opened)
      descriptor = undefined
      step = "rename the copy over"
      fileSystem.rename(beside, path)
      step = "fsync the directory of"
      syncDirectory(fileSystem, dirname(path))
    } catch (cause) {
      throw failed(cause)
    }
    return result
  } catch (cause) {
    if (descriptor !== undefined) closeQuietly(fileSystem, descriptor)
    try {
      fileSystem.remove(beside)
    } catch {
      // What is left beside is a hidden file no reader opens; the ledger itself is as it was.
    }
    throw cause
  }
}
