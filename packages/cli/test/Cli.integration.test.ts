import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { DatabaseSync } from "node:sqlite"
import { beforeAll, describe, expect, it } from "vitest"
import { cliSandbox, exampleCsv } from "./CliHarness.js"

const PLAN = "lcsp-2009-10"

// The expected figures are the ones Kent County Council, LCSP Service Level Business Plan 2009/10 prints: the revenue budget table
// "Operations, Resources and Skills (CFE) Local Children's Service Partnership" (Controllable
// Totals row), the "LCSP Variation Statement", the "Staffing Levels" table and the "Key
// Performance Indicators" table. The CLI computes them from the imported CSV files.
describe("plan-ledger on the tables of the LCSP Service Level Business Plan 2009/10", () => {
  const sandbox = cliSandbox()

  beforeAll(async () => {
    expect(
      (
        await sandbox.invoke(
          "import",
          "budget",
          exampleCsv("budget.csv"),
          "--plan",
          PLAN,
          "--period",
          "2009/10",
          "--create",
          "--title",
          "LCSP business plan 2009/10"
        )
      ).code
    ).toBe(0)
    expect((await sandbox.invoke("import", "variations", exampleCsv("variations.csv"), "--plan", PLAN)).code).toBe(0)
    expect((await sandbox.invoke("import", "staffing", exampleCsv("staffing.csv"), "--plan", PLAN)).code).toBe(0)
    expect((await sandbox.invoke("import", "indicators", exampleCsv("indicators.csv"), "--plan", PLAN, "--area", "kent-lcsps")).code).toBe(
      0
    )
  })

  it("shows the budget statement's controllable totals in pounds and FTE", async () => {
    const budget = await sandbox.json("show", "budget", "--plan", PLAN, "--format", "json")
    expect(budget.totals).toMatchObject({
      fte: 776.9,
      grossExpenditure: 50_785_000,
      externalIncome: -321_000,
      internalIncome: -241_400,
      controllableExpenditure: 50_222_600,
      prior: { controllableExpenditure: 16_789_800, fte: 294.9 }
    })
    expect(budget.lines).toHaveLength(21)
    expect(budget.totalCostOfUnit).toBe(51_300_900)
  })

  it("shows the variation statement 16,790 → 50,222 and its 0.6 difference", async () => {
    const variations = await sandbox.json("show", "variations", "--plan", PLAN, "--format", "json")
    expect(variations.opening.amount).toBe(16_790_000)
    expect(variations.closing.amount).toBe(50_222_000)
    expect(variations.budgetControllableTotal).toBe(50_222_600)
    expect(variations.difference).toBe(600)
  })

  it("shows staffing 294.9 → 776.9 FTE", async () => {
    const staffing = await sandbox.json("show", "staffing", "--plan", PLAN, "--format", "json")
    expect(staffing.totals).toMatchObject({ priorFte: 294.9, fte: 776.9, difference: 482 })
  })

  it("scores NI 117 met, NI 75 near, NI 69 no-target", async () => {
    const scorecard = await sandbox.json("show", "scorecard", "--plan", PLAN, "--format", "json")
    const status = Object.fromEntries(scorecard.indicators.map((row: { code: string; status: string }) => [row.code, row.status]))
    expect(status).toMatchObject({ "NI 117": "met", "NI 75": "near", "NI 69": "no-target" })
    // NI 87's target is printed as a 2008/9 academic-year target: the period says so once.
    const markdown = await sandbox.invoke("show", "scorecard", "--plan", PLAN)
    expect(markdown.stdout).toContain("(2008/09 academic)")
    expect(markdown.stdout).not.toContain("academic, academic-year")
  })

  it("reports the 0.6 variation difference as a warning, and check exits 0", async () => {
    const result = await sandbox.invoke("check", "--plan", PLAN, "--format", "json")
    expect(result.code).toBe(0)
    const { findings } = JSON.parse(result.stdout)
    expect(findings).toContainEqual(expect.objectContaining({ severity: "warning", code: "variation-does-not-reconcile", difference: 600 }))
    const warning = findings.find((finding: { severity: string }) => finding.severity === "warning")
    expect(warning.message).toContain("which the rounding of the published figures explains")
    expect(warning.message).not.toMatch(/is not|does not|differs from/)
  })

  it("records nothing when a file is imported again", async () => {
    const before = await sandbox.eventCount()
    const again = await sandbox.invoke("import", "budget", exampleCsv("budget.csv"), "--plan", PLAN, "--period", "2009/10", "--create")
    expect(again.code).toBe(0)
    expect(again.stdout).toContain("no change")
    expect(await sandbox.eventCount()).toBe(before)
  })

  it("keeps the history with who imported what, from which file", async () => {
    const { history } = await sandbox.json("show", "history", "--plan", PLAN, "--format", "json")
    expect(history[1]).toMatchObject({
      type: "BudgetLineAdded",
      actor: "test-officer",
      source: { document: "budget.csv" },
      reason: "imported the budget table from budget.csv"
    })
  })

  it("writes CSV that a spreadsheet cannot run as a formula", async () => {
    const file = join(sandbox.cwd, "evil.csv")
    writeFileSync(
      file,
      'activity,fte,employee_costs,running_costs,contracts_projects,external_income,internal_income,cabinet_member,prior_controllable,prior_fte\n"=HYPERLINK(""http://x"")",0,1,0,,0,0,MD,,\n'
    )
    expect((await sandbox.invoke("import", "budget", file, "--plan", "evil-plan", "--period", "2009/10", "--create")).code).toBe(0)
    const { stdout } = await sandbox.invoke("show", "budget", "--plan", "evil-plan", "--format", "csv")
    expect(stdout).toContain(`,"'=HYPERLINK(""http://x"")",`)
  })
})

