import { readFileSync } from "node:fs"
import { join } from "node:path"
import ExcelJS from "exceljs"
import { beforeAll, describe, expect, it } from "vitest"
import { cliSandbox } from "./CliHarness.js"

// Expected figures: Kent County Council, LCSP Service Level Business Plan 2009/10, introduction,
// table "Breakdown of Children and Young People Aged 0-19 Serviced by LCSP" (the Kent Total row and
// the Ashford 1 row); Kent County Council, Cranbrook and Paddock Wood LCSP, Local Children and
// Young People's Plan 2008–2011, introduction (the board's agencies).
describe("plan-ledger show partnerships", () => {
  const sandbox = cliSandbox()

  beforeAll(async () => {
    expect(await sandbox.invoke("demo", "--store", sandbox.store)).toMatchObject({ code: 0 })
  })

  it("lists the 23 LCSPs with their populations and rolls them up to the county's 344,855 children and young people", async () => {
    const view = await sandbox.json("show", "partnerships", "--format", "json")
    expect(view.partnerships).toHaveLength(23)
    expect(view.partnerships[0]).toMatchObject({
      id: "ashford-1",
      name: "Ashford 1",
      kind: "lcsp",
      manager: null,
      population: { "0-19": 16340, "0-7": 6577, "8-13": 4971, "14-19": 4792, "10-17": 6602 }
    })
    expect(view.county.population).toEqual({ "0-19": 344855, "0-7": 126783, "8-13": 106664, "14-19": 111408, "10-17": 148797 })
    expect(view.county.stated).toEqual(view.county.population)
    expect(view.county.differences).toEqual([])
  })

  it("shows school clusters on a date before the LCSPs were introduced", async () => {
    const view = await sandbox.json("show", "partnerships", "--effective", "2008-08-31", "--format", "json")
    expect(view.effectiveOn).toBe("2008-08-31")
    expect(view.partnerships.map((partnership: { kind: string }) => partnership.kind)).toEqual(Array.from({ length: 23 }, () => "cluster"))
  })

  it("prints the county table with shares recomputed from the counts", async () => {
    const { stdout } = await sandbox.invoke("show", "partnerships")
    expect(stdout).toContain("| **Kent County Council total** |")
    expect(stdout).toContain("**344,855**")
    expect(stdout).toContain("**37%**")
  })

  it("writes the county table as a workbook: county totals are SUM formulas, shares are formulas over the counts", async () => {
    const result = await sandbox.invoke("show", "partnerships", "--format", "xlsx", "--out", "partnerships.xlsx")
    expect(result.code).toBe(0)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(readFileSync(join(sandbox.cwd, "partnerships.xlsx")) as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet("Partnerships")
    const rows = sheet?.getRows(1, sheet.rowCount) ?? []
    const ashford = rows.find((row) => row.getCell("A").value === "Ashford 1")
    expect([ashford?.getCell("E").value, ashford?.getCell("F").value]).toEqual([16340, 6577])
    expect(ashford?.getCell("G").value).toEqual({ formula: `F${ashford?.number}/E${ashford?.number}`, result: 6577 / 16340 })
    const total = rows.find((row) => row.getCell("A").value === "Kent County Council total")
    expect(total?.getCell("E").value).toEqual({ formula: "SUM(E2:E24)", result: 344855 })
    expect(total?.getCell("G").value).toEqual({ formula: `F${total?.number}/E${total?.number}`, result: 126783 / 344855 })
    expect(total?.getCell("G").numFmt).toBe("0%")
    const stated = rows.find((row) => row.getCell("A").value === "Kent County Council (as stated)")
    expect(stated?.getCell("E").value).toBe(344855)
  })

  it("tells one partnership's story: transformation, board, settings and its plan", async () => {
    const { stdout, code } = await sandbox.invoke("show", "partnership", "--id", "cranbrook-paddock-wood")
    expect(code).toBe(0)
    expect(stdout).toContain("2008-09-01: transformed from cluster to lcsp")
    expect(stdout).toContain("on the board: Tunbridge Wells Borough Council")
    expect(stdout).toContain("cranbrook-paddock-wood-lcypp")
    const json = await sandbox.json("show", "partnership", "--id", "cranbrook-paddock-wood", "--format", "json")
    expect(json.board.agencies).toHaveLength(8)
    expect(json.plans.map((plan: { planId: string }) => plan.planId)).toEqual(["cranbrook-paddock-wood-lcypp"])
  })

  it("names the partnerships it knows when asked for one it does not, and exits non-zero", async () => {
    const { code, stderr } = await sandbox.invoke("show", "partnership", "--id", "nowhere")
    expect(code).not.toBe(0)
    expect(stderr).toContain('no partnership "nowhere"')
    expect(stderr).toContain("cranbrook-paddock-wood")
  })
})

describe("plan-ledger supersede", () => {
  const sandbox = cliSandbox()

  it("records a county-wide plan replaced by two local plans on one date, each named once", async () => {
    const drafted = await sandbox.invoke(
      "draft",
      "--plan",
      "county-plan",
      "--title",
      "County plan",
      "--period",
      "2008-04-01..2009-03-31",
      "--create"
    )
    expect(drafted.code).toBe(0)
    const superseded = await sandbox.invoke(
      "supersede",
      "--plan",
      "county-plan",
      "--by",
      "local-a,local-b",
      "--on",
      "2008-09-01",
      "--effective",
      "2008-09-01"
    )
    expect(superseded).toMatchObject({ code: 0, stdout: "plan county-plan: recorded PlanSuperseded, PlanSuperseded\n" })
    const { history } = await sandbox.json("history", "--plan", "county-plan", "--format", "json")
    expect(history.slice(-2).map((entry: { effectiveDate: string }) => entry.effectiveDate)).toEqual(["2008-09-01", "2008-09-01"])
    const again = await sandbox.invoke("supersede", "--plan", "county-plan", "--by", "local-b", "--on", "2008-09-01")
    expect(again.stdout).toContain("no change")
    const plan = await sandbox.json("show", "plan", "--plan", "county-plan", "--format", "json")
    expect(plan.supersession).toEqual({ supersededBy: ["local-a", "local-b"], supersededOn: "2008-09-01" })
    const later = await sandbox.invoke("supersede", "--plan", "county-plan", "--by", "local-c", "--on", "2009-04-01")
    expect(later.code).not.toBe(0)
    expect(later.stderr).toContain('was superseded by "local-a", "local-b"')
  })
})

describe("plan-ledger show rollup", () => {
  const sandbox = cliSandbox()

  it("says which partnerships report no value, and that no plan defines an unknown indicator", async () => {
    expect(await sandbox.invoke("demo", "--store", sandbox.store)).toMatchObject({ code: 0 })
    const unknown = await sandbox.json("show", "rollup", "--indicator", "NI 999", "--format", "json")
    expect(unknown).toMatchObject({ code: "NI 999", refused: "no plan defines indicator NI 999", rows: [] })
    // The bundled business plan reports its KPIs for all 23 LCSPs together, not for each one.
    const kpi = await sandbox.json("show", "rollup", "--indicator", "NI 69", "--format", "json")
    expect(kpi).toMatchObject({ unit: "percent", refused: null, rows: [] })
  })
})
