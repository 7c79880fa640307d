import { randomUUID } from "node:crypto"
import { LedgerEvents } from "@plan-ledger/core/store"
import { openJsonlEventStore } from "@plan-ledger/store-jsonl"
import { openPostgresEventStore } from "@plan-ledger/store-postgres"
import { freshSchemaUrl } from "@plan-ledger/store-postgres/testkit"
import { openSqliteEventStore } from "@plan-ledger/store-sqlite"

// How a tamper case opens a fresh ledger of one store (`open`), and opens it again after tampering
// with it (`reopen`).

/** Fresh SQLite ledgers in `directory`, each file named `<prefix>-<uuid>.db`. */
export const sqliteTamperStores = (directory: string, prefix: string) => {
  const open = () => openSqliteEventStore(`${directory}/${prefix}-${randomUUID()}.db`, { events: LedgerEvents })
  const reopen = async (store: Awaited<ReturnType<typeof open>>) => {
    await store.close()
    return openSqliteEventStore(store.path, { events: LedgerEvents })
  }
  return { open, reopen }
}

/** Fresh JSON-lines ledgers in `directory`, each file named `<prefix>-<uuid>.jsonl`. */
export const jsonlTamperStores = (directory: string, prefix: string) => {
  const open = () => openJsonlEventStore(`${directory}/${prefix}-${randomUUID()}.jsonl`, { events: LedgerEvents })
  const reopen = async (store: Awaited<ReturnType<typeof open>>) => {
    await store.close()
    return openJsonlEventStore(store.path, { events: LedgerEvents })
  }
  return { open, reopen }
}

/** Fresh PostgreSQL ledgers, each in a schema of its own on the server `baseUrl` names. */
export const postgresTamperStores = (baseUrl: string) => {
  const urls = new WeakMap<object, string>()
  const open = async () => {
    const url = freshSchemaUrl(baseUrl)
    const store = await openPostgresEventStore(url, { events: LedgerEvents })
    urls.set(store, url)
    return store
  }
  const reopen = async (store: Awaited<ReturnType<typeof open>>) => {
    await store.close()
    return openPostgresEventStore(urls.get(store) ?? "", { events: LedgerEvents })
  }
  return { open, reopen }
}