describe("plan-ledger on bad input", () => {
  const sandbox = cliSandbox()
  const write = (name: string, text: string): string => {
    const file = join(sandbox.cwd, name)
    writeFileSync(file, text)
    return file
  }
  const budgetHeader =
    "activity,fte,employee_costs,running_costs,contracts_projects,external_income,internal_income,cabinet_member,prior_controllable,prior_fte"

  beforeAll(async () => {
    expect(
      (await sandbox.invoke("import", "budget", exampleCsv("budget.csv"), "--plan", PLAN, "--period", "2009/10", "--create")).code
    ).toBe(0)
  })

  const rejects = async (table: string, file: string, ...messages: ReadonlyArray<string>) => {
    const before = await sandbox.eventCount()
    const result = await sandbox.invoke("import", table, file, "--plan", PLAN)
    expect(result.code).toBe(2)
    for (const message of messages) expect(result.stderr).toContain(message)
    expect(result.stderr).toContain("nothing was imported")
    expect(await sandbox.eventCount()).toBe(before)
  }

  it("rejects a budget with a bad number, a blank activity and a duplicate activity, listing each", async () => {
    const file = write(
      "budget.csv",
      [budgetHeader, 'Base,0,"1,52O.3",0,,0,0,MD,,', ",0,0,0,,0,0,MD,,", "Admin,1,1,1,,0,0,MD,,", "Admin,1,1,1,,0,0,MD,,"].join("\n")
    )
    await rejects(
      "budget",
      file,
      'budget.csv:2:3 (employee_costs): "1,52O.3" is not a number — a decimal in £000 such as 1,520.3',
      "budget.csv:3:1 (activity): activity is blank",
      'budget.csv:5:1 (activity): activity "Admin" appears twice (first on line 4)'
    )
  })

  it("rejects variations with an unknown column and a wrong section", async () => {
    await rejects(
      "variations",
      write("variations.csv", "section,description,amount,colour\nbase,Pay,295,red"),
      'variations.csv:1:4 (colour): unknown column "colour"',
      'variations.csv:2:1 (section): "base" is not a valid section'
    )
  })

  it("rejects staffing without its header", async () => {
    await rejects(
      "staffing",
      write("staffing.csv", "TOTAL,294.9,776.9\n"),
      "staffing.csv:1:1: missing columns row_type, name, prior_fte, fte"
    )
  })

  it("rejects indicators with a wrong enum value", async () => {
    await rejects(
      "indicators",
      write("kpi.csv", "code,title,unit,polarity,period,kind,value\nNI 117,NEET,percentage,lower-is-better,2009/10,target,5.9"),
      'kpi.csv:2:3 (unit): "percentage" is not a valid unit — one of percent, count, rate-per-1000, points'
    )
  })

  it("exits 1 from check when a printed total is wrong beyond rounding", async () => {
    const file = write(
      "wrong-total.csv",
      `row_type,${budgetHeader},controllable_expenditure\nline,Base,0,0,31.9,,0,0,MD,,,\ntotal,Controllable Totals,,,,,,,,,,41.9`
    )
    expect((await sandbox.invoke("import", "budget", file, "--plan", "wrong-plan", "--period", "2009/10", "--create")).code).toBe(0)
    const result = await sandbox.invoke("check", "--plan", "wrong-plan")
    expect(result.code).toBe(1)
    expect(result.stdout).toContain("stated-total-mismatch")
  })

  it("refuses a silent change to an approved plan, and records it as a restatement with an authority", async () => {
    expect((await sandbox.invoke("approve", "--plan", PLAN, "--by", "Cabinet", "--on", "2009-03-16")).code).toBe(0)
    const changed = write("changed.csv", [budgetHeader, "Base,0.0,0.0,35.0,,0.0,0.0,MD,31.9,0.0"].join("\n"))
    const refused = await sandbox.invoke("import", "budget", changed, "--plan", PLAN)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain("cannot be changed silently")
    const restated = await sandbox.invoke(
      "import",
      "budget",
      changed,
      "--plan",
      PLAN,
      "--authority",
      "Cabinet Member decision 09/01234",
      "--reason",
      "rent review"
    )
    expect(restated.code).toBe(0)
    const plan = await sandbox.json("show", "plan", "--plan", PLAN, "--format", "json")
    expect(plan.restatements).toEqual([
      expect.objectContaining({ subject: 'budget line "Base"', authority: "Cabinet Member decision 09/01234", reason: "rent review" })
    ])
  })

  it("copies the ledger into a JSONL file that verifies and shows the same budget", async () => {
    const target = `jsonl:${join(sandbox.cwd, "copy.jsonl")}`
    const copied = await sandbox.invoke("copy", "--from", sandbox.store, "--to", target)
    expect(copied.code).toBe(0)
    expect(copied.stdout).toMatch(/^copied \d+ events .* hash chain verified/)
    const original = await sandbox.json("show", "budget", "--plan", PLAN, "--format", "json")
    const fromCopy = await sandbox.json("show", "budget", "--plan", PLAN, "--format", "json", "--store", target)
    expect(fromCopy).toEqual(original)
  })

  it("exits 1 from verify when a stored event was changed, naming it", async () => {
    const database = new DatabaseSync(join(sandbox.cwd, "ledger.db"))
    database.prepare("UPDATE events SET actor = 'someone else' WHERE global_position = 3").run()
    database.close()
    const result = await sandbox.invoke("verify")
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/DAMAGED at global position 3, event [0-9a-f-]{36} \(stream plan-lcsp-2009-10\): hash-mismatch/)
  })

  it("exits 2 on usage errors", async () => {
    expect((await sandbox.invoke("show", "budget")).stderr).toContain("--plan is required")
    expect((await sandbox.invoke("show", "pie", "--plan", PLAN)).code).toBe(2)
    expect((await sandbox.invoke("frobnicate")).code).toBe(2)
    expect((await sandbox.invoke("show", "budget", "--plan", PLAN, "--format", "pdf")).stderr).toContain('--format "pdf" is not a format')
    expect((await sandbox.invoke("show", "budget", "--plan", "no-such-plan")).stderr).toContain('no plan "no-such-plan"')
    const unknownHistory = await sandbox.invoke("history", "--plan", "no-such-plan")
    expect(unknownHistory).toMatchObject({ code: 2, stdout: "" })
    expect(unknownHistory.stderr).toContain(`known plans: ${PLAN}`)
    expect(unknownHistory.stderr).toBe((await sandbox.invoke("show", "budget", "--plan", "no-such-plan")).stderr)
    expect((await sandbox.invoke("import", "budget", "missing.csv", "--plan", PLAN)).code).toBe(2)
    expect((await sandbox.invoke("show", "--store", "ftp://x", "budget", "--plan", PLAN)).stderr).toContain("unknown store URL")
  })

  it("prints help for every command with an example", async () => {
    for (const command of ["demo", "draft", "approve", "import", "show", "check", "verify", "copy"]) {
      const help = await sandbox.invoke(command, "--help")
      expect(help.code).toBe(0)
      expect(help.stdout).toMatch(/^Examples?:$/m)
    }
  })
})

