import { closeSync, constants, accessSync, openSync, readSync, statSync } from "node:fs"
import { basename, join, resolve } from "node:path"
import { type EventStore, Ledger, type LedgerPersonalDataStore, Period, type Provenance } from "@plan-ledger/core"
import { LedgerEvents, personalDataStore } from "@plan-ledger/core/store"
import { DEFAULT_STORE_URL, openStore } from "@plan-ledger/stores"
import { fileUnavailable, LedgerNotFound, MistypedStoreUrl, NotALedger } from "./CliErrors.js"
import type { Io } from "./Io.js"
import type { GlobalValues, WriteValues } from "./Spec.js"
import { UsageError } from "./UsageError.js"
import { nearest } from "./Words.js"

/**
 * The store URL in force: `--store`, else `PLAN_LEDGER_STORE`, else the embedded default.
 *
 * @category options
 * @since 0.1.0
 */
export const storeUrl = (values: GlobalValues, io: Io): string => values.store ?? io.env["PLAN_LEDGER_STORE"] ?? DEFAULT_STORE_URL

// The schemes a store URL may begin with (`openStore` reads each).
const STORE_SCHEMES = ["memory:", "sqlite:", "jsonl:", "postgres://", "postgresql://"]

/**
 * Refuses a store URL whose scheme is a near miss of a known one (`sqlit:`, `jsonl//`), naming the
 * URL meant; any other unknown URL is left to the store to refuse.
 *
 * @category options
 * @since 0.5.0
 */
export const checkStoreScheme = (url: string): void => {
  if (STORE_SCHEMES.some((scheme) => url.startsWith(scheme))) return
  const scheme = /^[a-z][a-z0-9+.-]*:?(\/\/)?/iu.exec(url)?.[0] ?? ""
  const meant = scheme === "" ? undefined : nearest(scheme.toLowerCase(), STORE_SCHEMES)
  if (meant !== undefined) throw new MistypedStoreUrl({ url, meant: `${meant}${url.slice(scheme.length)}` })
}

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
 * What a command does when its ledger file does not exist: refuse (reading, and writes that need
 * a plan already recorded), refuse and name `--create` (the writes that may start a ledger), or
 * create it (`--create`, and commands such as `demo` whose work is a new ledger).
 *
 * @category options
 * @since 0.5.0
 */
export type WhenMissing = "refuse" | "offer-create" | "create"

const OFFER_CREATE = "pass --create to start a new ledger there, or name an existing ledger with --store"

/**
 * Checks the file a `sqlite:` or `jsonl:` URL names before the store opens it. A missing file is
 * a `LedgerNotFound` unless `whenMissing` is `"create"`: reading never creates a ledger, and a
 * write creates one only when asked, so a mistyped path is not silently a new ledger. A directory,
 * a file that is not an SQLite database, or one the user may not read (or, to write, may not
 * write) is said as such. `memory:` and PostgreSQL URLs have no file and are not checked.
 *
 * @category options
 * @since 0.1.0
 */
export const checkLedgerFile = (url: string, io: Io, access: "read" | "write", whenMissing: WhenMissing = "refuse"): void => {
  checkStoreScheme(url)
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
      if (whenMissing === "create") return
      throw new LedgerNotFound({ path: file, ...(whenMissing === "offer-create" ? { fix: OFFER_CREATE } : {}) })
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
 * on a copy in a read-only directory) or writing (which creates a missing ledger file only when
 * `whenMissing` is `"create"`).
 *
 * @category options
 * @since 0.1.0
 */
export const openLedgerStore = (
  values: GlobalValues,
  io: Io,
  access: "read" | "write",
  whenMissing: WhenMissing = "refuse"
): Promise<LedgerPersonalDataStore> => {
  const url = storeUrl(values, io)
  checkLedgerFile(url, io, access, whenMissing)
  // A JSON-lines ledger is opened here rather than through `openStore`'s optional-package loader,
  // so the bundled command carries its own JSONL store and loads it only for a `jsonl:` URL.
  if (url.startsWith("jsonl:") && url.length > "jsonl:".length)
    return import("@plan-ledger/store-jsonl").then(async (jsonl) =>
      personalDataStore(await jsonl.openJsonlEventStore(url.slice("jsonl:".length), { events: LedgerEvents, access }))
    )
  return openStore(url, { access })
}

/**
 * The business date a write takes effect on when `--effective` is not given, as the command
 * knows it from the plan (its period's start, an approval's date), never from the clock.
 *
 * @category options
 * @since 0.4.0
 */
export type EffectiveDefault = Period.CalendarDate | undefined

/**
 * The date `--effective` names, refused with the fix when it is not a day of the calendar.
 *
 * @category options
 * @since 0.4.0
 */
export const calendarOption = (command: string, option: string, value: string, example: string): Period.CalendarDate => {
  const date = Period.parseCalendarDate(value)
  if (date === undefined) {
    const problem = Period.calendarDateProblem(value)
    throw new UsageError({
      command,
      detail: `--${option} "${value}" is not a date${problem === undefined ? "" : ` (${problem})`}: write a day of the calendar as YYYY-MM-DD, such as ${example}`
    })
  }
  return date
}

/**
 * The provenance recorded on every event a command writes: its effective date is `--effective`,
 * else the command's default from the plan, else (a command with none) the day it runs.
 *
 * @category options
 * @since 0.1.0
 */
export const provenanceFrom = (
  values: WriteValues,
  io: Io,
  command: string,
  defaultReason: string,
  file?: string,
  effectiveDefault?: EffectiveDefault
): Provenance => {
  if (values.authority !== undefined && (values.reason === undefined || values.reason.trim() === "")) {
    throw new UsageError({
      command,
      detail: `--authority needs --reason: a change to an approved plan records on whose decision and why, for example --authority "Cabinet Member decision 09/01234" --reason "rent review"`
    })
  }
  const effectiveDate =
    values.effective === undefined
      ? (effectiveDefault ?? calendarOption(command, "effective", io.now().toISOString().slice(0, 10), "2009-04-01"))
      : calendarOption(command, "effective", values.effective, "2009-04-01")
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
