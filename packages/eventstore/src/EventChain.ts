import { Result } from "effect"
import type { NewEvent, RecordedEvent } from "./EventEnvelope.js"
import { canonicalJson, type HashedContent, hashEvent } from "./EventHash.js"
import type { EventSchema } from "./EventSchema.js"
import { locatedIssue } from "./locatedIssue.js"
import type { ExpectedRevision } from "./EventStore.js"
import { DuplicateEventId, InvalidEvent, WrongExpectedRevision } from "./StoreErrors.js"

/**
 * Checks every event of a batch against its schema before anything is written. Every store calls
 * this first, so no store can hold an event its readers cannot decode.
 *
 * @category appending
 * @since 0.1.0
 */
export const validateBatch = <New extends NewEvent>(
  schema: EventSchema<New, RecordedEvent>,
  stream: string,
  events: ReadonlyArray<unknown>
): ReadonlyArray<New> =>
  events.map((event, index) => {
    const decoded = schema.decodeNewEvent(event)
    if (Result.isFailure(decoded)) {
      const eventId = typeof event === "object" && event !== null && "eventId" in event ? String(event.eventId) : undefined
      throw new InvalidEvent({
        stream,
        index,
        eventId,
        detail: locatedIssue(decoded.failure)
      })
    }
    return decoded.success
  })

/**
 * Throws `WrongExpectedRevision` unless the stream's current revision (`undefined` for a stream
 * with no events) satisfies the expectation.
 *
 * @category appending
 * @since 0.1.0
 */
export const checkExpectedRevision = (stream: string, expected: ExpectedRevision, current: number | undefined): void => {
  const satisfied = expected === "any" || (expected === "no-stream" ? current === undefined : current === expected)
  if (!satisfied) {
    throw new WrongExpectedRevision({ stream, expected, actual: current ?? "no-stream" })
  }
}

// The envelope's fields in the order every sealed event has them, the optional ones only when
// present. Built by assignment rather than spreads: it runs for every event appended.
const envelopeOf = (event: NewEvent | RecordedEvent): Record<string, unknown> => {
  const envelope: Record<string, unknown> = {
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    recordedAt: event.recordedAt,
    actor: event.actor,
    reason: event.reason,
    effectiveDate: event.effectiveDate,
    data: event.data
  }
  if (event.authority !== undefined) envelope["authority"] = event.authority
  if (event.source !== undefined) envelope["source"] = event.source
  return envelope
}

/**
 * Whether a stored event has exactly the content of an event being appended again.
 *
 * @category appending
 * @since 0.1.0
 */
export const hasSameContent = (candidate: NewEvent, stored: RecordedEvent): boolean =>
  canonicalJson(envelopeOf(candidate)) === canonicalJson(envelopeOf(stored))

/**
 * Decides whether a batch is new or an idempotent re-append, given the events of the batch that
 * the store already holds (looked up by event id). Throws `DuplicateEventId` when an id is held
 * with other content, in another stream, or when the batch mixes stored and new events.
 *
 * @category appending
 * @since 0.1.0
 */
export const classifyBatch = (
  stream: string,
  batch: ReadonlyArray<NewEvent>,
  alreadyStored: ReadonlyMap<string, RecordedEvent>
): "append" | "already-stored" => {
  const seen = new Set<string>()
  for (const event of batch) {
    if (seen.has(event.eventId)) {
      throw new DuplicateEventId({ eventId: event.eventId, stream, detail: "appears twice in one batch" })
    }
    seen.add(event.eventId)
    const stored = alreadyStored.get(event.eventId)
    if (stored === undefined) continue
    if (stored.stream !== stream) {
      throw new DuplicateEventId({ eventId: event.eventId, stream, detail: `is already stored in stream "${stored.stream}"` })
    }
    if (!hasSameContent(event, stored)) {
      throw new DuplicateEventId({ eventId: event.eventId, stream, detail: "is already stored with different content" })
    }
  }
  if (alreadyStored.size === 0) return "append"
  if (alreadyStored.size === batch.length) return "already-stored"
  throw new DuplicateEventId({
    eventId: [...alreadyStored.keys()][0] ?? "",
    stream,
    detail: "the batch mixes events that are already stored with new ones; append the new ones alone"
  })
}

/**
 * Where an appended event lands: its stream, revision, global position, whether it is the last
 * event of its batch, and the hash of the event before it in global order.
 *
 * @category appending
 * @since 0.1.0
 */
export interface Placement {
  readonly stream: string
  readonly streamRevision: number
  readonly globalPosition: number
  readonly lastInBatch: boolean
  readonly previousHash: string | null
}

// The envelope followed by the placement, the order of every sealed event's keys; the hash is
// added last. A recorded event of hash format 1 has no batch boundary, and gets none.
const placed = (
  event: NewEvent | RecordedEvent,
  placement: Omit<Placement, "lastInBatch"> & { readonly lastInBatch?: boolean | undefined }
): Record<string, unknown> => {
  const sealed = envelopeOf(event)
  sealed["stream"] = placement.stream
  sealed["streamRevision"] = placement.streamRevision
  sealed["globalPosition"] = placement.globalPosition
  if (placement.lastInBatch !== undefined) sealed["lastInBatch"] = placement.lastInBatch
  sealed["previousHash"] = placement.previousHash
  return sealed
}

/**
 * Gives a validated event its place and seals it into the hash chain.
 *
 * @category appending
 * @since 0.1.0
 */
export const sealEvent = <Data>(event: NewEvent<Data>, placement: Placement): RecordedEvent<Data> => {
  // One object per event, hashed as it stands (`hashEvent` leaves out the global position), then
  // given its hash.
  const sealed = placed(event, placement)
  sealed["hash"] = hashEvent(sealed as unknown as HashedContent)
  return sealed as unknown as RecordedEvent<Data>
}

/**
 * A recorded event with its keys in the order `sealEvent` gives them — envelope, then placement,
 * then hash — whatever order it was read or decoded in. A store that keeps an event as JSON text
 * writes this form, so its canonical text is known. An event of hash format 1 has no
 * `lastInBatch`, and its form has none either.
 *
 * @category appending
 * @since 0.3.0
 */
export const sealedForm = <Recorded extends RecordedEvent>(event: Recorded): Recorded => {
  const sealed = placed(event, event)
  sealed["hash"] = event.hash
  return sealed as unknown as Recorded
}

/**
 * Seals a whole batch after the stream's current revision and the store's last position and hash;
 * its last event is sealed as `lastInBatch: true`, the others as `false`.
 *
 * @category appending
 * @since 0.1.0
 */
export const sealBatch = <Data>(
  stream: string,
  batch: ReadonlyArray<NewEvent<Data>>,
  after: { readonly streamRevision: number | undefined; readonly globalPosition: number; readonly hash: string | null }
): ReadonlyArray<RecordedEvent<Data>> => {
  const sealed: Array<RecordedEvent<Data>> = []
  let previousHash = after.hash
  batch.forEach((event, offset) => {
    const recorded = sealEvent(event, {
      stream,
      streamRevision: (after.streamRevision ?? -1) + 1 + offset,
      globalPosition: after.globalPosition + 1 + offset,
      lastInBatch: offset === batch.length - 1,
      previousHash
    })
    sealed.push(recorded)
    previousHash = recorded.hash
  })
  return sealed
}
