import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs"
import { readFile } from "node:fs/promises"
import { basename, dirname } from "node:path"
import { type Snapshot, type SnapshotStore, StoreUnavailable } from "@plan-ledger/eventstore"

const isErrorCode = (cause: unknown, code: string): boolean =>
  typeof cause === "object" && cause !== null && "code" in cause && cause.code === code

const describe = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause))

const syncedWrite = (path: string, text: string): void => {
  const descriptor = openSync(path, "w")
  try {
    writeSync(descriptor, text)
    fsyncSync(descriptor)
  } finally {
    closeSync(descriptor)
  }
}

// After a rename, the directory entry itself must reach the disk, or a crash could bring back the old name.
const syncDirectory = (path: string): void => {
  const descriptor = openSync(dirname(path), "r")
  try {
    fsyncSync(descriptor)
  } finally {
    closeSync(descriptor)
  }
}

// The header's fields, checked one by one: a side file edited or cut short is refused, naming it.
const headerOf = (line: string): Omit<Snapshot, "state"> | undefined => {
  try {
    const header: unknown = JSON.parse(line)
    if (typeof header !== "object" || header === null) return undefined
    const { globalPosition, hash, projectionVersion } = header as Record<string, unknown>
    return typeof globalPosition === "number" && typeof hash === "string" && typeof projectionVersion === "number"
      ? { globalPosition, hash, projectionVersion }
      : undefined
  } catch {
    return undefined
  }
}

/**
 * `snapshots` of the JSON-lines store: the ledger's snapshot, kept in a side file next to it (`<ledger>.snapshot`): a
 * header line (position, hash, projection version), then the state's JSON text. It is replaced
 * atomically — written whole to a temporary file, synced, renamed over the old one, and the
 * directory synced — so a reader finds the old snapshot or the new one, never a part.
 *
 * @category snapshots
 * @since 0.3.0
 */
export const snapshots = (ledgerPath: string): SnapshotStore => {
  const path = `${ledgerPath}.snapshot`
  const unavailable = (doing: string, cause: unknown): StoreUnavailable =>
    new StoreUnavailable({
      store: `jsonl:${ledgerPath}`,
      detail: `cannot ${doing} the snapshot file ${path} (${describe(cause)}); check its permissions, or delete it: it is rebuilt by plan-ledger rebuild`
    })
  return {
    read: async () => {
      let text: string
      try {
        text = await readFile(path, "utf8")
      } catch (cause) {
        if (isErrorCode(cause, "ENOENT")) return undefined
        throw unavailable("read", cause)
      }
      const newline = text.indexOf("\n")
      const header = newline < 0 ? undefined : headerOf(text.slice(0, newline))
      if (header === undefined)
        throw new StoreUnavailable({
          store: `jsonl:${ledgerPath}`,
          detail: `the snapshot file ${path} does not start with a snapshot's header line (position, hash, projection version); delete it, or replace it with plan-ledger rebuild`
        })
      return { ...header, state: text.slice(newline + 1) }
    },
    write: async ({ state, ...header }) => {
      const temporary = `${dirname(path)}/.${basename(path)}.${process.pid}.tmp`
      try {
        syncedWrite(temporary, `${JSON.stringify(header)}\n${state}`)
        renameSync(temporary, path)
        syncDirectory(path)
      } catch (cause) {
        rmSync(temporary, { force: true })
        throw unavailable("write", cause)
      }
    },
    clear: async () => {
      try {
        rmSync(path, { force: true })
        syncDirectory(path)
      } catch (cause) {
        throw unavailable("delete", cause)
      }
    }
  }
}
