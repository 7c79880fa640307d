import { type EventStore, InMemoryEventStore, type LedgerPersonalDataStore, type NewEvent, type RecordedEvent } from "@plan-ledger/core"
import { LedgerEvents, personalDataStore } from "@plan-ledger/core/store"
import { type EventSchema, StoreUnavailable } from "@plan-ledger/eventstore"
import { openSqliteEventStore } from "@plan-ledger/store-sqlite"
import { loadOptionalStorePackage } from "./OptionalStorePackage.js"

/**
 * The store URL used when none is given: an SQLite file in the working directory.
 *
 * @category constants
 * @since 0.1.0
 */
export const DEFAULT_STORE_URL = "sqlite:.plan-ledger/ledger.db"

/**
 * The schemes `openStore` understands.
 *
 * @category constants
 * @since 0.1.0
 */
export const SCHEMES = ["memory:", "sqlite:<path>", "jsonl:<path>", "postgres://…"] as const

const unavailable = (url: string, detail: string): StoreUnavailable => new StoreUnavailable({ store: url, detail })

/**
 * How a store is opened: to `"write"` (the default; a file ledger or a PostgreSQL schema is
 * created and migrated if need be) or only to `"read"` — then the ledger must exist at this
 * code's migration level and is never created, migrated or written, and appends are refused.
 *
 * @category models
 * @since 0.3.0
 */
export interface StoreAccess {
  readonly access?: "read" | "write"
}

/**
 * Opens the ledger store a URL names (its events decoded with `LedgerEvents`): `memory:` (a fresh in-memory store), `sqlite:<path>` (the
 * embedded default), `jsonl:<path>` (a JSON-lines file), `postgres://…` or `postgresql://…`.
 * Stores other than memory and SQLite are optional peer dependencies, loaded only when their
 * scheme is used; a missing one is a `StoreUnavailable` naming the package to install. The store
 * keeps the ledger's personal values in its vault, outside the hashed events, where they can be
 * erased (`personalDataStore` of `@plan-ledger/core/store`).
 *
 * @example
 * import { openStore } from "@plan-ledger/stores"
 * const store = await openStore(process.env.PLAN_LEDGER_STORE ?? "sqlite:.plan-ledger/ledger.db")
 *
 * @category constructors
 * @since 0.1.0
 */
export const openStore = async (url: string, options: StoreAccess = {}): Promise<LedgerPersonalDataStore> =>
  personalDataStore(await openPlainStore(url, options))

// The store a URL names, as the store package opens it: its events as hashed.
const openPlainStore = async (url: string, options: StoreAccess): Promise<EventStore> => {
  if (url === "memory:") return InMemoryEventStore.make()
  if (url.startsWith("sqlite:")) return openSqliteEventStore(requirePath(url, "sqlite:"), { ...options, events: LedgerEvents })
  if (url.startsWith("jsonl:")) {
    const jsonl = await loadOptionalStorePackage<{
      openJsonlEventStore: (path: string, options: LedgerStoreOptions) => Promise<EventStore>
    }>("@plan-ledger/store-jsonl", url)
    return jsonl.openJsonlEventStore(requirePath(url, "jsonl:"), { ...options, events: LedgerEvents })
  }
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
    const postgres = await loadOptionalStorePackage<{
      openPostgresEventStore: (connection: string, options: LedgerStoreOptions) => Promise<EventStore>
    }>("@plan-ledger/store-postgres", url)
    return postgres.openPostgresEventStore(url, { ...options, events: LedgerEvents })
  }
  throw unavailable(url, `unknown store URL; use one of ${SCHEMES.join(", ")}`)
}

// What an optional store package's opener is handed: the access, and the ledger's events.
type LedgerStoreOptions = StoreAccess & { readonly events: EventSchema.EventSchema<NewEvent, RecordedEvent> }

const requirePath = (url: string, scheme: string): string => {
  const path = url.slice(scheme.length)
  if (path.trim() === "") throw unavailable(url, `the URL names no file: write ${scheme}<path>, for example ${scheme}.plan-ledger/ledger`)
  return path
}
