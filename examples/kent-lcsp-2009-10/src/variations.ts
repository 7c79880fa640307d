import { Money, type PlanCommand, type VariationSection } from "@plan-ledger/core"

type Item = readonly [itemId: string, section: VariationSection, description: string, amount: string, justification?: string]

// "LCSP Variation Statement", Kent County Council, LCSP Service Level Business Plan 2009/10, whole £000. Pay is printed above the heading "Other MTP
// Pressures (Prices/Demand/Gov Leg)", i.e. it is itself an MTP pressure, so it is recorded as a
// pressure. Justifications are paraphrased from the plan's "Impact of MTP" table.
const ITEMS: ReadonlyArray<Item> = [
  ["nurses", "base-adjustment", "Nurses", "96"],
  ["practitioners-to-attendance-behaviour", "base-adjustment", "Practitioners to Attendance & Behaviour", "-177"],
  ["locality-officers-to-aen", "base-adjustment", "Locality officers to AEN", "-380"],
  ["lcsp-pas-from-business-management", "base-adjustment", "LCSP PA's from Business Mgmt", "245"],
  ["whiteoaks-to-swanley", "base-adjustment", "Whiteoaks from CSS to Swanley LCSP", "86"],
  ["alternative-curriculum-transfer", "base-adjustment", "Tfr of Alternative Curriculum budgets to partnerships", "9,055"],
  ["sure-start-childrens-centres", "base-adjustment", "Sure Start / Children's Centres", "19,726"],
  ["primary-excellence-project", "base-adjustment", "Primary Excellence Project", "1,718"],
  ["standards-funding-increase", "base-adjustment", "Increase in Standards Funding (Extended Schools & EMAG)", "1,925"],
  ["pay", "pressure", "Pay", "295"],
  ["alternative-curriculum-prices", "pressure", "Alternative Curriculum prices increase", "218", "Inflation in the cost of placements"],
  [
    "alternative-curriculum-rate",
    "pressure",
    "Alternative Curriculum increase rate per place",
    "300",
    "A Joint Area Review recommendation, met by raising the rate per place so providers can offer a higher specification"
  ],
  [
    "individual-tuition",
    "pressure",
    "Individual tuition",
    "200",
    "Tuition at home and in other settings for pupils unable to attend mainstream education"
  ],
  [
    "lcsp-support",
    "pressure",
    "Net Increase in LCSP support (LEO's/LCSP managers & admin)",
    "148",
    "23 local education officer posts replaced by LCSP manager posts, plus the full-year cost of admin support"
  ],
  ["publicity-saving", "saving", "Publicity Saving", "-23", "Directorate savings"]
]

/**
 * The variation statement: opening budget, base adjustments, MTP pressures, the saving and the
 * printed closing budget.
 *
 * @category data
 * @since 0.1.0
 */
export const variationCommands = (planId: string): ReadonlyArray<PlanCommand> => [
  { _tag: "StateVariationOpening", planId, label: "2008/09 Budget (exc overheads)", amount: Money.thousands("16,790") },
  ...ITEMS.map(([itemId, section, description, amount, justification]): PlanCommand => ({
    _tag: "SetVariationItem",
    planId,
    itemId,
    section,
    description,
    amount: Money.thousands(amount),
    ...(justification === undefined ? {} : { justification })
  })),
  { _tag: "StateVariationClosing", planId, label: "Provisional 2009/10 Budget (exc overheads)", amount: Money.thousands("50,222") }
]
