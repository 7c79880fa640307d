import type { EventStore } from "@plan-ledger/core"
import type { Io } from "./Io.js"

/**
 * Counts the events passing through an async sequence (one per item, or `eventsIn(item)` for
 * pages) and, on a terminal only, shows the count on one line of stderr. Piped output stays clean.
 *
 * @category output
 * @since 0.1.0
 */
export const withProgress = async function* <Item>(
  io: Io,
  label: string,
  items: AsyncIterable<Item>,
  eventsIn: (item: Item) => number = () => 1
): AsyncIterable<Item> {
  let count = 0
  let shown = 0
  for await (const item of items) {
    count += eventsIn(item)
    if (io.interactive && count - shown >= 10_000) {
      shown = count
      io.stderr(`\r${label}: ${count.toLocaleString("en-GB")}`)
    }
    yield item
  }
  if (io.interactive && count >= 10_000) io.stderr(`\r${label}: ${count.toLocaleString("en-GB")} — done\n`)
}

/**
 * The same store, showing progress on a terminal while `readAll`, `readAllForReplay` or
 * `readStream` is consumed.
 *
 * @category output
 * @since 0.1.0
 */
export const withReplayProgress = (store: EventStore, io: Io): EventStore => ({
  appendToStream: (stream, events, options) => store.appendToStream(stream, events, options),
  head: () => store.head(),
  readStream: (stream, options) => withProgress(io, `reading ${stream}`, store.readStream(stream, options)),
  readAll: (options) => withProgress(io, "reading events", store.readAll(options)),
  readAllForReplay: (options) => withProgress(io, "replaying events", store.readAllForReplay(options), (page) => page.length),
  verify: () => store.verify(),
  close: () => store.close()
})
