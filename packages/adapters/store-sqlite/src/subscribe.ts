import { type EventStore, type NewEvent, type RecordedEvent, Subscription } from "@plan-ledger/eventstore"

// How often a subscriber looks for events committed by this or another process.
const HEAD_POLL_MILLISECONDS = 20

/**
 * `subscribe` of the SQLite store: follows `readAll`, polling the head for events committed by this
 * or another process.
 *
 * @category subscribing
 * @since 0.5.0
 */
export const subscribe =
  <New extends NewEvent, Recorded extends RecordedEvent>(
    readAll: EventStore<New, Recorded>["readAll"],
    head: EventStore<New, Recorded>["head"]
  ): EventStore<New, Recorded>["subscribe"] =>
  (options) =>
    Subscription.follow(readAll, Subscription.pollingHead(head, HEAD_POLL_MILLISECONDS), options)
