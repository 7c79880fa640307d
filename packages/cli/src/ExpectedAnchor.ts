import { readFileSync, statSync } from "node:fs"
import { resolve } from "node:path"
import { Result } from "effect"
import { Anchor } from "@plan-ledger/eventstore"
import { fileUnavailable } from "./CliErrors.js"
import type { Io } from "./Io.js"
import { UsageError } from "./UsageError.js"

const LINE_PREFIX = "plan-ledger anchor "

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/**
 * The anchor `verify --expect` checks: the value itself when it is an anchor line,
 * `<position>:<hash>` or a hash, else the last anchor line of the file it names.
 *
 * @category options
 * @since 0.2.0
 */
export const expectedAnchor = (value: string, io: Io): Anchor.Expected => {
  const given = Anchor.parse(value)
  if (Result.isSuccess(given)) return given.success
  const path = resolve(io.cwd, value)
  if (!isFile(path))
    throw new UsageError({ command: "verify", detail: `--expect ${given.failure.message}, or name a file that holds an anchor line` })
  let text: string
  try {
    text = readFileSync(path, "utf8")
  } catch (error) {
    throw fileUnavailable(value, "read", error)
  }
  const last = text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line.startsWith(LINE_PREFIX))
    .at(-1)
  if (last === undefined)
    throw new UsageError({
      command: "verify",
      detail: `--expect ${value} holds no anchor line ("plan-ledger anchor <position> <hash> <instant>"): add one with "plan-ledger anchor --append ${value}", or give the anchor itself`
    })
  const parsed = Anchor.parse(last)
  if (Result.isFailure(parsed))
    throw new UsageError({ command: "verify", detail: `the last anchor line of ${value}: ${parsed.failure.message}` })
  return parsed.success
}
