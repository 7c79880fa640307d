import { Data } from "effect"
import { isTaggedErrorIn } from "../internal/isTaggedErrorIn.js"
import type { ExpectedRevision } from "./EventStore.js"

const describeRevision = (revision: ExpectedRevision | number | "no-stream"): string =>
  typeof revision === "number" ? `revision ${revision}` : revision

/**
 * An append expected its stream at one revision and found another: someone else wrote first.
 * Re-read the stream, decide again, and retry.
 *
 * @category errors
 * @since 0.1.0
 */
export class WrongExpectedRevision extends Data.TaggedError("WrongExpectedRevision")<{
  readonly stream: string
  readonly expected: ExpectedRevision
  readonly actual: number | "no-stream"
}> {
  override get message(): string {
    return `stream "${this.stream}" is at ${describeRevision(this.actual)}, but the append expected ${describeRevision(this.expected)}: re-read the stream and retry`
  }
}

/**
 * An event id is already stored with different content, or a batch mixes already-stored events
 * with new ones. Event ids are unique forever; give a new event a new id.
 *
 * @category errors
 * @since 0.1.0
 */
export class DuplicateEventId extends Data.TaggedError("DuplicateEventId")<{
  readonly eventId: string
  readonly stream: string
  readonly detail: string
}> {
  override get message(): string {
    return `event ${this.eventId} (stream "${this.stream}"): ${this.detail}`
  }
}

/**
 * An event handed to a store does not match its schema. Nothing of the batch was written.
 *
 * @category errors
 * @since 0.1.0
 */
export class InvalidEvent extends Data.TaggedError("InvalidEvent")<{
  readonly stream: string
  readonly index: number
  readonly eventId: string | undefined
  readonly detail: string
}> {
  override get message(): string {
    return `event #${this.index}${this.eventId === undefined ? "" : ` (${this.eventId})`} for stream "${this.stream}" is not a valid event: ${this.detail}`
  }
}

/**
 * The store cannot be opened or used: a bad URL, a missing file, a damaged log, a server that
 * does not answer. The message says what to do.
 *
 * @category errors
 * @since 0.1.0
 */
export class StoreUnavailable extends Data.TaggedError("StoreUnavailable")<{
  readonly store: string
  readonly detail: string
}> {
  override get message(): string {
    return `${this.store}: ${this.detail}`
  }
}

/**
 * Every error a store rejects with, as classes. The union type and the guard are derived from
 * this list, so an error added here is recognised everywhere.
 *
 * @category errors
 * @since 0.2.0
 */
export const STORE_ERRORS = [WrongExpectedRevision, DuplicateEventId, InvalidEvent, StoreUnavailable] as const

/**
 * Every error a store rejects with.
 *
 * @category errors
 * @since 0.1.0
 */
export type StoreError = InstanceType<(typeof STORE_ERRORS)[number]>

/**
 * Whether a value is one of the store errors (and not an unexpected exception).
 *
 * @category guards
 * @since 0.2.0
 */
export const isStoreError = (value: unknown): value is StoreError =>
  isTaggedErrorIn(
    { WrongExpectedRevision: true, DuplicateEventId: true, InvalidEvent: true, StoreUnavailable: true } satisfies {
      readonly [Tag in StoreError["_tag"]]: true
    },
    value
  )
