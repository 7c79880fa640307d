import { existsSync, readdirSync, realpathSync, statSync } from "node:fs"
import { basename, dirname, join, resolve } from "node:path"
import type { Io } from "./Io.js"
import { UsageError } from "./UsageError.js"

/** A file of a ledger's own, and what it is to the ledger, for the message that protects it. */
interface LedgerFile {
  readonly path: string
  readonly what: string
}

// The path with its directory's symbolic links resolved, so two spellings of one place compare
// equal even when the file itself does not exist yet.
const canonical = (path: string): string => {
  try {
    return realpathSync(path)
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path))
    } catch {
      return path
    }
  }
}

const fileIdentity = (path: string): string | undefined => {
  try {
    const stats = statSync(path)
    return `${stats.dev}:${stats.ino}`
  } catch {
    return undefined
  }
}

const ledgerPathOf = (url: string): { readonly scheme: "sqlite" | "jsonl"; readonly path: string } | undefined => {
  for (const scheme of ["sqlite", "jsonl"] as const) {
    const file = url.startsWith(`${scheme}:`) ? url.slice(scheme.length + 1) : undefined
    if (file !== undefined && file.trim() !== "" && file !== ":memory:") return { scheme, path: file }
  }
  return undefined
}

// The files beside a JSON-lines ledger that hold it or parts of it: a side file of a moved torn
// tail, a snapshot or a copy being written beside it.
const jsonlSideFiles = (ledger: string): ReadonlyArray<LedgerFile> => {
  const name = basename(ledger)
  let entries: ReadonlyArray<string>
  try {
    entries = readdirSync(dirname(ledger))
  } catch {
    return []
  }
  return entries
    .filter((entry) => entry.startsWith(`${name}.torn-`) || entry.startsWith(`.${name}.`))
    .map((entry) => ({ path: join(dirname(ledger), entry), what: "a side file of the ledger" }))
}

/**
 * Every file a `sqlite:` or `jsonl:` store keeps, or may create, for its ledger: the ledger, its
 * write-ahead log, shared memory and journal (SQLite), its lock, snapshot and side files (JSON
 * lines). None for a store without files.
 *
 * @category output
 * @since 0.4.0
 */
export const ledgerFiles = (url: string, io: Io): ReadonlyArray<LedgerFile> => {
  const ledger = ledgerPathOf(url)
  if (ledger === undefined) return []
  const path = resolve(io.cwd, ledger.path)
  return ledger.scheme === "sqlite"
    ? [
        { path, what: "the ledger itself" },
        { path: `${path}-wal`, what: "the ledger's write-ahead log" },
        { path: `${path}-shm`, what: "the ledger's shared-memory file" },
        { path: `${path}-journal`, what: "the ledger's rollback journal" }
      ]
    : [
        { path, what: "the ledger itself" },
        { path: `${path}.lock`, what: "the ledger's lock" },
        { path: `${path}.snapshot`, what: "the ledger's snapshot" },
        ...jsonlSideFiles(path)
      ]
}

/**
 * Checks a file a command is about to write (`--out`, `anchor --append`, `copy --to`) before
 * anything is read or written: it must not be one of the ledger's own files — compared by the
 * resolved path, and for a file that exists by device and inode, so a symbolic link, a hard link
 * or `./` spelling cannot slip through — and, unless `append` or `force`, must not exist.
 *
 * @category output
 * @since 0.4.0
 */
export const checkOutputTarget = (
  io: Io,
  command: string,
  option: string,
  target: string,
  protectedStores: ReadonlyArray<string>,
  mode: { readonly append: boolean; readonly force: boolean }
): void => {
  const path = resolve(io.cwd, target)
  const where = canonical(path)
  const identity = fileIdentity(path)
  for (const url of protectedStores) {
    for (const file of ledgerFiles(url, io)) {
      const same = canonical(file.path) === where || (identity !== undefined && fileIdentity(file.path) === identity)
      if (same)
        throw new UsageError({
          command,
          detail: `${option} ${target} is ${file.what} (${url}): writing there would destroy it; name another file`
        })
    }
  }
  if (!mode.append && !mode.force && existsSync(path))
    throw new UsageError({ command, detail: `${option} ${target} already exists: add --force to replace it, or name another file` })
}
