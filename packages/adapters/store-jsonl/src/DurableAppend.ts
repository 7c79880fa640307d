import { dirname } from "node:path"
import { StoreWriteFailed } from "@plan-ledger/eventstore"
import type { LedgerFileSystem } from "./LedgerFileSystem.js"

/** The operating system's error code of a failed file operation (EIO when it gives none). */
export const codeOf = (cause: unknown): string =>
  typeof cause === "object" && cause !== null && "code" in cause && typeof cause.code === "string" ? cause.code : "EIO"

/** A failed file operation's reason without its code: Node writes "ENOSPC: no space left on device, write". */
export const reasonOf = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause)).replace(/^[A-Z]+: /u, "")

/** Syncs a directory, so an entry created, renamed or removed in it reaches the disk. */
export const syncDirectory = (fileSystem: LedgerFileSystem, directory: string): void => {
  const descriptor = fileSystem.openDirectory(directory)
  try {
    fileSystem.sync(descriptor)
  } finally {
    fileSystem.close(descriptor)
  }
}

/**
 * Creates the ledger's directory if need be, and makes each directory it created durable: a new
 * directory's entry lives in its parent, so each parent is synced, down to the ledger's own.
 *
 * @category writing
 * @since 0.3.0
 */
export const createDirectoryDurably = (fileSystem: LedgerFileSystem, directory: string, store: string): void => {
  try {
    const firstCreated = fileSystem.makeDirectories(directory)
    if (firstCreated === undefined) return
    const created: Array<string> = []
    for (let current = directory; current !== dirname(firstCreated); current = dirname(current)) created.push(current)
    for (const entry of [dirname(firstCreated), ...created.reverse()]) syncDirectory(fileSystem, entry)
  } catch (cause) {
    throw new StoreWriteFailed({
      store,
      target: directory,
      step: "create the directory",
      code: codeOf(cause),
      reason: reasonOf(cause),
      left: "nothing"
    })
  }
}

/**
 * Appends `bytes` to the ledger file and returns only once they are durable: every byte written
 * (a short write is continued), the file synced, and — when the append created the file — its
 * directory synced too. If any step fails, the file is cut back to its length before the append
 * (and a file the append created is removed), so a failed append leaves the ledger byte for byte
 * as it was; the rejection is a `StoreWriteFailed` naming the file, the step and the operating
 * system's error. Call it holding the ledger's lock.
 *
 * @category writing
 * @since 0.3.0
 */
export const appendDurably = (fileSystem: LedgerFileSystem, path: string, bytes: Buffer, store: string): void => {
  const created = !fileSystem.exists(path)
  let step = "open"
  let descriptor: number | undefined
  let lengthBefore = 0
  try {
    descriptor = fileSystem.openForAppend(path)
    lengthBefore = fileSystem.size(descriptor)
    step = "write to"
    for (let written = 0; written < bytes.length;) {
      const count = fileSystem.write(descriptor, bytes, written, bytes.length - written)
      if (count === 0) throw Object.assign(new Error("the disk accepted no more bytes"), { code: "EIO" })
      written += count
    }
    step = "fsync"
    fileSystem.sync(descriptor)
    if (created) {
      step = "fsync the directory of"
      syncDirectory(fileSystem, dirname(path))
    }
  } catch (cause) {
    const left = descriptor === undefined ? "nothing" : undo(fileSystem, path, descriptor, lengthBefore, created)
    throw new StoreWriteFailed({ store, target: path, step, code: codeOf(cause), reason: reasonOf(cause), left })
  }
  closeQuietly(fileSystem, descriptor)
}

/** Closes a descriptor whose bytes are settled: a close that fails then changes nothing, and is ignored. */
export const closeQuietly = (fileSystem: LedgerFileSystem, descriptor: number): void => {
  try {
    fileSystem.close(descriptor)
  } catch {
    // nothing to undo
  }
}

// Cuts the file back to its length before the append, and syncs the cut; says what is left.
const undo = (
  fileSystem: LedgerFileSystem,
  path: string,
  descriptor: number,
  lengthBefore: number,
  created: boolean
): "nothing" | "torn-tail" => {
  let left: "nothing" | "torn-tail" = "nothing"
  try {
    fileSystem.truncate(descriptor, lengthBefore)
    fileSystem.sync(descriptor)
  } catch {
    left = "torn-tail"
  }
  closeQuietly(fileSystem, descriptor)
  try {
    if (created && left === "nothing") fileSystem.remove(path)
  } catch {
    // An empty file left behind holds no event.
  }
  return left
}
