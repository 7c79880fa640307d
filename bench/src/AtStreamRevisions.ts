import type { EventStore, NewEvent } from "@plan-ledger/core"

/**
 * An append that puts each batch at its stream's exact expected revision: the revision the last
 * append to that stream returned, `"no-stream"` for a stream not yet appended to — as one writer
 * appending the generated workload in order does.
 */
export const appendAtStreamRevisions = (
  store: Pick<EventStore, "appendToStream">
): ((stream: string, events: ReadonlyArray<NewEvent>) => Promise<void>) => {
  const revisions = new Map<string, number>()
  return async (stream, events) => {
    const result = await store.appendToStream(stream, events, { expectedRevision: revisions.get(stream) ?? "no-stream" })
    revisions.set(stream, result.nextExpectedRevision)
  }
}
