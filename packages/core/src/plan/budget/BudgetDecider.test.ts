import { DeciderSpecification } from "@plan-ledger/eventstore/testkit"
import { describe, it } from "vitest"
import * as Fte from "../../money/Fte.js"
import * as Money from "../../money/Money.js"
import * as Period from "../../period/Period.js"
import { planSpecification as spec } from "../../testkit/DeciderSpecification.js"
import { withAmounts } from "../CommandFigures.js"
import type { StaffingCommand } from "../staffing/StaffingCommand.js"
import type { BudgetCommand } from "./BudgetCommand.js"
import type { PlanEvent } from "../PlanEvent.js"
import * as BudgetDecider from "./BudgetDecider.js"
import type { BudgetEvent } from "./events.js"

// A directorate plan with one budget table per unit; every figure is made up for the rule under test.
const planId = "directorate-2009-10"
const drafted: PlanEvent = {
  _tag: "PlanDrafted",
  planId,
  kind: "directorate-business-plan",
  title: "Directorate business plan 2009/10",
  ownerId: "kcc-cfe",
  period: Period.financialYear("2009/10")
}

type SetLine = Extract<BudgetCommand, { _tag: "SetBudgetLine" }>
const setLine = (unit: string, lineId: string, employee: string): SetLine => ({
  _tag: "SetBudgetLine",
  planId,
  lineId,
  activity: "Management and Support",
  unit,
  figures: {
    fte: Fte.fromDecimal("2.0"),
    employeeCosts: Money.fromThousands(employee),
    runningCosts: Money.zero,
    contractsAndProjects: Money.zero,
    externalIncome: Money.zero,
    internalIncome: Money.zero
  },
  stated: {}
})
const added = (command: SetLine): PlanEvent => {
  const { _tag, ...fields } = command
  return { ...fields, _tag: "BudgetLineAdded", fundingSource: "unspecified" }
}
const resourcesLine = setLine("Resources", "resources.management-and-support", "100.0")
const operationsLine = setLine("Operations", "operations.management-and-support", "200.0")

const stateTotals = (unit: string | undefined, controllable: string): Extract<BudgetCommand, { _tag: "StateBudgetTotals" }> => ({
  _tag: "StateBudgetTotals",
  planId,
  ...(unit === undefined ? {} : { unit }),
  row: "controllable-totals",
  stated: { controllableExpenditure: Money.fromThousands(controllable) }
})
const totalsStated = (command: ReturnType<typeof stateTotals>): PlanEvent => {
  const { _tag, ...fields } = command
  return { ...fields, _tag: "BudgetTotalsStated" }
}

const setMemorandum = (unit: string): Extract<BudgetCommand, { _tag: "SetMemorandumItem" }> => ({
  _tag: "SetMemorandumItem",
  planId,
  unit,
  itemId: "central-overheads",
  name: "Central Overheads",
  category: "central-overheads",
  amount: Money.fromThousands("10.0")
})

describe("budget decider, a plan with several units", () => {
  it("lets two units each hold a line of the same label, and refuses a second one in the same unit", () => {
    spec
      .given([drafted])
      .when([resourcesLine, operationsLine].map((command) => withAmounts(command)))
      .then([added(resourcesLine), added(operationsLine)])
    spec
      .given([drafted, added(resourcesLine)])
      .when(withAmounts({ ...resourcesLine, lineId: "another-line" }))
      .thenFails({ _tag: "DuplicateActivity", activity: "Management and Support", existingLineId: resourcesLine.lineId })
  })

  it("keeps each unit's printed totals apart from the other units' and from the plan's grand total", () => {
    const resources = stateTotals("Resources", "100.0")
    const operations = stateTotals("Operations", "200.0")
    const grand = stateTotals(undefined, "300.0")
    spec
      .given([drafted])
      .when([resources, operations, grand].map((command) => withAmounts(command)))
      .then([totalsStated(resources), totalsStated(operations), totalsStated(grand)])
    // Importing one unit's table again records nothing and leaves the others as they are.
    spec
      .given([drafted, totalsStated(resources), totalsStated(operations), totalsStated(grand)])
      .when(withAmounts(resources))
      .then([])
    const restated = stateTotals("Resources", "101.0")
    spec
      .given([drafted, totalsStated(resources), totalsStated(operations)])
      .when(withAmounts(restated))
      .then([totalsStated(restated)])
  })

  it("records a memorandum item of the same id in each unit", () => {
    const resources = setMemorandum("Resources")
    const operations = setMemorandum("Operations")
    const recorded = (command: typeof resources): PlanEvent => {
      const { _tag, ...fields } = command
      return { ...fields, _tag: "MemorandumItemRecorded" }
    }
    spec
      .given([drafted])
      .when([resources, operations].map((command) => withAmounts(command)))
      .then([recorded(resources), recorded(operations)])
    spec
      .given([drafted, recorded(resources), recorded(operations)])
      .when([operations, resources].map((command) => withAmounts(command)))
      .then([])
  })

  it("keeps each portfolio's staffing subtotal apart from the grand total", () => {
    const subtotal: Extract<StaffingCommand, { _tag: "StateStaffingTotal" }> = {
      _tag: "StateStaffingTotal",
      planId,
      unit: "Resources",
      priorFte: Fte.fromDecimal("10.0"),
      fte: Fte.fromDecimal("12.0")
    }
    const { _tag, ...fields } = subtotal
    const stated: PlanEvent = { ...fields, _tag: "StaffingTotalStated" }
    const grand: PlanEvent = { _tag: "StaffingTotalStated", planId, priorFte: Fte.fromDecimal("10.0"), fte: Fte.fromDecimal("12.0") }
    spec.given([drafted, grand]).when(withAmounts(subtotal)).then([stated])
    spec.given([drafted, grand, stated]).when(withAmounts(subtotal)).then([])
  })
})

