import { Fte, type PlanCommand } from "@plan-ledger/core"

/**
 * The "Staffing Levels" table of Kent County Council, LCSP Service Level Business Plan 2009/10: the pay-band rows are printed blank, so only the total
 * (294.9 FTE in 2008/09, 776.9 in 2009/10) and the explanation are recorded.
 *
 * @category data
 * @since 0.1.0
 */
export const staffingCommands = (planId: string): ReadonlyArray<PlanCommand> => [
  { _tag: "SetStaffingRow", planId, rowType: "band", name: "Pt13 and above or equivalent" },
  { _tag: "SetStaffingRow", planId, rowType: "band", name: "Pt12 and below" },
  { _tag: "StateStaffingTotal", planId, priorFte: Fte.of("294.9"), fte: Fte.of("776.9") },
  {
    _tag: "ExplainStaffingChange",
    planId,
    explanation: "The rise comes from Children's Centres, pupil referral units and Alternative Curriculum provision moving into the LCSPs."
  }
]
