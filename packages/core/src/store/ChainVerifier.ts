import { Either, ParseResult, Schema } from "effect"
import { RecordedEvent } from "../event/EventEnvelope.js"
import { hashEvent } from "../event/EventHash.js"
import type { Damage, VerifyReport } from "./VerifyReport.js"

const decodeRecorded = Schema.decodeUnknownEither(RecordedEvent)

const field = (record: unknown, name: string): string | undefined =>
  typeof record === "object" && record !== null && name in record
    ? String((record as Record<string, unknown>)[name])
    : undefined

/**
 * Re-walks a store's log in global order: decodes every record with the event schemas, recomputes
 * every hash, checks every link to the previous hash, and checks that global positions and stream
 * revisions are gapless. Stops at the first problem. Stores feed it their raw stored records (as
 * parsed JSON), one at a time, so verifying never loads the log into memory.
 *
 * @category verifying
 * @since 0.1.0
 */
export const verifyChain = async (records: AsyncIterable<unknown>): Promise<VerifyReport> => {
  let previousHash: string | null = null
  let expectedPosition = 1
  const lastRevisionByStream = new Map<string, number>()
  let eventsChecked = 0
  const fail = (damage: Omit<Damage, "globalPosition">, record: unknown): VerifyReport => {
    const eventId = field(record, "eventId")
    const stream = field(record, "stream")
    return {
      ok: false,
      eventsChecked,
      damage: {
        globalPosition: expectedPosition,
        ...(eventId === undefined ? {} : { eventId }),
        ...(stream === undefined ? {} : { stream }),
        ...damage
      }
    }
  }
  for await (const record of records) {
    const decoded = decodeRecorded(record)
    if (Either.isLeft(decoded)) {
      return fail({ kind: "undecodable", message: ParseResult.TreeFormatter.formatErrorSync(decoded.left) }, record)
    }
    const event = decoded.right
    if (event.globalPosition !== expectedPosition) {
      return fail({ kind: "out-of-order", message: `expected global position ${expectedPosition}, found ${event.globalPosition}` }, record)
    }
    const expectedRevision = (lastRevisionByStream.get(event.stream) ?? -1) + 1
    if (event.streamRevision !== expectedRevision) {
      return fail({ kind: "out-of-order", message: `expected revision ${expectedRevision} of stream "${event.stream}", found ${event.streamRevision}` }, record)
    }
    if (event.previousHash !== previousHash) {
      return fail({ kind: "broken-link", message: `previous hash ${event.previousHash ?? "null"} is not the hash of the event before it (${previousHash ?? "null"})` }, record)
    }
    const { globalPosition: _position, hash, ...content } = event
    if (hashEvent(content) !== hash) {
      return fail({ kind: "hash-mismatch", message: "the stored content does not match its hash: the event was changed after it was written" }, record)
    }
    lastRevisionByStream.set(event.stream, event.streamRevision)
    previousHash = hash
    expectedPosition += 1
    eventsChecked += 1
  }
  return { ok: true, eventsChecked, lastHash: previousHash }
}
