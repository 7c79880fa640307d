import { Either as EffectEither, ParseResult, Schema } from "effect"
import * as E from "fp-ts/lib/Either.js"
import type * as TE from "fp-ts/lib/TaskEither.js"
import * as t from "io-ts"
import { NewEvent } from "../event/EventEnvelope.js"
import type { ExecuteOutcome, Ledger, LedgerError } from "../ledger/Ledger.js"
import type { PlanCommand } from "../plan/PlanCommand.js"
import type { Provenance } from "../event/EventEnvelope.js"

/**
 * Converts an Effect `Either` (what the deciders return) to an fp-ts `Either`.
 *
 * @category conversions
 * @since 0.1.0
 */
export const fromEffectEither = <R, L>(either: EffectEither.Either<R, L>): E.Either<L, R> =>
  EffectEither.isRight(either) ? E.right(either.right) : E.left(either.left)

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

const decodeNewEvent = Schema.decodeUnknownEither(NewEvent)

/**
 * An io-ts codec for events ready to append. Validation is delegated to the Effect schema, so
 * the two can never disagree; the failure message is the schema's.
 *
 * @category codecs
 * @since 0.1.0
 */
export const NewEventCodec: t.Type<NewEvent, NewEvent, unknown> = new t.Type<NewEvent, NewEvent, unknown>(
  "NewEvent",
  (value): value is NewEvent => EffectEither.isRight(decodeNewEvent(value)),
  (value, context) => {
    const decoded = decodeNewEvent(value)
    return EffectEither.isRight(decoded)
      ? t.success(decoded.right)
      : t.failure(value, context, ParseResult.TreeFormatter.formatErrorSync(decoded.left))
  },
  (event) => event
)
