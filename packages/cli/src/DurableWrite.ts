import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs"
import { basename, dirname, join } from "node:path"

/**
 * Replaces a file's content all at once: the text is written to a file beside it, flushed to disk,
 * and renamed over it, and the directory flushed, so a crash leaves the old content or the new,
 * never a part of either. Throws the operating system's error; the file beside is removed.
 *
 * @category output
 * @since 0.5.0
 */
export const writeDurably = (path: string, text: string): void => {
  const beside = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  try {
    const descriptor = openSync(beside, "w")
    try {
      writeSync(descriptor, text)
      fsyncSync(descriptor)
    } finally {
      closeSync(descriptor)
    }
    renameSync(beside, path)
  } catch (error) {
    rmSync(beside, { force: true })
    throw error
  }
  const directory = openSync(dirname(path), "r")
  try {
    fsyncSync(directory)
  } finally {
    closeSync(directory)
  }
}
