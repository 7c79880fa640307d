import type { NewEvent, RecordedEvent } from "../EventEnvelope.js"
import type { ReadStreamOptions } from "../EventStore.js"
import { ensureOpen, type MemoryLog } from "./open.js"

/**
 * `readStream` of the in-memory store: the stream's events by revision, through its positions.
 *
 * @category reading
 * @since 0.5.0
 */
export const readStream = <New extends NewEvent, Recorded extends RecordedEvent>(memory: MemoryLog<New, Recorded>) =>
  async function* (stream: string, options: ReadStreamOptions = {}): AsyncIterable<Recorded> {
    ensureOpen(memory)
    const positions = memory.positionsByStream.get(stream) ?? []
    const from = options.fromRevision ?? 0
    const to = options.toRevision ?? Number.POSITIVE_INFINITY
    for (let revision = from; revision < positions.length && revision <= to; revision++) {
      yield memory.log[(positions[revision] as number) - 1] as Recorded
    }
  }
