import type { FoldableEvent, NewEvent, RecordedEvent } from "../EventEnvelope.js"
import type { ReadAllOptions } from "../EventStore.js"
import { regroup } from "../ReplayPages.js"
import { ensureOpen, type MemoryLog } from "./open.js"

/**
 * `readAllForReplay` of the in-memory store: the log regrouped into replay pages.
 *
 * @category reading
 * @since 0.5.0
 */
export const readAllForReplay = <New extends NewEvent, Recorded extends RecordedEvent>(memory: MemoryLog<New, Recorded>) =>
  async function* (options: ReadAllOptions = {}): AsyncIterable<ReadonlyArray<FoldableEvent<Recorded>>> {
    ensureOpen(memory)
    yield* regroup([memory.log as ReadonlyArray<Recorded>], options)
  }
