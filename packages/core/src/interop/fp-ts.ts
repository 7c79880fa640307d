import { Result, Schema } from "effect"
import * as E from "fp-ts/lib/Either.js"
import type * as TE from "fp-ts/lib/TaskEither.js"
import * as t from "io-ts"
import { NewEvent } from "../event/EventEnvelope.js"
import { locatedIssue } from "@plan-ledger/eventstore"
import type { ExecuteOutcome, Ledger, LedgerError } from "../ledger/Ledger.js"
import type { PlanCommand } from "../plan/PlanCommand.js"
import type { Provenance } from "@plan-ledger/eventstore"

/**
 * Converts an Effect `Result` (what the deciders and projections return) to an fp-ts `Either`:
 * a success on the right, a failure on the left.
 *
 * @category conversions
 * @since 0.4.0
 */
export const fromEffectResult = <A, Failure>(result: Result.Result<A, Failure>): E.Either<Failure, A> =>
  Result.isSuccess(result) ? E.right(result.success) : E.left(result.failure)

/**
 * `Ledger.executePlan` as an fp-ts `TaskEither`, for code written with fp-ts.
 *
 * @example
 * import { InMemoryEventStore, Ledger } from "@plan-ledger/core"
 * import { executePlanTask } from "@plan-ledger/core/interop/fp-ts"
 * const task = executePlanTask(Ledger.make({ store: InMemoryEventStore.make() }), "lcsp-2009-10", [], {
 *   actor: "officer", reason: "example", effectiveDate: "2009-04-01" as never
 * })
 * await task() // Either<LedgerError, …>
 *
 * @category commands
 * @since 0.1.0
 */
export const executePlanTask =
  (
    ledger: Ledger,
    planId: string,
    commands: ReadonlyArray<PlanCommand>,
    provenance: Provenance
  ): TE.TaskEither<LedgerError, Extract<ExecuteOutcome, { readonly ok: true }>> =>
  async () => {
    const outcome = await ledger.executePlan(planId, commands, provenance)
    return outcome.ok ? E.right(outcome) : E.left(outcome.error)
  }

// Rejected values are kept with the issue, so the failure message can say what was found.
const decodeNewEvent = Schema.decodeUnknownResult(NewEvent, { reportInput: true })

/**
 * An io-ts codec for events ready to append. Validation is delegated to the Effect schema, so
 * the two can never disagree; the failure message is the first issue the schema found, located
 * by its path (`at actor: Expected a string with no leading or trailing whitespace, got " x"`).
 *
 * @category codecs
 * @since 0.1.0
 */
export const NewEventCodec: t.Type<NewEvent, NewEvent, unknown> = new t.Type<NewEvent, NewEvent, unknown>(
  "NewEvent",
  (value): value is NewEvent => Result.isSuccess(decodeNewEvent(value)),
  (value, context) => {
    const decoded = decodeNewEvent(value)
    return Result.isSuccess(decoded) ? t.success(decoded.success) : t.failure(value, context, locatedIssue(decoded.failure))
  },
  (event) => event
)
