// The fresh ledgers a kill harness's large run writes into: a new file for SQLite and JSON lines, a
// new schema of the named database for PostgreSQL.
import { randomUUID } from "node:crypto"
import { join } from "node:path"
import { freshSchemaUrl } from "@plan-ledger/store-postgres/testkit"

/** A function that names a new, empty ledger of `store` (`jsonl`, `sqlite` or `postgres`) each call. */
export const freshTargets = (store: string, directory: string, postgresUrl: string | undefined) => (): string => {
  if (store === "sqlite") return `sqlite:${join(directory, `${randomUUID()}.db`)}`
  if (store === "jsonl") return `jsonl:${join(directory, `${randomUUID()}.jsonl`)}`
  if (store !== "postgres") throw new Error(`--store ${store} is not a store: use jsonl, sqlite or postgres`)
  if (postgresUrl === undefined) throw new Error("--store postgres needs --postgres-url")
  return freshSchemaUrl(postgresUrl)
}
