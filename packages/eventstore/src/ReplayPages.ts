import type { FoldableEvent, RecordedEvent } from "./EventEnvelope.js"
import type { ReadAllOptions } from "./EventStore.js"

/**
 * How many events a page of `readAllForReplay` holds: enough that the per-page cost (a query, an
 * await) disappears in the per-event work, few enough that a page is a small fraction of memory.
 *
 * @category constants
 * @since 0.1.0
 */
export const REPLAY_PAGE_SIZE = 2000

/**
 * Whether `readAll(options)` returns this event: at or after `fromPosition`, recorded at or before
 * `recordedUpTo`. For stores that filter in code rather than in a query.
 *
 * @category filters
 * @since 0.1.0
 */
export const selectedBy =
  (options: ReadAllOptions) =>
  (event: Pick<RecordedEvent, "globalPosition" | "recordedAt">): boolean =>
    event.globalPosition >= (options.fromPosition ?? 1) && (options.recordedUpTo === undefined || event.recordedAt <= options.recordedUpTo)

/**
 * Regroups recorded events that arrive in chunks of any size (a file's batches, a whole array)
 * into `readAllForReplay` pages, keeping only those `options` select.
 *
 * @category constructors
 * @since 0.1.0
 */
export const regroup = async function* <Recorded extends RecordedEvent>(
  chunks: AsyncIterable<ReadonlyArray<Recorded>> | Iterable<ReadonlyArray<Recorded>>,
  options: ReadAllOptions
): AsyncIterable<ReadonlyArray<FoldableEvent<Recorded>>> {
  const selected = selectedBy(options)
  let page: Array<FoldableEvent<Recorded>> = []
  for await (const chunk of chunks) {
    for (const event of chunk) {
      if (!selected(event)) continue
      page.push(event)
      if (page.length === REPLAY_PAGE_SIZE) {
        yield page
        page = []
      }
    }
  }
  if (page.length > 0) yield page
}
