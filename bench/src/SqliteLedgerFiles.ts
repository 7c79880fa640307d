import { rmSync } from "node:fs"

/** The files a SQLite ledger in WAL mode is kept in: the database, its write-ahead log and its shared memory. */
export const sqliteLedgerFiles = (path: string): ReadonlyArray<string> => ["", "-wal", "-shm"].map((suffix) => `${path}${suffix}`)

/** Removes a SQLite ledger's files, those that exist. */
export const removeSqliteLedger = (path: string): void => {
  for (const file of sqliteLedgerFiles(path)) rmSync(file, { force: true })
}
