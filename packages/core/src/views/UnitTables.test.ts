import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as Fte from "../money/Fte.js"
import * as Money from "../money/Money.js"
import * as Period from "../period/Period.js"
import * as LedgerState from "../ledger/LedgerState.js"
import type { PlanEvent } from "../plan/PlanEvent.js"
import { foldable } from "../testkit/foldable.js"
import { planFields } from "./fields/PlanFields.js"
import * as BudgetStatement from "../plan/budget/views/BudgetStatement.js"
import * as ReconciliationFindings from "./ReconciliationFindings.js"
import * as StaffingTotals from "../plan/staffing/views/StaffingTotals.js"

// A directorate plan with a budget and an establishment per portfolio. Every figure is made up
// here, and every expected total is computed from these inputs.
const planId = "directorate-2009-10"
const drafted: PlanEvent = {
  _tag: "PlanDrafted",
  planId,
  kind: "directorate-business-plan",
  title: "Directorate business plan 2009/10",
  ownerId: "kcc-cfe",
  period: Period.financialYear("2009/10")
}

const INPUT = {
  Resources: { employee: ["120.4", "80.2"], running: "15.0", memorandum: "30.0" },
  Operations: { employee: ["300.1"], running: "40.5", memorandum: "55.5" }
} as const
type UnitName = keyof typeof INPUT

const lines = (unit: UnitName): ReadonlyArray<PlanEvent> =>
  INPUT[unit].employee.map((employee, index) => ({
    _tag: "BudgetLineAdded",
    planId,
    lineId: `${unit}-${index}`,
    activity: `Division ${index + 1}`,
    unit,
    fundingSource: "unspecified",
    figures: {
      fte: Fte.fromDecimal("3.0"),
      employeeCosts: Money.fromThousands(employee),
      runningCosts: Money.fromThousands(INPUT[unit].running),
      contractsAndProjects: Money.zero,
      externalIncome: Money.zero,
      internalIncome: Money.zero
    },
    stated: {}
  }))

const controllableOf = (unit: UnitName): Money.Pence =>
  Money.sum(INPUT[unit].employee.map((employee) => Money.add(Money.fromThousands(employee), Money.fromThousands(INPUT[unit].running))))

const memorandum = (unit: UnitName): PlanEvent => ({
  _tag: "MemorandumItemRecorded",
  planId,
  unit,
  itemId: "central-overheads",
  name: "Central Overheads",
  category: "central-overheads",
  amount: Money.fromThousands(INPUT[unit].memorandum)
})

const statedTotals = (unit: UnitName | undefined, controllable: Money.Pence): PlanEvent => ({
  _tag: "BudgetTotalsStated",
  planId,
  ...(unit === undefined ? {} : { unit }),
  row: "controllable-totals",
  stated: { controllableExpenditure: controllable }
})

const ledgerOf = (events: ReadonlyArray<PlanEvent>) => LedgerState.replay(foldable([drafted, ...events]))

const budget = [...lines("Resources"), memorandum("Resources"), ...lines("Operations"), memorandum("Operations")]

describe("a plan with a budget table per unit", () => {
  it("projects each unit's table with its own totals and the plan's grand total across units", async () => {
    const ledger = await ledgerOf(budget)
    const statement = Result.getOrThrow(BudgetStatement.project(ledger, planId))
    expect(statement.units.map((table) => table.unit)).toEqual(["Resources", "Operations"])
    for (const table of statement.units) {
      const unit = table.unit as UnitName
      expect(table.lines).toHaveLength(INPUT[unit].employee.length)
      expect(table.totals.controllableExpenditure).toBe(controllableOf(unit))
      expect(table.totalCostOfUnit.amount).toBe(Money.add(controllableOf(unit), Money.fromThousands(INPUT[unit].memorandum)))
    }
    const grandControllable = Money.add(controllableOf("Resources"), controllableOf("Operations"))
    expect(statement.totals.controllableExpenditure).toBe(grandControllable)
    expect(statement.totalCostOfUnit.amount).toBe(
      Money.sum([grandControllable, Money.fromThousands(INPUT.Resources.memorandum), Money.fromThousands(INPUT.Operations.memorandum)])
    )
  })

  it("sets out as one table a plan whose lines all sit in one unit under the plan's own totals", async () => {
    const ledger = await ledgerOf([...lines("Resources"), statedTotals(undefined, controllableOf("Resources"))])
    const statement = Result.getOrThrow(BudgetStatement.project(ledger, planId))
    expect(statement.units).toEqual([])
    expect(Result.getOrThrow(ReconciliationFindings.project(ledger, planId))).toEqual([])
  })

  it("checks each unit's printed totals against its own lines, and the grand total against every line, naming the table", async () => {
    const penny = Money.fromThousands("0.1")
    const grand = Money.add(controllableOf("Resources"), controllableOf("Operations"))
    const ledger = await ledgerOf([
      ...budget,
      statedTotals("Resources", controllableOf("Resources")),
      statedTotals("Operations", Money.add(controllableOf("Operations"), penny)),
      statedTotals(undefined, Money.add(grand, Money.fromThousands("100.0")))
    ])
    const findings = Result.getOrThrow(ReconciliationFindings.project(ledger, planId))
    expect(findings.map(({ severity, subject, difference }) => ({ severity, subject, difference }))).toEqual([
      { severity: "warning", subject: 'Controllable Totals of unit "Operations" controllable expenditure', difference: penny },
      {
        severity: "error",
        subject: "Controllable Totals (grand total across units) controllable expenditure",
        difference: Money.fromThousands("100.0")
      }
    ])
  })

  it("names the unit of a line, a printed totals row and a memorandum item in the plan's fields", async () => {
    const ledger = await ledgerOf([...budget, statedTotals("Operations", controllableOf("Operations"))])
    const labels = planFields(ledger.plans.get(planId)).map((field) => field.subject.label)
    expect(labels).toContain('Division 1 of unit "Resources"')
    expect(labels).toContain('Division 1 of unit "Operations"')
    expect(labels).toContain('printed Controllable Totals of unit "Operations"')
    expect(labels).toContain('Central Overheads of unit "Operations"')
  })
})

