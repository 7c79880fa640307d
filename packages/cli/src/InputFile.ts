import { readFileSync } from "node:fs"
import { resolve } from "node:path"
import { fileUnavailable } from "./CliErrors.js"
import type { Io } from "./Io.js"

/**
 * The text of a file an option names, or a `FileUnavailable` naming the option, the file, the
 * reason and the fix.
 *
 * @category input
 * @since 0.5.0
 */
export const readInputFile = (io: Io, option: string, file: string): string => {
  try {
    return readFileSync(resolve(io.cwd, file), "utf8")
  } catch (error) {
    throw fileUnavailable(file, `read ${option}`, error)
  }
}
