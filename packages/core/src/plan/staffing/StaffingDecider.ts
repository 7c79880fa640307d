import type { Decider } from "@plan-ledger/eventstore"
import { Result, Schema } from "effect"
import { match } from "ts-pattern"
import { evolveBy } from "../../internal/SliceHandlers.js"
import { unlessEquivalent } from "../../internal/unlessEquivalent.js"
import { Fte } from "../../money/Fte.js"
import { InvalidFigure } from "../../money/InvalidFigure.js"
import { type StaffingEvent, StaffingRowRecorded, StaffingTotalStated } from "./events.js"
import type { StaffingCommand } from "./StaffingCommand.js"
import { labelInUnit } from "../Unit.js"
import { staffingRowKey, type StaffingState, staffingHandlers, emptyStaffing } from "./StaffingState.js"

type Violation = InvalidFigure

type Decision = Result.Result<ReadonlyArray<StaffingEvent>, Violation>

/**
 * What a staffing command records, or the rule it breaks (FTE is never negative). A command whose
 * content the plan already holds records nothing.
 */
const decide = (command: StaffingCommand, plan: StaffingState): Decision =>
  match(command)
    .with({ _tag: "SetStaffingRow" }, ({ _tag, ...row }): Decision => {
      if ((row.fte ?? 0) < 0 || (row.priorFte ?? 0) < 0) {
        return Result.fail(
          new InvalidFigure({ planId: row.planId, subject: `staffing row "${row.name}"`, field: "FTE", rule: "cannot be negative" })
        )
      }
      const produced = { _tag: "StaffingRowRecorded" as const, ...row }
      return Result.succeed(
        unlessEquivalent(StaffingRowRecorded, plan.staffingRows.get(staffingRowKey(row.rowType, row.name, row.unit)), produced, produced)
      )
    })
    .with({ _tag: "StateStaffingTotal" }, ({ _tag, ...total }): Decision => {
      const produced = { _tag: "StaffingTotalStated" as const, ...total }
      const held = total.unit === undefined ? plan.staffingTotal : plan.unitStaffingTotals.get(total.unit)
      return Result.succeed(unlessEquivalent(StaffingTotalStated, held, produced, produced))
    })
    .with({ _tag: "SetExternalFunding" }, ({ _tag, ...fields }): Decision =>
      Result.succeed(
        unlessEquivalent(Fte, plan.externalFunding.get(fields.source), fields.fte, { _tag: "ExternalFundingRecorded" as const, ...fields })
      )
    )
    .with({ _tag: "JustifyStaffingMovement" }, ({ _tag, ...fields }): Decision =>
      Result.succeed(
        unlessEquivalent(Fte, plan.staffingMovements.get(fields.category), fields.fte, {
          _tag: "StaffingMovementJustified" as const,
          ...fields
        })
      )
    )
    .with({ _tag: "ExplainStaffingChange" }, ({ _tag, ...fields }): Decision =>
      Result.succeed(
        unlessEquivalent(Schema.String, plan.staffingExplanation, fields.explanation, {
          _tag: "StaffingChangeExplained" as const,
          ...fields
        })
      )
    )
    .exhaustive()

/**
 * What a staffing command is about, in the table's own words (for restatements and refusals).
 *
 * @category deciders
 * @since 0.2.0
 */
export const describe = (command: StaffingCommand): string =>
  match(command)
    .with({ _tag: "SetStaffingRow" }, ({ name, unit }) => labelInUnit(`staffing row "${name}"`, unit))
    .with({ _tag: "StateStaffingTotal" }, ({ unit }) => labelInUnit("the stated staffing total", unit))
    .with({ _tag: "SetExternalFunding" }, ({ source }) => `externally funded FTE from "${source}"`)
    .with({ _tag: "JustifyStaffingMovement" }, ({ category }) => `staffing movement "${category}"`)
    .with({ _tag: "ExplainStaffingChange" }, () => "the staffing explanation")
    .exhaustive()

/**
 * The staffing slice as a decider: `decide` above, the slice's fold (`staffingHandlers`) as
 * `evolve` and the slice of a freshly drafted plan as its initial state. It reads nothing of the
 * context. `evolve` updates the accumulator it is handed in place (see docs/architecture.md,
 * "Folds update an accumulator they own").
 *
 * @category deciders
 * @since 0.5.0
 */
export const decider: Decider.Decider<StaffingState, StaffingCommand, StaffingEvent, Violation, unknown> = {
  initialState: emptyStaffing,
  decide,
  evolve: evolveBy<StaffingState, StaffingEvent, unknown>(staffingHandlers)
}
