import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { Fte, Money } from "@plan-ledger/core"
import { describe, expect, it } from "vitest"
import { cliSandbox } from "./CliHarness.js"

// A directorate plan with a budget and an establishment per portfolio, built here: the figures are
// made up, and every expected total is computed from them.
const BUDGET_HEADER =
  "row_type,activity,unit,fte,employee_costs,running_costs,contracts_projects,external_income,internal_income,controllable_expenditure,cabinet_member,prior_controllable,prior_fte"
const UNITS = {
  Resources: {
    lines: [
      ["Finance", "300.0", "20.0"],
      ["Management and Support", "100.0", "5.0"]
    ],
    memorandum: "30.0"
  },
  Operations: {
    lines: [
      ["Attendance and Behaviour", "500.5", "40.0"],
      ["Management and Support", "80.0", "4.0"]
    ],
    memorandum: "12.5"
  }
} as const
type UnitName = keyof typeof UNITS
const controllable = (unit: UnitName): Money.Pence =>
  Money.sum(UNITS[unit].lines.flatMap(([, employee, running]) => [Money.fromThousands(employee), Money.fromThousands(running)]))
const thousands = (amount: Money.Pence): string => Money.formatThousandsExact(amount).replace(/,/g, "")

describe("plan-ledger import --unit, show budget and check for a plan with several units", () => {
  it("imports each unit's table, prints each unit and the plan total, re-imports a unit without change, and checks each unit", async () => {
    const sandbox = cliSandbox()
    const file = (name: string, lines: ReadonlyArray<string>): string => {
      const path = join(sandbox.cwd, name)
      writeFileSync(path, `${lines.join("\n")}\n`)
      return path
    }
    // Operations prints a Controllable Totals row 0.1 above its lines: a rounding warning of that unit.
    const unitBudget = (unit: UnitName, printedOffset: string): string =>
      file(`${unit.toLowerCase()}.csv`, [
        BUDGET_HEADER,
        ...UNITS[unit].lines.map(([activity, employee, running]) => `line,${activity},,1.0,${employee},${running},,,,,LR,,`),
        `total,Controllable Totals,,,,,,,,${thousands(Money.add(controllable(unit), Money.fromThousands(printedOffset)))},,,`,
        `memorandum,Central Overheads,,,,,,,,${UNITS[unit].memorandum},,,`
      ])
    const resources = unitBudget("Resources", "0.0")
    const operations = unitBudget("Operations", "0.1")
    const grandTotal = Money.add(controllable("Resources"), controllable("Operations"))
    const plan = file("plan-total.csv", [BUDGET_HEADER, `total,Controllable Totals,,,,,,,,${thousands(grandTotal)},,,`])

    const draft = ["--plan", "directorate-2009-10", "--period", "2009/10", "--create", "--title", "Directorate business plan"] as const
    expect((await sandbox.invoke("draft", ...draft, "--kind", "directorate-business-plan", "--reason", "budget by portfolio")).code).toBe(0)
    const importUnit = (path: string, unit: string) =>
      sandbox.invoke("import", "budget", path, "--plan", "directorate-2009-10", "--unit", unit)
    expect((await importUnit(resources, "Resources")).code).toBe(0)
    expect((await importUnit(operations, "Operations")).code).toBe(0)
    expect((await sandbox.invoke("import", "budget", plan, "--plan", "directorate-2009-10")).code).toBe(0)

    // Importing a unit again records nothing, and touches no other unit.
    const events = await sandbox.eventCount()
    const again = await importUnit(resources, "Resources")
    expect(again).toMatchObject({ code: 0, stderr: "" })
    expect(again.stdout).toContain("no change")
    expect(await sandbox.eventCount()).toBe(events)

    // A unit column that names another unit than --unit: refused at its place, nothing written.
    const misplaced = file("misplaced.csv", [BUDGET_HEADER, "line,Finance,Resources,1.0,300.0,20.0,,,,,LR,,"])
    const refused = await importUnit(misplaced, "Operations")
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(
      `${misplaced}:2:3 (unit): the row is in unit "Resources", but the file is imported into unit "Operations"`
    )
    expect(await sandbox.eventCount()).toBe(events)

    const markdown = await sandbox.invoke("show", "budget", "--plan", "directorate-2009-10")
    expect(markdown.code).toBe(0)
    const headings = markdown.stdout.split("\n").filter((line) => line.startsWith("### "))
    expect(headings).toEqual(["### Resources", "### Operations", "### Plan total across units"])
    const planTotalTable = markdown.stdout.slice(markdown.stdout.indexOf("### Plan total across units"))
    expect(planTotalTable).toContain(`**${Money.formatThousands(grandTotal)}**`)

    const json = (await sandbox.json("show", "budget", "--plan", "directorate-2009-10", "--format", "json")) as {
      totals: { controllableExpenditure: number }
      totalCostOfUnit: number
      units: ReadonlyArray<{ unit: string; lines: ReadonlyArray<{ activity: string }>; totals: { controllableExpenditure: number } }>
    }
    expect(json.units.map((table) => [table.unit, table.lines.length, table.totals.controllableExpenditure])).toEqual([
      ["Resources", 2, Money.toPounds(controllable("Resources"))],
      ["Operations", 2, Money.toPounds(controllable("Operations"))]
    ])
    expect(json.totals.controllableExpenditure).toBe(Money.toPounds(grandTotal))
    expect(json.totalCostOfUnit).toBe(
      Money.toPounds(
        Money.sum([grandTotal, Money.fromThousands(UNITS.Resources.memorandum), Money.fromThousands(UNITS.Operations.memorandum)])
      )
    )

    const history = await sandbox.invoke("history", "--plan", "directorate-2009-10")
    expect(history.stdout).toContain('added budget line Management and Support of unit "Resources"')
    expect(history.stdout).toContain('added budget line Management and Support of unit "Operations"')
    expect(history.stdout).toContain('added printed totals row Controllable Totals of unit "Operations"')

    const check = await sandbox.invoke("check", "--plan", "directorate-2009-10", "--format", "json")
    expect(check.code).toBe(0)
    const findings = (JSON.parse(check.stdout) as { findings: ReadonlyArray<{ severity: string; subject: string; difference: number }> })
      .findings
    expect(findings.map(({ severity, subject, difference }) => ({ severity, subject, difference }))).toEqual([
      {
        severity: "warning",
        subject: 'Controllable Totals of unit "Operations" controllable expenditure',
        difference: Money.toPounds(Money.fromThousands("0.1"))
      }
    ])
  })

  it("imports an establishment by division per portfolio with --unit and finds a justification of movement that does not add up", async () => {
    const sandbox = cliSandbox()
    const file = (name: string, lines: ReadonlyArray<string>): string => {
      const path = join(sandbox.cwd, name)
      writeFileSync(path, `${lines.join("\n")}\n`)
      return path
    }
    const divisions = { Resources: [["Finance", "20.5", "22.0"]], Operations: [["Attendance and Behaviour", "40.0", "45.0"]] } as const
    const change = Fte.sum(
      Object.values(divisions).flatMap((rows) =>
        rows.map(([, prior, current]) => Fte.subtract(Fte.fromDecimal(current), Fte.fromDecimal(prior)))
      )
    )
    const justified = Fte.subtract(change, Fte.fromDecimal("1.0"))
    const draft = [
      "--plan",
      "directorate-2009-10",
      "--period",
      "2009/10",
      "--create",
      "--title",
      "Directorate business plan",
      "--reason",
      "establishment"
    ]
    expect((await sandbox.invoke("draft", ...draft)).code).toBe(0)
    for (const [unit, rows] of Object.entries(divisions)) {
      const path = file(`${unit}.csv`, [
        "row_type,name,prior_fte,fte",
        ...rows.map(([name, prior, current]) => `division,${name},${prior},${current}`)
      ])
      expect((await sandbox.invoke("import", "staffing", path, "--plan", "directorate-2009-10", "--unit", unit)).code).toBe(0)
    }
    const movement = file("movement.csv", ["row_type,name,prior_fte,fte", `movement,MTP,,${Fte.formatExact(justified)}`])
    expect((await sandbox.invoke("import", "staffing", movement, "--plan", "directorate-2009-10")).code).toBe(0)

    const shown = await sandbox.invoke("show", "staffing", "--plan", "directorate-2009-10")
    expect(shown.stdout).toContain("*Subtotal: Resources*")
    expect(shown.stdout).toContain("*Subtotal: Operations*")
    const check = await sandbox.invoke("check", "--plan", "directorate-2009-10", "--format", "json")
    expect(check.code).toBe(1)
    expect(JSON.parse(check.stdout).findings).toEqual([
      expect.objectContaining({
        code: "movement-does-not-reconcile",
        severity: "error",
        stated: Fte.toNumber(justified),
        computed: Fte.toNumber(change)
      })
    ])
  })
})
