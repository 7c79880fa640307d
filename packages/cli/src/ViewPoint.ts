import { AsOf, type EventStore, type LedgerState, Period, type RecordedEvent } from "@plan-ledger/core"
import { StreamName } from "@plan-ledger/core/store"
import { Result } from "effect"
import { calendarOption } from "./Context.js"
import { UsageError } from "./UsageError.js"

/**
 * The point a read command was asked for, as read from `--as-of` and `--effective` before any
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
 * Reads `--as-of <instant|approval|revision:n>` and `--effective <date>`, or a usage error saying
 * how to write them. `approval` and `revision:n` need a plan to read them from.
 *
 * @category options
 * @since 0.2.0
 */
export const askedPoint = (
  command: string,
  values: { readonly "as-of"?: string | undefined; readonly effective?: string | undefined },
  planId: string
): AskedPoint => {
  const asOfText = values["as-of"]
  const effectiveOn = values.effective
  const asOf = asOfText === undefined ? undefined : AsOf.parse(asOfText)
  if (asOf !== undefined && Result.isFailure(asOf)) throw new UsageError({ command, detail: `--as-of ${asOf.failure.message}` })
  if (asOf !== undefined && asOf.success._tag !== "Instant" && planId === "")
    throw new UsageError({ command, detail: `--as-of ${asOfText} is read from a plan's history: say which plan with --plan <id>` })
  if (effectiveOn !== undefined) calendarOption(command, "effective", effectiveOn, "2009-06-30")
  return { ...(asOf === undefined ? {} : { asOf: asOf.success }), ...(effectiveOn === undefined ? {} : { effectiveOn }) }
}

const EFFECTIVE_PART = /^effective:(.*)$/u

/**
 * Reads one end of a diff, `--from` or `--to`: a point on the recorded axis (`now`, `approval`,
 * `revision:<n>` or an ISO-8601 instant), a point on the effective axis (`effective:<YYYY-MM-DD>`),
 * or one of each separated by a comma (`approval,effective:2009-07-01`). An end that names no
 * effective date takes `--effective`'s, if given. Returns the point and its label.
 *
 * @category options
 * @since 0.2.0
 */
export const diffPoint = (
  option: string,
  text: string,
  defaultEffective: string | undefined
): { readonly asked: AskedPoint; readonly label: string } => {
  const fail = (detail: string): never => {
    throw new UsageError({
      command: "diff",
      detail: `--${option} "${text}" ${detail}: write now, approval, revision:<n>, an ISO-8601 instant or effective:<YYYY-MM-DD>, or a recorded point and an effective date separated by a comma (approval,effective:2009-07-01)`
    })
  }
  let asOf: AsOf.AsOf | undefined
  let effectiveOn: string | undefined
  let recordedNamed = false
  for (const part of text.split(",").map((piece) => piece.trim())) {
    const effective = EFFECTIVE_PART.exec(part)
    if (effective !== null) {
      if (effectiveOn !== undefined) fail("names two effective dates")
      effectiveOn = Period.parseCalendarDate(effective[1] ?? "") ?? fail(`has "${effective[1]}", which is not a date`)
      continue
    }
    if (recordedNamed) fail("names two recorded points")
    recordedNamed = true
    if (part === "now") continue
    const parsed = AsOf.parse(part)
    if (Result.isFailure(parsed)) fail("is not a point")
    else asOf = parsed.success
  }
  const effectiveOnOrDefault = effectiveOn ?? defaultEffective
  const label = effectiveOn === undefined && defaultEffective !== undefined ? `${text.trim()},effective:${defaultEffective}` : text.trim()
  return {
    asked: {
      ...(asOf === undefined ? {} : { asOf }),
      ...(effectiveOnOrDefault === undefined ? {} : { effectiveOn: effectiveOnOrDefault })
    },
    label
  }
}

/**
 * Every event of a plan's stream, in revision order (none for a plan the ledger does not hold).
 *
 * @category options
 * @since 0.2.0
 */
export const planStream = async (store: EventStore, planId: string): Promise<Array<RecordedEvent>> => {
  const collected: Array<RecordedEvent> = []
  for await (const event of store.readStream(StreamName.forPlan(planId))) collected.push(event)
  return collected
}

/**
 * Resolves an asked point against a plan's stream into the view point to fold the ledger at, or
 * the message saying why there is nothing to show there: a plan never approved, a revision it
 * does not have, an instant before it was first recorded, a date before its draft takes effect.
 *
 * @category options
 * @since 0.2.0
 */
export const resolveAgainst = (
  history: ReadonlyArray<RecordedEvent>,
  planId: string,
  asked: AskedPoint
): Result.Result<LedgerState.ViewPoint, string> => {
  const { asOf, effectiveOn } = asked
  const recordedUpTo = asOf === undefined ? Result.succeed(undefined) : AsOf.resolve(asOf, planId, history)
  if (Result.isFailure(recordedUpTo)) return Result.fail(recordedUpTo.failure.message)
  const upTo = recordedUpTo.success
  const draft = history.find((event) => event.data._tag === "PlanDrafted" && (upTo === undefined || event.recordedAt <= upTo))
  if (effectiveOn !== undefined && draft !== undefined && draft.effectiveDate > effectiveOn)
    return Result.fail(
      `plan ${planId} takes effect from ${draft.effectiveDate}, when it was drafted; nothing of it is in force on ${effectiveOn}: ask for a date on or after ${draft.effectiveDate}`
    )
  return Result.succeed({ ...(upTo === undefined ? {} : { recordedUpTo: upTo }), ...(effectiveOn === undefined ? {} : { effectiveOn }) })
}

/**
 * Resolves the asked point against the plan's history (see `resolveAgainst`). With no plan
 * (`show plans`), an instant is used as it is.
 *
 * @category options
 * @since 0.2.0
 */
export const resolvePoint = async (
  store: EventStore,
  planId: string,
  asked: AskedPoint
): Promise<Result.Result<LedgerState.ViewPoint, string>> => {
  const { asOf, effectiveOn } = asked
  if (asOf === undefined && effectiveOn === undefined) return Result.succeed({})
  if (planId === "")
    return Result.succeed({
      ...(asOf?._tag === "Instant" ? { recordedUpTo: asOf.instant } : {}),
      ...(effectiveOn === undefined ? {} : { effectiveOn })
    })
  return resolveAgainst(await planStream(store, planId), planId, asked)
}
