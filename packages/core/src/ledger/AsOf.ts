import { Data, Result } from "effect"
import type { RecordedEvent } from "../event/EventEnvelope.js"

/**
 * A point on the recorded-time axis as an auditor names it: an instant, the moment a plan was
 * approved, or the moment a revision of a plan's stream was recorded.
 *
 * @category models
 * @since 0.2.0
 */
export type AsOf =
  | { readonly _tag: "Instant"; readonly instant: string }
  | { readonly _tag: "Approval" }
  | { readonly _tag: "Revision"; readonly revision: number }

/**
 * What the resolving helpers read of a plan's stream (a `RecordedEvent` fits).
 *
 * @category models
 * @since 0.2.0
 */
export type StreamEvent = Pick<RecordedEvent, "recordedAt" | "streamRevision" | "data">

/**
 * The text given for a point in time is none of the forms `parse` reads.
 *
 * @category errors
 * @since 0.2.0
 */
export class AsOfUnreadable extends Data.TaggedError("AsOfUnreadable")<{ readonly text: string }> {
  override get message(): string {
    return `"${this.text}" is not a point in time: write an ISO-8601 instant (2009-06-30T23:59:59Z), "approval" or "revision:<n>" (revision:0 is the first event)`
  }
}

/**
 * The view asked for a plan's approval, but its stream holds no `PlanApproved` event.
 *
 * @category errors
 * @since 0.2.0
 */
export class PlanNeverApproved extends Data.TaggedError("PlanNeverApproved")<{ readonly planId: string }> {
  override get message(): string {
    return `plan ${this.planId} was never approved: ask for an instant or a revision:<n> instead, or approve the plan first`
  }
}

/**
 * The view asked for a revision beyond the end of a plan's stream.
 *
 * @category errors
 * @since 0.2.0
 */
export class RevisionNotFound extends Data.TaggedError("RevisionNotFound")<{
  readonly planId: string
  readonly revision: number
  /** The stream's last revision, -1 when the plan has no events at all. */
  readonly lastRevision: number
}> {
  override get message(): string {
    const range =
      this.lastRevision < 0 ? "the ledger holds no events for it" : `its revisions run from 0 to ${this.lastRevision}; ask for one of those`
    return `plan ${this.planId} has no revision ${this.revision}: ${range}`
  }
}

/**
 * The view asked for an instant before the first event of a plan was recorded.
 *
 * @category errors
 * @since 0.2.0
 */
export class PlanNotYetRecorded extends Data.TaggedError("PlanNotYetRecorded")<{
  readonly planId: string
  readonly firstRecordedAt: string
  readonly asOf: string
}> {
  override get message(): string {
    return `plan ${this.planId} was first recorded at ${this.firstRecordedAt}; nothing is known of it at ${this.asOf}: ask for an instant at or after ${this.firstRecordedAt}`
  }
}

/**
 * Every error resolving a point against a plan's history can give. Switch on `_tag`.
 *
 * @category errors
 * @since 0.2.0
 */
export type AsOfError = PlanNeverApproved | RevisionNotFound | PlanNotYetRecorded

const REVISION = /^revision:(\d+)$/u
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/u

/**
 * Reads `"approval"`, `"revision:<n>"` or an ISO-8601 instant (normalised to UTC, millisecond
 * precision, as events record `recordedAt`).
 *
 * @example
 * import { AsOf } from "@plan-ledger/core"
 * AsOf.parse("revision:0") // Result.succeed({ _tag: "Revision", revision: 0 })
 *
 * @category parsing
 * @since 0.2.0
 */
export const parse = (text: string): Result.Result<AsOf, AsOfUnreadable> => {
  const trimmed = text.trim()
  if (trimmed === "approval") return Result.succeed({ _tag: "Approval" })
  const revision = REVISION.exec(trimmed)
  if (revision !== null) return Result.succeed({ _tag: "Revision", revision: Number(revision[1]) })
  const millis = ISO_INSTANT.test(trimmed) ? Date.parse(trimmed) : Number.NaN
  return Number.isNaN(millis)
    ? Result.fail(new AsOfUnreadable({ text }))
    : Result.succeed({ _tag: "Instant", instant: new Date(millis).toISOString() })
}

/**
 * The instant a plan was approved: the `recordedAt` of the last `PlanApproved` in its stream (a
 * plan revised and approved again is taken as last approved).
 *
 * @category accessors
 * @since 0.2.0
 */
export const approvedAt = (planId: string, history: ReadonlyArray<StreamEvent>): Result.Result<string, PlanNeverApproved> => {
  const approval = history.filter((event) => event.data._tag === "PlanApproved").at(-1)
  return approval === undefined ? Result.fail(new PlanNeverApproved({ planId })) : Result.succeed(approval.recordedAt)
}

/**
 * The instant revision `revision` of a plan's stream was recorded (revisions count from 0). Events
 * appended together share their instant, so a view as of it includes the whole append.
 *
 * @category accessors
 * @since 0.2.0
 */
export const revisionAt = (
  planId: string,
  history: ReadonlyArray<StreamEvent>,
  revision: number
): Result.Result<string, RevisionNotFound> => {
  const event = history.find((candidate) => candidate.streamRevision === revision)
  return event === undefined
    ? Result.fail(new RevisionNotFound({ planId, revision, lastRevision: history.at(-1)?.streamRevision ?? -1 }))
    : Result.succeed(event.recordedAt)
}

/**
 * Resolves a point against a plan's stream (`store.readStream(StreamName.forPlan(planId))`, in
 * revision order) into the instant to read the ledger as of, or the error saying why there is no
 * such instant — including an instant before the plan's first event was recorded.
 *
 * @category accessors
 * @since 0.2.0
 */
export const resolve = (point: AsOf, planId: string, history: ReadonlyArray<StreamEvent>): Result.Result<string, AsOfError> => {
  const instant: Result.Result<string, AsOfError> =
    point._tag === "Approval"
      ? approvedAt(planId, history)
      : point._tag === "Revision"
        ? revisionAt(planId, history, point.revision)
        : Result.succeed(point.instant)
  return Result.flatMap(instant, (asOf) => {
    const first = history[0]
    return first !== undefined && asOf < first.recordedAt
      ? Result.fail(new PlanNotYetRecorded({ planId, firstRecordedAt: first.recordedAt, asOf }))
      : Result.succeed(asOf)
  })
}
