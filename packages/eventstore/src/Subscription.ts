import type { NewEvent, RecordedEvent } from "./EventEnvelope.js"
import type { EventStore } from "./EventStore.js"

/**
 * What a subscriber asks for: the first global position it has not processed yet (from 1), what
 * to do with each page of events, and the signal that ends the subscription.
 *
 * Delivery is at least once: a page is delivered in global order, with no gaps, and the next one
 * only after `onEvents` has settled. A subscriber keeps its own checkpoint — the global position
 * of the last event it has processed — ideally in the same transaction as the read model it
 * builds, and passes that position + 1 as `fromPosition` when it starts again. A page processed
 * but not yet checkpointed when the process stopped is delivered again, so `onEvents` must
 * tolerate seeing an event twice (a read model keyed by stream and revision does).
 *
 * @category models
 * @since 0.3.0
 */
export interface SubscribeOptions<Recorded extends RecordedEvent = RecordedEvent> {
  /** The first global position to deliver (default 1: the whole log). */
  readonly fromPosition?: number
  /** Handles one page of events, in global order. A rejection ends the subscription with it. */
  readonly onEvents: (events: ReadonlyArray<Recorded>) => void | Promise<void>
  /** Aborting it ends the subscription: `subscribe` then resolves. */
  readonly signal: AbortSignal
}

/**
 * How a store hears that events may have been committed after a global position: resolves when
 * there may be (or when the signal aborts). Waking without new events is harmless.
 *
 * @category subscribing
 * @since 0.3.0
 */
export type WaitForEvents = (after: number, signal: AbortSignal) => Promise<void>

/** Events handed to `onEvents` at most at a time. */
const DELIVERY_PAGE = 500

/**
 * Resolves after `milliseconds`, or at once when the signal aborts.
 *
 * @category subscribing
 * @since 0.3.0
 */
export const pause = (milliseconds: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve()
    const done = (): void => {
      clearTimeout(timer)
      signal.removeEventListener("abort", done)
      resolve()
    }
    const timer = setTimeout(done, milliseconds)
    signal.addEventListener("abort", done)
  })

/**
 * Waiting by polling the store's head every `intervalMilliseconds` — one indexed look-up of the
 * last position — for stores with no way to be told (SQLite, JSONL).
 *
 * @category subscribing
 * @since 0.3.0
 */
export const pollingHead =
  (head: EventStore["head"], intervalMilliseconds: number): WaitForEvents =>
  async (after, signal) => {
    while (!signal.aborted && (await head()).globalPosition <= after) await pause(intervalMilliseconds, signal)
  }

/**
 * Catches up from `fromPosition`, then follows: reads the log forward in pages, hands each to
 * `onEvents`, and when it has read everything waits for more. Every store assigns global
 * positions in commit order, so reading on from the last delivered position never skips an
 * event that commits late. Resolves when the signal aborts; rejects with `onEvents`' error or the
 * store's.
 *
 * @category subscribing
 * @since 0.3.0
 */
export const follow = async <Recorded extends RecordedEvent>(
  readAll: EventStore<NewEvent, Recorded>["readAll"],
  waitForEvents: WaitForEvents,
  options: SubscribeOptions<Recorded>
): Promise<void> => {
  const { signal, onEvents } = options
  let next = options.fromPosition ?? 1
  const deliver = async (page: ReadonlyArray<Recorded>): Promise<void> => {
    await onEvents(page)
    next = (page[page.length - 1] as Recorded).globalPosition + 1
  }
  while (!signal.aborted) {
    let page: Array<Recorded> = []
    for await (const event of readAll({ fromPosition: next })) {
      if (signal.aborted) return
      page.push(event)
      if (page.length === DELIVERY_PAGE) {
        await deliver(page)
        page = []
      }
    }
    if (page.length > 0 && !signal.aborted) await deliver(page)
    await waitForEvents(next - 1, signal)
  }
}
