import { type EventStore, type NewEvent, type RecordedEvent, StoreGuards, StoreUnavailable, Subscription } from "@plan-ledger/eventstore"
import { notifyChannel } from "./Migrations.js"
import { describe, type PostgresLedger } from "./open.js"

// How long a subscriber waits for a notification before it looks anyway.
const LISTEN_FALLBACK_MILLISECONDS = 2000

/**
 * `subscribe` of the PostgreSQL store: a subscriber listens on a connection of its own; every
 * committed append notifies it, and it also looks every few seconds in case a notification was
 * lost with a dropped connection.
 *
 * @category subscribing
 * @since 0.5.0
 */
export const subscribe =
  <New extends NewEvent, Recorded extends RecordedEvent>(
    ledger: PostgresLedger<New, Recorded>,
    readAll: EventStore<New, Recorded>["readAll"]
  ): EventStore<New, Recorded>["subscribe"] =>
  async (options) => {
    StoreGuards.ensureOpen(ledger)
    const listener = await ledger.pool.connect().catch((cause: unknown) => {
      throw new StoreUnavailable({ store: ledger.storeName, detail: `the server did not answer (${describe(cause)})` })
    })
    let notified = false
    let wake = (): void => undefined
    listener.on("notification", () => {
      notified = true
      wake()
    })
    const waitForEvents: Subscription.WaitForEvents = async (_after, signal) => {
      if (!notified) {
        const controller = new AbortController()
        const stop = (): void => controller.abort()
        wake = stop
        signal.addEventListener("abort", stop)
        await Subscription.pause(LISTEN_FALLBACK_MILLISECONDS, controller.signal)
        signal.removeEventListener("abort", stop)
      }
      notified = false
    }
    try {
      await listener.query(`LISTEN ${notifyChannel(ledger.schema)}`)
      await Subscription.follow(readAll, waitForEvents, options)
    } finally {
      await listener.query(`UNLISTEN ${notifyChannel(ledger.schema)}`).catch(() => undefined)
      listener.release()
    }
  }
