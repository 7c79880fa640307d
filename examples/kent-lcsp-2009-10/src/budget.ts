import { Fte, Money, type PlanCommand } from "@plan-ledger/core"

type Row = readonly [
  lineId: string,
  priorControllable: string,
  priorFte: string,
  activity: string,
  fte: string,
  employeeCosts: string,
  runningCosts: string,
  grossExpenditure: string,
  externalIncome: string,
  internalIncome: string,
  controllableExpenditure: string
]

// Revenue budget "Operations, Resources and Skills (CFE) Local Children's Service Partnership",
// Kent County Council, LCSP Service Level Business Plan 2009/10: 2008-09 controllable expenditure and FTE, then the 2009-10 columns, all £000. The
// contracts & projects column is blank on every line. Every line's cabinet member is MD.
// The row printed as "Other Centres" carries the Children's Centres figures the plan describes
// elsewhere (a label shifted against its row); it is kept as printed, never silently relabelled.
const ROWS: ReadonlyArray<Row> = [
  ["behaviour-service", "849.1", "18.8", "Behaviour Service", "19.5", "870.1", "0.0", "870.1", "0.0", "0.0", "870.1"],
  ["cognition-and-learning", "868.1", "19.6", "Cognition & Learning", "19.1", "888.1", "0.0", "888.1", "0.0", "0.0", "888.1"],
  ["communication-and-interaction", "582.6", "13.0", "Communication & Interaction", "12.8", "596.6", "0.0", "596.6", "0.0", "0.0", "596.6"],
  ["education-welfare", "1,528.3", "54.7", "Education Welfare", "50.2", "1,351.5", "0.0", "1,351.5", "0.0", "0.0", "1,351.5"],
  ["aen", "380.0", "14.0", "AEN", "0.0", "0.0", "0.0", "0.0", "0.0", "0.0", "0.0"],
  ["early-years", "2,527.8", "59.1", "Early Years", "59.2", "2,706.2", "0.0", "2,706.2", "0.0", "-140.4", "2,565.8"],
  ["extended-schools", "636.8", "12.6", "Extended Schools", "12.6", "642.8", "0.0", "642.8", "0.0", "0.0", "642.8"],
  [
    "alternative-curriculum",
    "0.0",
    "34.3",
    "Alternative Curriculum (inc. pupil referral service)",
    "131.6",
    "5,450.1",
    "4,545.1",
    "9,995.2",
    "0.0",
    "-101.0",
    "9,894.2"
  ],
  ["admin", "2,441.0", "0.0", "Admin", "58.2", "2,313.8", "527.4", "2,841.2", "0.0", "0.0", "2,841.2"],
  ["partnership-boards", "705.0", "0.0", "Partnership boards", "0.7", "24.5", "680.5", "705.0", "0.0", "0.0", "705.0"],
  ["partnership-nurses", "69.0", "0.0", "Partnership nurses", "0.0", "0.0", "165.0", "165.0", "0.0", "0.0", "165.0"],
  ["base", "31.9", "0.0", "Base", "0.0", "0.0", "31.9", "31.9", "0.0", "0.0", "31.9"],
  [
    "extended-schools-grants",
    "1,796.9",
    "0.0",
    "Extended Schools Grants (Standards Fund)",
    "16.2",
    "1,196.0",
    "2,431.8",
    "3,627.8",
    "0.0",
    "0.0",
    "3,627.8"
  ],
  ["emag-standards-fund", "922.8", "16.7", "EMAG Standards Fund", "17.9", "1,017.0", "0.0", "1,017.0", "0.0", "0.0", "1,017.0"],
  ["hands-on-support", "1,215.5", "0.0", "Hands On Support", "0.2", "1,215.5", "0.0", "1,215.5", "0.0", "0.0", "1,215.5"],
  ["aen-inclusion", "363.6", "0.0", "AEN Inclusion", "0.0", "0.0", "363.6", "363.6", "0.0", "0.0", "363.6"],
  ["physical-and-sensory", "1,076.5", "24.6", "Physical & Sensory", "25.0", "1,186.5", "0.0", "1,186.5", "-80.0", "0.0", "1,106.5"],
  [
    "child-development-officers",
    "794.9",
    "26.0",
    "Child Development Officers - Sure Start Children Centres and Sure Start Local Programmes",
    "26.3",
    "818.8",
    "16.1",
    "834.9",
    "0.0",
    "0.0",
    "834.9"
  ],
  ["other-centres", "0.0", "0.0", "Other Centres", "299.2", "15,287.8", "4,583.6", "19,871.4", "-184.9", "0.0", "19,686.5"],
  [
    "primary-excellence-project",
    "0.0",
    "1.5",
    "Primary excellence project - base",
    "5.2",
    "131.1",
    "11.0",
    "142.1",
    "-56.1",
    "0.0",
    "86.0"
  ],
  ["capital-charges", "0.0", "0.0", "Capital Charges", "23.0", "1,666.6", "66.0", "1,732.6", "0.0", "0.0", "1,732.6"]
]

