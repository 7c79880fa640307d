import { closeSync, constants, accessSync, openSync, readSync, statSync } from "node:fs"
import { basename, join, resolve } from "node:path"
import { Option, Schema } from "effect"
import { type EventStore, Ledger, Period, type Provenance, LedgerEvents } from "@plan-ledger/core"
import { DEFAULT_STORE_URL, openStore } from "@plan-ledger/stores"
import { fileUnavailable, LedgerNotFound, NotALedger } from "./CliErrors.js"
import type { Io } from "./Io.js"
import type { GlobalValues, WriteValues } from "./Spec.js"
import { UsageError } from "./UsageError.js"

/**
 * The store URL in force: `--store`, else `PLAN_LEDGER_STORE`, else the embedded default.
 *
 * @category options
 * @since 0.1.0
 */
export const storeUrl = (values: GlobalValues, io: Io): string => values.store ?? io.env["PLAN_LEDGER_STORE"] ?? DEFAULT_STORE_URL

const SQLITE_HEADER = "SQLite format 3\u0000"

const firstBytes = (path: string, length: number): string => {
  const descriptor = openSync(path, "r")
  try {
    const buffer = Buffer.alloc(length)
    const read = readSync(descriptor, buffer, 0, length, 0)
    return buffer.subarray(0, read).toString("latin1")
  } finally {
    closeSync(descriptor)
  }
}

/**
 * Checks the file a `sqlite:` or `jsonl:` URL names before the store opens it. Reading never
 * creates a ledger: a missing file is a `LedgerNotFound`. A directory, a file that is not an
 * SQLite database, or one the user may not read (or, to write, may not write) is said as such.
 * `memory:` and PostgreSQL URLs have no file and are not checked.
 *
 * @category options
 * @since 0.1.0
 */
export const checkLedgerFile = (url: string, io: Io, access: "read" | "write"): void => {
  const scheme = url.startsWith("sqlite:") ? "sqlite:" : url.startsWith("jsonl:") ? "jsonl:" : undefined
  if (scheme === undefined) return
  const file = url.slice(scheme.length)
  if (file.trim() === "" || file === ":memory:") return
  const path = resolve(io.cwd, file)
  let isDirectory: boolean
  let size: number
  try {
    const stats = statSync(path)
    isDirectory = stats.isDirectory()
    size = stats.size
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") {
      if (access === "read") throw new LedgerNotFound({ path: file })
      return
    }
    throw fileUnavailable(file, "open the ledger", error)
  }
  if (isDirectory)
    throw new NotALedger({
      path: file,
      reason: "it is a directory",
      fix: `name the ledger file, for example --store ${scheme}${join(file, scheme === "sqlite:" ? "ledger.db" : "ledger.jsonl")}`
    })
  try {
    accessSync(path, access === "read" ? constants.R_OK : constants.R_OK | constants.W_OK)
  } catch (error) {
    throw fileUnavailable(file, access === "read" ? "read the ledger" : "write to the ledger", error)
  }
  if (scheme === "sqlite:" && size > 0 && firstBytes(path, SQLITE_HEADER.length) !== SQLITE_HEADER) {
    throw new NotALedger({
      path: file,
      reason: "it is not an SQLite database",
      fix: "name the ledger's SQLite file, or write jsonl:<path> for a JSON-lines ledger"
    })
  }
}

/**
 * Opens the store in force, for reading (which never creates, migrates or writes one, so it works
 * on a copy in a read-only directory) or writing.
 *
 * @category options
 * @since 0.1.0
 */
export const openLedgerStore = (values: GlobalValues, io: Io, access: "read" | "write"): Promise<EventStore> => {
  const url = storeUrl(values, io)
  checkLedgerFile(url, io, access)
  // A JSON-lines ledger is opened here rather than through `openStore`'s optional-package loader,
  // so the bundled command carries its own JSONL store and loads it only for a `jsonl:` URL.
  if (url.startsWith("jsonl:") && url.length > "jsonl:".length)
    return import("@plan-ledger/store-jsonl").then((jsonl) =>
      jsonl.openJsonlEventStore(url.slice("jsonl:".length), { events: LedgerEvents, access })
    )
  return openStore(url, { access })
}

/**
 * The provenance recorded on every event a command writes.
 *
 * @category options
 * @since 0.1.0
 */
export const provenanceFrom = (values: WriteValues, io: Io, command: string, defaultReason: string, file?: string): Provenance => {
  if (values.authority !== undefined && (values.reason === undefined || values.reason.trim() === "")) {
    throw new UsageError({
      command,
      detail: `--authority needs --reason: a change to an approved plan records on whose decision and why, for example --authority "Cabinet Member decision 09/01234" --reason "rent review"`
    })
  }
  const effective = values.effective ?? io.now().toISOString().slice(0, 10)
  const effectiveDate = Option.getOrUndefined(Schema.decodeUnknownOption(Period.CalendarDate)(effective))
  if (effectiveDate === undefined) {
    throw new UsageError({ command, detail: `--effective "${effective}" is not a date: write YYYY-MM-DD, such as 2009-04-01` })
  }
  return {
    actor: values.actor ?? io.user,
    reason: values.reason ?? defaultReason,
    effectiveDate,
    ...(values.authority === undefined ? {} : { authority: values.authority }),
    ...(file === undefined ? {} : { source: { document: basename(file) } })
  }
}

/**
 * A ledger over the store, with the command's clock. A snapshot the ledger refuses (it fails its
 * seal, its chain hash or its shape) is said once on standard error; the views are folded from
 * the log and print as they would without it.
 *
 * @category options
 * @since 0.1.0
 */
export const ledgerOver = (store: EventStore, io: Io): Ledger.Ledger => {
  let told = false
  return Ledger.make({
    store,
    clock: io.now,
    onSnapshotRefused: (reason) => {
      if (told) return
      told = true
      io.stderr(
        `note: the ledger's snapshot was not used: ${reason}; the views were folded from the log instead (plan-ledger verify checks it, plan-ledger rebuild replaces it)\n`
      )
    }
  })
}