describe("plan-ledger check before the budget is imported", () => {
  const sandbox = cliSandbox()

  it("says no budget is recorded, instead of an error of the whole closing budget", async () => {
    expect(
      await sandbox.invoke(
        "import",
        "variations",
        exampleCsv("variations.csv"),
        "--plan",
        "early-2009-10",
        "--period",
        "2009/10",
        "--create",
        "--title",
        "Early"
      )
    ).toMatchObject({
      code: 0
    })
    const check = await sandbox.invoke("check", "--plan", "early-2009-10", "--format", "json")
    expect(check.code).toBe(0)
    const report = JSON.parse(check.stdout)
    expect(
      report.findings.filter(
        (finding: { code: string; subject: string }) =>
          finding.code === "variation-does-not-reconcile" && finding.subject.includes("budget statement")
      )
    ).toEqual([])
    expect(report.contentFindings).toContainEqual(expect.objectContaining({ code: "no-budget-recorded" }))
    const variations = await sandbox.json("show", "variations", "--plan", "early-2009-10", "--format", "json")
    expect(variations).toMatchObject({ recorded: true, budgetControllableTotal: null, difference: null })
  })

  it("says a plan without a variation statement has none, instead of printing an opening of zero", async () => {
    expect(await sandbox.invoke("draft", "--plan", "bare-2009-10", "--title", "Bare", "--period", "2009/10", "--create")).toMatchObject({
      code: 0
    })
    const shown = await sandbox.invoke("show", "variations", "--plan", "bare-2009-10")
    expect(shown.stdout).toContain("No variation statement is recorded for this plan.")
  })
})
