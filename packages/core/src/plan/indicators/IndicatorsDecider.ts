import type { Decider } from "@plan-ledger/eventstore"
import { Result, Schema } from "effect"
import { match } from "ts-pattern"
import { evolveBy } from "../../internal/SliceHandlers.js"
import { unlessEquivalent } from "../../internal/unlessEquivalent.js"
import * as Period from "../../period/Period.js"
import { type IndicatorEvent, IndicatorValueReported, IndicatorValueUnavailable, PlanIndicatorAdded } from "./events.js"
import type { IndicatorsCommand } from "./IndicatorsCommand.js"
import { IndicatorNotInPlan } from "./IndicatorNotInPlan.js"
import { indicatorValueKey, type IndicatorsState, indicatorHandlers, emptyIndicators } from "./IndicatorsState.js"

type Violation = IndicatorNotInPlan

type Decision = Result.Result<ReadonlyArray<IndicatorEvent>, Violation>

// A value reported and a value reported unavailable are both "the value" for an area, period
// and kind: one replaces the other.
const IndicatorValue = Schema.Union([IndicatorValueReported, IndicatorValueUnavailable])

const reportedValue = (plan: IndicatorsState, produced: typeof IndicatorValue.Type): Decision => {
  const indicator = plan.indicators.get(produced.code)
  if (indicator === undefined) return Result.fail(new IndicatorNotInPlan({ planId: produced.planId, code: produced.code }))
  const held = indicator.values.get(indicatorValueKey(produced.area, produced.period, produced.kind))
  return Result.succeed(unlessEquivalent(IndicatorValue, held, produced, produced))
}

/**
 * What an indicators command records, or the rule it breaks (values are reported only for an
 * indicator in the plan's KPI table). A command whose content the plan already holds records
 * nothing.
 */
const decide = (command: IndicatorsCommand, plan: IndicatorsState): Decision =>
  match(command)
    .with({ _tag: "AddPlanIndicator" }, ({ _tag, ...fields }): Decision => {
      const produced = { _tag: "PlanIndicatorAdded" as const, ...fields }
      return Result.succeed(unlessEquivalent(PlanIndicatorAdded, plan.indicators.get(fields.code), produced, produced))
    })
    .with({ _tag: "ReportIndicatorValue" }, ({ _tag, ...fields }) => reportedValue(plan, { _tag: "IndicatorValueReported", ...fields }))
    .with({ _tag: "ReportIndicatorUnavailable" }, ({ _tag, ...fields }) =>
      reportedValue(plan, { _tag: "IndicatorValueUnavailable", ...fields })
    )
    .exhaustive()

/**
 * What an indicators command is about, in the table's own words (for restatements and refusals).
 *
 * @category deciders
 * @since 0.2.0
 */
export const describe = (command: IndicatorsCommand): string =>
  match(command)
    .with({ _tag: "AddPlanIndicator" }, ({ code }) => `indicator ${code}`)
    .with(
      { _tag: "ReportIndicatorValue" },
      { _tag: "ReportIndicatorUnavailable" },
      ({ code, kind, period }) => `the ${kind} of ${code} for ${Period.label(period)}`
    )
    .exhaustive()

/**
 * The indicators slice as a decider: `decide` above, the slice's fold (`indicatorHandlers`) as
 * `evolve` and the slice of a freshly drafted plan as its initial state. It reads nothing of the
 * context. `evolve` updates the accumulator it is handed in place (see docs/architecture.md,
 * "Folds update an accumulator they own").
 *
 * @category deciders
 * @since 0.5.0
 */
export const decider: Decider.Decider<IndicatorsState, IndicatorsCommand, IndicatorEvent, Violation, unknown> = {
  initialState: emptyIndicators,
  decide,
  evolve: evolveBy<IndicatorsState, IndicatorEvent, unknown>(indicatorHandlers)
}
