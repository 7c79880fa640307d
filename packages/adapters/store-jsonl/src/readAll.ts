import { type EventStore, type NewEvent, type ReadAllOptions, type RecordedEvent, ReplayPages, StoreGuards } from "@plan-ledger/eventstore"
import { closesBatch } from "./BatchBoundary.js"
import { parse, withoutFlag } from "./LedgerLine.js"
import { readLines } from "./LineReader.js"
import type { JsonlLedger } from "./open.js"

/**
 * The whole batches of the file, in order, and — if the file ends in a partly written batch — where
 * that torn tail starts. A reader never sees part of a batch.
 */
const readBatches = async function* (
  path: string
): AsyncIterable<
  | { readonly events: ReadonlyArray<Record<string, unknown>>; readonly endOffset: number }
  | { readonly tornAt: { readonly offset: number; readonly lineNumber: number } }
> {
  let pending: Array<Record<string, unknown>> = []
  let batchStart = { offset: 0, lineNumber: 1 }
  for await (const line of readLines(path)) {
    const record = line.complete ? parse(line.text) : undefined
    if (record === undefined) {
      yield { tornAt: batchStart }
      return
    }
    pending.push(record)
    if (closesBatch(record)) {
      yield { events: pending, endOffset: line.endOffset }
      pending = []
      batchStart = { offset: line.endOffset, lineNumber: line.lineNumber + 1 }
    }
  }
  if (pending.length > 0) yield { tornAt: batchStart }
}

/**
 * The file's whole batches, as stored records (with a format-1 batch's end-of-batch flag still on
 * its last).
 *
 * @category reading
 * @since 0.5.0
 */
export async function* storedBatches<New extends NewEvent, Recorded extends RecordedEvent>(
  ledger: JsonlLedger<New, Recorded>
): AsyncIterable<ReadonlyArray<Recorded>> {
  StoreGuards.ensureOpen(ledger)
  for await (const batch of readBatches(ledger.path)) {
    if (!("events" in batch)) return
    yield batch.events as ReadonlyArray<unknown> as ReadonlyArray<Recorded>
  }
}

/**
 * `readAll` of the JSON-lines store: the file's whole batches, read from the start.
 *
 * @category reading
 * @since 0.5.0
 */
export const readAll = <New extends NewEvent, Recorded extends RecordedEvent>(
  ledger: JsonlLedger<New, Recorded>
): EventStore<New, Recorded>["readAll"] =>
  async function* (options: ReadAllOptions = {}): AsyncIterable<Recorded> {
    const selected = ReplayPages.selectedBy(options)
    for await (const batch of storedBatches(ledger)) {
      for (const record of batch) if (selected(record)) yield withoutFlag(record) as Recorded
    }
  }