// The variation statement's "Standards Fund" printed under pressure (+10) and under saving (−5).
const setItem = (section: "pressure" | "saving", amount: string): Extract<BudgetCommand, { _tag: "SetVariationItem" }> => ({
  _tag: "SetVariationItem",
  planId,
  itemId: "standards-fund",
  section,
  description: "Standards Fund",
  amount: Money.fromThousands(amount)
})
const itemRecorded = (command: ReturnType<typeof setItem>, upcast: { readonly idAcrossSections?: true } = {}): PlanEvent => {
  const { _tag, ...fields } = command
  return { ...fields, ...upcast, _tag: "VariationItemRecorded" }
}
// The same item as a ledger written before schema version 4 holds it, after upcasting.
const itemRecordedAtVersion3 = (command: ReturnType<typeof setItem>): PlanEvent => itemRecorded(command, { idAcrossSections: true })

describe("budget decider, variation items", () => {
  it("holds the same description under pressure and under saving as two items", () => {
    const pressure = setItem("pressure", "10")
    const saving = setItem("saving", "-5")
    spec
      .given([drafted])
      .when([pressure, saving].map((command) => withAmounts(command)))
      .then([itemRecorded(pressure), itemRecorded(saving)])
    // Both are held: importing either again records nothing.
    spec
      .given([drafted, itemRecorded(pressure), itemRecorded(saving)])
      .when([saving, pressure].map((command) => withAmounts(command)))
      .then([])
  })

  it("reads items written before version 4 as they were: one item per id, the later in its section", () => {
    const pressure = setItem("pressure", "10")
    const saving = setItem("saving", "-5")
    const history = [drafted, itemRecordedAtVersion3(pressure), itemRecordedAtVersion3(saving)]
    spec.given(history).when(withAmounts(saving)).then([])
    spec
      .given(history)
      .when(withAmounts(pressure))
      .then([itemRecorded(pressure)])
  })
})

describe("the budget slice's decider on its own", () => {
  // No plan around it: the slice's rules and fold alone (it reads nothing of the context).
  const slice = DeciderSpecification.make(BudgetDecider.decider, undefined)
  const { _tag, ...fields } = resourcesLine
  const lineAdded: BudgetEvent = { ...fields, _tag: "BudgetLineAdded", fundingSource: "unspecified" }

  it("adds a line, records nothing when it is set again, and refuses a positive income", () => {
    slice.given([]).when(resourcesLine).then([lineAdded])
    slice.given([lineAdded]).when(resourcesLine).then([])
    slice
      .given([])
      .when({ ...resourcesLine, figures: { ...resourcesLine.figures, externalIncome: Money.fromThousands("80.0") } })
      .thenFails({ _tag: "InvalidFigure", field: "external income" })
  })

  it("refuses a second line with a label another line of its unit has", () => {
    slice
      .given([lineAdded])
      .when({ ...resourcesLine, lineId: "resources.other" })
      .thenFails({ _tag: "DuplicateActivity", existingLineId: resourcesLine.lineId })
  })
})
