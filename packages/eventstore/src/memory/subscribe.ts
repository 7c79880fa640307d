import type { NewEvent, RecordedEvent } from "../EventEnvelope.js"
import type { EventStore } from "../EventStore.js"
import { follow, type WaitForEvents } from "../Subscription.js"
import type { MemoryLog } from "./open.js"

/**
 * `subscribe` of the in-memory store: follows `readAll`, woken directly by every write.
 *
 * @category subscribing
 * @since 0.5.0
 */
export const subscribe = <New extends NewEvent, Recorded extends RecordedEvent>(
  memory: MemoryLog<New, Recorded>,
  readAll: EventStore<New, Recorded>["readAll"]
): EventStore<New, Recorded>["subscribe"] => {
  const waitForEvents: WaitForEvents = (after, signal) =>
    new Promise((resolve) => {
      if (signal.aborted || memory.log.length > after) return resolve()
      const wake = (): void => {
        memory.waiting.delete(wake)
        signal.removeEventListener("abort", wake)
        resolve()
      }
      memory.waiting.add(wake)
      signal.addEventListener("abort", wake)
    })
  return (options) => follow(readAll, waitForEvents, options)
}
