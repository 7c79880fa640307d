import type { EventStore, NewEvent, ReadStreamOptions, RecordedEvent } from "@plan-ledger/eventstore"

/**
 * `readStream` of the JSON-lines store: `readAll`, keeping the stream's events (the file has no
 * index of a stream's lines).
 *
 * @category reading
 * @since 0.5.0
 */
export const readStream = <New extends NewEvent, Recorded extends RecordedEvent>(
  readAll: EventStore<New, Recorded>["readAll"]
): EventStore<New, Recorded>["readStream"] =>
  async function* (stream: string, options: ReadStreamOptions = {}): AsyncIterable<Recorded> {
    const from = options.fromRevision ?? 0
    const to = options.toRevision ?? Number.MAX_SAFE_INTEGER
    for await (const event of readAll()) {
      if (event.stream !== stream || event.streamRevision < from) continue
      if (event.streamRevision > to) return
      yield event
    }
  }
