import { Data } from "effect"
import { isTaggedErrorIn } from "./isTaggedErrorIn.js"
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

// What to do about a failed write, by the operating system's or database's error code: a full
// disk, a used-up quota and a failing disk each need a different fix.
const writeFailureFix = (code: string): string => {
  if (["ENOSPC", "SQLITE_FULL", "53100"].includes(code))
    return "free space on that disk (or move the ledger to a larger one with plan-ledger copy), then run the command again"
  if (code === "EDQUOT") return "the disk quota is used up: free space or ask for a larger quota, then run the command again"
  if (["EIO", "58030"].includes(code) || code.startsWith("SQLITE_IOERR")) {
    return "the disk reported an input/output error: check the disk (the system log names the device), copy the ledger to a healthy disk with plan-ledger copy, then run the command again there"
  }
  if (code === "EROFS") return "the file system is read-only: keep the ledger on a writable disk"
  return "check the disk and the ledger's permissions, then run the command again"
}

const LEFT_BEHIND = {
  nothing: "nothing of the batch was kept: the ledger is exactly as it was",
  "torn-tail":
    "the part of the batch that reached the disk could not be removed, so the ledger now ends in a partly written batch, which is never read as events; once the disk is healthy, run plan-ledger repair to move it to a side file",
  unknown:
    "the database did not confirm the commit, so the batch may or may not be stored: look with plan-ledger show, then run the command again (an import already recorded records nothing the second time)"
} as const

/**
 * A write the store needed to make an append durable failed — a full disk, a used-up quota, an
 * input/output error, a commit the database did not confirm. The append is not acknowledged;
 * `left` says what the store holds of it (`nothing`, a `torn-tail` that repair moves aside, or
 * `unknown` when a server did not answer the commit), and the message says what to do.
 *
 * @category errors
 * @since 0.3.0
 */
export class StoreWriteFailed extends Data.TaggedError("StoreWriteFailed")<{
  readonly store: string
  /** The file or database that could not be written. */
  readonly target: string
  /** The step that failed: write, fsync, commit. */
  readonly step: string
  /** The operating system's or database's error code: ENOSPC, EIO, EDQUOT, SQLITE_FULL, 53100. */
  readonly code: string
  /** The operating system's or database's own words. */
  readonly reason: string
  readonly left: keyof typeof LEFT_BEHIND
}> {
  override get message(): string {
    const outcome = this.left === "unknown" ? "the append was not acknowledged" : "the append was not stored"
    return `${this.store}: ${outcome} — could not ${this.step} ${this.target} (${this.code}: ${this.reason}); ${LEFT_BEHIND[this.left]}; ${writeFailureFix(this.code)}`
  }
}

/**
 * Every error a store rejects with, as classes. The union type and the guard are derived from
 * this list, so an error added here is recognised everywhere.
 *
 * @category errors
 * @since 0.2.0
 */
export const STORE_ERRORS = [WrongExpectedRevision, DuplicateEventId, InvalidEvent, StoreUnavailable, StoreWriteFailed] as const

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
    { WrongExpectedRevision: true, DuplicateEventId: true, InvalidEvent: true, StoreUnavailable: true, StoreWriteFailed: true } satisfies {
      readonly [Tag in StoreError["_tag"]]: true
    },
    value
  )
