import type { EventStore } from "@plan-ledger/core"
import type { Io } from "./Io.js"
import { progressLine } from "./ProgressLine.js"

// Long work only: below this many events the line would flash past.
const SHOW_FROM = 10_000

/**
 * Follows a count of events on a terminal: `update(count)` redraws one line of stderr every
 * 10,000 events, `done(count)` ends it. Both write nothing when output is not a terminal or the
 * work was short.
 *
 * @category output
 * @since 0.2.0
 */
export const progressReporter = (io: Io, label: string, expected: number | undefined) => {
  const started = io.now().getTime()
  let shown = 0
  const line = (count: number): string => progressLine(label, count, expected, io.now().getTime() - started)
  return {
    update: (count: number): void => {
      if (!io.interactive || count - shown < SHOW_FROM) return
      shown = count
      io.stderr(`\r${line(count)}`)
    },
    done: (count: number): void => {
      if (io.interactive && count >= SHOW_FROM) io.stderr(`\r${line(count)} — done\n`)
    }
  }
}

/**
 * Counts the events passing through an async sequence (one per item, or `eventsIn(item)` for
 * pages) and, on a terminal only, shows a progress bar on one line of stderr — the count against
 * `total` (when known, asked for only on a terminal) and an estimate of the time left. Piped output
 * stays clean.
 *
 * @category output
 * @since 0.1.0
 */
export const withProgress = async function* <Item>(
  io: Io,
  label: string,
  items: AsyncIterable<Item>,
  eventsIn: (item: Item) => number = () => 1,
  total: () => Promise<number | undefined> = async () => undefined
): AsyncIterable<Item> {
  const progress = progressReporter(io, label, io.interactive ? await total() : undefined)
  let count = 0
  for await (const item of items) {
    count += eventsIn(item)
    progress.update(count)
    yield item
  }
  progress.done(count)
}

// How many events a whole-log read will go through: the head's position.
const headPosition = (store: EventStore) => async (): Promise<number> => (await store.head()).globalPosition

/**
 * The same store, showing progress on a terminal while `readAll`, `readAllForReplay` or
 * `readStream` is consumed.
 *
 * @category output
 * @since 0.1.0
 */
export const withReplayProgress = <Store extends EventStore>(store: Store, io: Io): Store => ({
  ...store,
  readStream: (stream, options) => withProgress(io, `reading ${stream}`, store.readStream(stream, options)),
  readAll: (options) => withProgress(io, "reading events", store.readAll(options), () => 1, headPosition(store)),
  readAllForReplay: (options) =>
    withProgress(io, "replaying events", store.readAllForReplay(options), (page) => page.length, headPosition(store)),
  verify: async (options = {}) => {
    const progress = progressReporter(io, "verifying events", io.interactive ? (await store.head()).globalPosition : undefined)
    const report = await store.verify({
      onProgress: (count) => {
        progress.update(count)
        options.onProgress?.(count)
      }
    })
    progress.done(report.eventsChecked)
    return report
  }
})
