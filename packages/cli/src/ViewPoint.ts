import { AsOf, type EventStore, type LedgerState, Period, type RecordedEvent, StreamName } from "@plan-ledger/core"
import { Either } from "effect"
import { UsageError } from "./UsageError.js"

/**
 * The point a read command was asked for, as read from `--as-of` and `--effective-on` before any
 * store is opened.
 *
 * @category options
 * @since 0.2.0
 */
export interface AskedPoint {
  readonly asOf?: AsOf.AsOf
  readonly effectiveOn?: string
}

/**
 * Reads `--as-of <instant|approval|revision:n>` and `--effective-on <date>`, or a usage error saying
 * how to write them. `approval` and `revision:n` need a plan to read them from.
 *
 * @category options
 * @since 0.2.0
 */
export const askedPoint = (
  command: string,
  values: { readonly "as-of"?: string | undefined; readonly "effective-on"?: string | undefined },
  planId: string
): AskedPoint => {
  const asOfText = values["as-of"]
  const effectiveOn = values["effective-on"]
  const asOf = asOfText === undefined ? undefined : AsOf.parse(asOfText)
  if (asOf !== undefined && Either.isLeft(asOf)) throw new UsageError({ command, detail: `--as-of ${asOf.left.message}` })
  if (asOf !== undefined && asOf.right._tag !== "Instant" && planId === "")
    throw new UsageError({ command, detail: `--as-of ${asOfText} is read from a plan's history: say which plan with --plan <id>` })
  if (effectiveOn !== undefined && Period.parseCalendarDate(effectiveOn) === undefined)
    throw new UsageError({ command, detail: `--effective-on "${effectiveOn}" is not a date: write YYYY-MM-DD, such as 2009-06-30` })
  return { ...(asOf === undefined ? {} : { asOf: asOf.right }), ...(effectiveOn === undefined ? {} : { effectiveOn }) }
}

const collect = async (events: AsyncIterable<RecordedEvent>): Promise<Array<RecordedEvent>> => {
  const collected: Array<RecordedEvent> = []
  for await (const event of events) collected.push(event)
  return collected
}

/**
 * Resolves the asked point against the plan's history into the view point to fold the ledger at,
 * or the message saying why there is nothing to show there: a plan never approved, a revision it
 * does not have, an instant before it was first recorded, a date before its draft takes effect.
 * With no plan (`show plans`), an instant is used as it is.
 *
 * @category options
 * @since 0.2.0
 */
export const resolvePoint = async (
  store: EventStore,
  planId: string,
  asked: AskedPoint
): Promise<Either.Either<LedgerState.ViewPoint, string>> => {
  const { asOf, effectiveOn } = asked
  if (asOf === undefined && effectiveOn === undefined) return Either.right({})
  if (planId === "")
    return Either.right({
      ...(asOf?._tag === "Instant" ? { recordedUpTo: asOf.instant } : {}),
      ...(effectiveOn === undefined ? {} : { effectiveOn })
    })
  const history = await collect(store.readStream(StreamName.forPlan(planId)))
  const recordedUpTo = asOf === undefined ? Either.right(undefined) : AsOf.resolve(asOf, planId, history)
  if (Either.isLeft(recordedUpTo)) return Either.left(recordedUpTo.left.message)
  const upTo = recordedUpTo.right
  const draft = history.find((event) => event.data._tag === "PlanDrafted" && (upTo === undefined || event.recordedAt <= upTo))
  if (effectiveOn !== undefined && draft !== undefined && draft.effectiveDate > effectiveOn)
    return Either.left(
      `plan ${planId} takes effect from ${draft.effectiveDate}, when it was drafted; nothing of it is in force on ${effectiveOn}: ask for a date on or after ${draft.effectiveDate}`
    )
  return Either.right({ ...(upTo === undefined ? {} : { recordedUpTo: upTo }), ...(effectiveOn === undefined ? {} : { effectiveOn }) })
}
