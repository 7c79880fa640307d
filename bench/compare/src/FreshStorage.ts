import { join } from "node:path"
import { removeSqliteLedger } from "@plan-ledger/bench/sqlite-ledger-files"
import pg from "pg"

/** Where one measurement writes (a file or a database URL), and how to remove it afterwards. */
export interface Fresh {
  readonly location: string
  readonly remove: () => Promise<void>
}

// A SQLite file of its own for one measurement: whatever a run before left under its name is
// removed first, so every measurement starts from an empty file.
export const freshSqliteFile = (directory: string, name: string): Fresh => {
  const file = join(directory, `${name}.db`)
  removeSqliteLedger(file)
  return { location: file, remove: async () => removeSqliteLedger(file) }
}

// A fresh PostgreSQL database for one measurement, dropped when it is over: Emmett keeps its
// tables in a fixed schema, so each run gets a database of its own (plan-ledger too, alike).
export const freshDatabase = async (url: string, name: string): Promise<Fresh> => {
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${name}`)
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const location = new URL(url)
  location.pathname = `/${name}`
  return {
    location: location.toString(),
    remove: async () => {
      const dropper = new pg.Client({ connectionString: url })
      await dropper.connect()
      await dropper.query(`DROP DATABASE IF EXISTS ${name}`)
      await dropper.end()
    }
  }
}