describe("an establishment by division with subtotals per portfolio", () => {
  const DIVISIONS = [
    { unit: "Resources", name: "Finance", prior: "20.5", current: "22.0" },
    { unit: "Resources", name: "Personnel", prior: "10.0", current: "9.5" },
    { unit: "Operations", name: "Attendance and Behaviour", prior: "40.25", current: "45.0" }
  ] as const
  const rows: ReadonlyArray<PlanEvent> = DIVISIONS.map((division) => ({
    _tag: "StaffingRowRecorded",
    planId,
    unit: division.unit,
    rowType: "division",
    name: division.name,
    priorFte: Fte.fromDecimal(division.prior),
    fte: Fte.fromDecimal(division.current)
  }))
  const sum = (unit: string | undefined, pick: (division: (typeof DIVISIONS)[number]) => string): Fte.Fte =>
    Fte.sum(DIVISIONS.filter((division) => unit === undefined || division.unit === unit).map((division) => Fte.fromDecimal(pick(division))))
  const difference = Fte.subtract(
    sum(undefined, (division) => division.current),
    sum(undefined, (division) => division.prior)
  )
  const movement = (category: string, fte: Fte.Fte): PlanEvent => ({ _tag: "StaffingMovementJustified", planId, category, fte })

  it("subtotals each portfolio and totals the plan, and a justification of movement that adds up finds nothing", async () => {
    const ledger = await ledgerOf([...rows, movement("MTP", difference)])
    const totals = Result.getOrThrow(StaffingTotals.project(ledger, planId))
    expect(totals.units.map((table) => [table.unit, table.totals.priorFte, table.totals.fte])).toEqual([
      ["Resources", sum("Resources", (division) => division.prior), sum("Resources", (division) => division.current)],
      ["Operations", sum("Operations", (division) => division.prior), sum("Operations", (division) => division.current)]
    ])
    expect(totals.totals.difference).toBe(difference)
    expect(totals.movementsReconcile).toBe(true)
    expect(Result.getOrThrow(ReconciliationFindings.project(ledger, planId))).toEqual([])
  })

  it("finds a justification of movement that does not add up to the total difference, and a portfolio subtotal that is not its rows", async () => {
    const offBy = Fte.fromDecimal("5.0")
    const stated: PlanEvent = {
      _tag: "StaffingTotalStated",
      planId,
      unit: "Resources",
      priorFte: sum("Resources", (division) => division.prior),
      fte: Fte.add(
        sum("Resources", (division) => division.current),
        Fte.fromDecimal("0.01")
      )
    }
    const ledger = await ledgerOf([...rows, stated, movement("MTP", Fte.subtract(difference, offBy))])
    const findings = Result.getOrThrow(ReconciliationFindings.project(ledger, planId))
    expect(findings.map(({ code, severity, subject, difference: found }) => ({ code, severity, subject, difference: found }))).toEqual([
      {
        code: "stated-total-mismatch",
        severity: "warning",
        subject: 'staffing total of unit "Resources"',
        difference: Fte.fromDecimal("0.01")
      },
      { code: "movement-does-not-reconcile", severity: "error", subject: "staffing justification of movement", difference: -offBy }
    ])
  })
})
