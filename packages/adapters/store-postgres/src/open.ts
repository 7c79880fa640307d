import { type EventSchema, type NewEvent, type RecordedEvent, StoreUnavailable } from "@plan-ledger/eventstore"
import pg from "pg"
import { migrate, requireReadableLevel } from "./Migrations.js"
import { parsePostgresUrl } from "./PostgresLocation.js"

/**
 * An opened PostgreSQL ledger, as every operation of the store works on it: the pool, the
 * database schema holding the ledger and its events table, the events' schema, and the store's
 * name in messages (the URL without its password).
 *
 * @category models
 * @since 0.5.0
 */
export interface PostgresLedger<New extends NewEvent, Recorded extends RecordedEvent> {
  readonly storeName: string
  /** The database schema holding the ledger's tables. */
  readonly schema: string
  /** `<schema>.events`. */
  readonly events: string
  readonly eventSchema: EventSchema.EventSchema<New, Recorded>
  readonly readOnly: boolean
  readonly pool: pg.Pool
  closed: boolean
}

/**
 * A cause's message.
 *
 * @category errors
 * @since 0.5.0
 */
export const describe = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause))

/**
 * Whether a thrown value is one of the store's tagged errors, to be passed on as it is.
 *
 * @category errors
 * @since 0.5.0
 */
export const isTagged = (value: unknown): boolean => typeof value === "object" && value !== null && "_tag" in value

/**
 * Connects to the database `url` names and creates and migrates the ledger's schema — or, to read,
 * checks it holds a ledger at this code's migration level, every session read-only on the server.
 *
 * @category constructors
 * @since 0.5.0
 */
export const open = async <New extends NewEvent, Recorded extends RecordedEvent>(
  url: string,
  options: { readonly events: EventSchema.EventSchema<New, Recorded>; readonly access?: "read" | "write" }
): Promise<PostgresLedger<New, Recorded>> => {
  const { connectionString, schema } = parsePostgresUrl(url)
  const storeName = url.replace(/:\/\/[^@/]*@/, "://…@")
  const readOnly = options.access === "read"
  // A reader's sessions are read-only on the server as well, so nothing it runs can write.
  const pool = new pg.Pool({ connectionString, max: 4, ...(readOnly ? { options: "-c default_transaction_read_only=on" } : {}) })
  pool.on("error", () => undefined)
  try {
    const client = await pool.connect()
    try {
      await (readOnly ? requireReadableLevel(client, schema, storeName) : migrate(client, schema))
    } finally {
      client.release()
    }
  } catch (cause) {
    await pool.end()
    if (isTagged(cause)) throw cause
    throw new StoreUnavailable({
      store: storeName,
      detail: `cannot open the PostgreSQL ledger (${describe(cause)}); check the server is running and the URL, user and database are right`
    })
  }
  return { storeName, schema, events: `${schema}.events`, eventSchema: options.events, readOnly, pool, closed: false }
}