/**
 * The budget lines, the printed Controllable Totals and Total Cost of Unit rows, and the
 * memorandum items, as commands.
 *
 * @category data
 * @since 0.1.0
 */
export const budgetCommands = (planId: string): ReadonlyArray<PlanCommand> => [
  ...ROWS.map(
    ([
      lineId,
      priorControllable,
      priorFte,
      activity,
      fte,
      employeeCosts,
      runningCosts,
      gross,
      externalIncome,
      internalIncome,
      controllable
    ]): PlanCommand => ({
      _tag: "SetBudgetLine",
      planId,
      lineId,
      activity,
      unit: "Local Children's Services Partnerships",
      cabinetMember: "MD",
      figures: {
        fte: Fte.of(fte),
        employeeCosts: Money.thousands(employeeCosts),
        runningCosts: Money.thousands(runningCosts),
        contractsAndProjects: Money.pence(0),
        externalIncome: Money.thousands(externalIncome),
        internalIncome: Money.thousands(internalIncome)
      },
      prior: { controllableExpenditure: Money.thousands(priorControllable), fte: Fte.of(priorFte) },
      stated: { grossExpenditure: Money.thousands(gross), controllableExpenditure: Money.thousands(controllable) }
    })
  ),
  {
    _tag: "StateBudgetTotals",
    planId,
    row: "controllable-totals",
    stated: {
      fte: Fte.of("776.9"),
      employeeCosts: Money.thousands("37,363.0"),
      runningCosts: Money.thousands("13,422.0"),
      contractsAndProjects: Money.thousands("0.0"),
      grossExpenditure: Money.thousands("50,785.0"),
      externalIncome: Money.thousands("-321.0"),
      internalIncome: Money.thousands("-241.4"),
      controllableExpenditure: Money.thousands("50,222.6"),
      priorControllableExpenditure: Money.thousands("16,789.8"),
      priorFte: Fte.of("294.9")
    }
  },
  {
    _tag: "SetMemorandumItem",
    planId,
    itemId: "central-overheads",
    name: "Central Overheads",
    category: "central-overheads",
    amount: Money.thousands("141.1"),
    priorAmount: Money.thousands("1,640.8")
  },
  {
    _tag: "SetMemorandumItem",
    planId,
    itemId: "directorate-overheads",
    name: "Directorate Overheads",
    category: "directorate-overheads",
    amount: Money.thousands("937.2"),
    priorAmount: Money.thousands("284.8")
  },
  {
    _tag: "StateBudgetTotals",
    planId,
    row: "total-cost-of-unit",
    stated: {
      fte: Fte.of("776.9"),
      grossExpenditure: Money.thousands("50,785.0"),
      externalIncome: Money.thousands("-321.0"),
      internalIncome: Money.thousands("-241.4"),
      controllableExpenditure: Money.thousands("51,300.9"),
      priorControllableExpenditure: Money.thousands("18,715.4"),
      priorFte: Fte.of("294.9")
    }
  }
]
