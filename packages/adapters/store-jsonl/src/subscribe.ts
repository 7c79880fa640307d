import { type EventStore, type NewEvent, type RecordedEvent, Subscription } from "@plan-ledger/eventstore"

// The head is read under the file lock, so it is polled less often than SQLite's.
const HEAD_POLL_MILLISECONDS = 100

/**
 * `subscribe` of the JSON-lines store: follows `readAll`, polling the head.
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
