import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { cliSandbox, exampleCsv } from "./CliHarness.js"

const DRAFT = ["--period", "2009/10", "--create", "--title", "LCSP business plan 2009/10"] as const

// Every row of an accepted file is in the ledger, or the file is refused at the row with the
// reason: no row is dropped or replaced by another while the import reports it recorded.
describe("an import keeps every row it reports recorded", () => {
  const sandbox = cliSandbox()
  const write = (name: string, text: string): string => {
    const file = join(sandbox.cwd, name)
    writeFileSync(file, text)
    return file
  }

  it("keeps the same description under pressure and under saving as two items", async () => {
    const file = write(
      "variations.csv",
      "section,description,amount\nopening,2008/09 Budget,16790\npressure,Standards Fund,10\nsaving,Standards Fund,-5\n"
    )
    const result = await sandbox.invoke("import", "variations", file, "--plan", "two-sections", ...DRAFT)
    expect(result.stderr).toBe("")
    expect(result.stdout).toContain("3 rows, 4 events recorded") // the draft, then the three rows
    const statement = await sandbox.json("show", "variations", "--plan", "two-sections", "--format", "json")
    const items = statement.sections.flatMap((section: { section: string; items: Array<{ amount: number }> }) =>
      section.items.map((item) => [section.section, item.amount])
    )
    expect(items).toEqual([
      ["pressure", 10_000],
      ["saving", -5_000]
    ])
    expect(statement.closing.amount).toBe(16_795_000) // pounds: the opening, +10 and −5 (£000)
  })

  for (const section of ["opening", "closing"]) {
    it(`refuses a second ${section} row where it stands, naming the first, and writes nothing`, async () => {
      const file = write(
        `two-${section}s.csv`,
        `section,description,amount\n${section},Budget,16790\npressure,Pay,400\n${section},Budget again,16800\n`
      )
      const before = await sandbox.eventCount()
      const result = await sandbox.invoke("import", "variations", file, "--plan", `two-${section}s`, ...DRAFT)
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(
        `two-${section}s.csv:4:1 (section): a second ${section} row: the table's ${section} is already on line 2 — one ${section} row per variation statement`
      )
      expect(await sandbox.eventCount()).toBe(before)
    })
  }

  for (const rowType of ["total", "total-cost"]) {
    it(`refuses a budget table with a second ${rowType} row, and writes nothing`, async () => {
      const lines = readFileSync(exampleCsv("budget.csv"), "utf8").trimEnd().split("\n")
      const printed = lines.find((line) => line.startsWith(`${rowType},`)) ?? ""
      const file = write(`budget-two-${rowType}.csv`, [...lines, printed.replace("776.9", "777.0")].join("\n"))
      const before = await sandbox.eventCount()
      const result = await sandbox.invoke("import", "budget", file, "--plan", `budget-two-${rowType}`, ...DRAFT)
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(
        `budget-two-${rowType}.csv:${lines.length + 1}:1 (row_type): a second ${rowType} row: the table's ${rowType} is already on line ${lines.indexOf(printed) + 1}`
      )
      expect(await sandbox.eventCount()).toBe(before)
    })
  }

  it("refuses a staffing table with a second total row, its explanation included, and writes nothing", async () => {
    const file = write(
      "staffing-two-totals.csv",
      'row_type,name,prior_fte,fte,note\ndivision,Early Years,10,12,\ntotal,TOTAL,10,12,"Children\'s Centres moved in"\ntotal,Total (restated),10,12.5,"Restated after the review"\n'
    )
    const before = await sandbox.eventCount()
    const result = await sandbox.invoke("import", "staffing", file, "--plan", "staffing-two-totals", ...DRAFT)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("staffing-two-totals.csv:4:1 (row_type): a second total row: the table's total is already on line 3")
    expect(await sandbox.eventCount()).toBe(before)
  })

  it("adds a second voice file's statements beside the first file's", async () => {
    const plan = ["--plan", "voices"] as const
    expect(
      (await sandbox.invoke("import", "themes", write("themes.csv", "theme_code,theme\nEWB,Emotional Well Being\n"), ...plan, ...DRAFT))
        .code
    ).toBe(0)
    const spring = write("spring.csv", "theme_code,speaker,statement\nEWB,parents,We want more activities in the holidays\n")
    const autumn = write("autumn.csv", "theme_code,speaker,statement\nEWB,parents,Bullying is still a worry on the school bus\n")
    expect((await sandbox.invoke("import", "voice", spring, ...plan)).stdout).toContain("1 event recorded")
    expect((await sandbox.invoke("import", "voice", autumn, ...plan)).stdout).toContain("1 event recorded")
    const again = await sandbox.invoke("import", "voice", spring, ...plan)
    expect(again.stdout).toContain("no change")
    const view = await sandbox.json("show", "plan", ...plan, "--format", "json")
    expect(view.themes[0].parentsSaid).toEqual(["We want more activities in the holidays", "Bullying is still a worry on the school bus"])
  })

  it("refuses the same statement twice in one voice file, naming both rows", async () => {
    const file = write(
      "twice.csv",
      "theme_code,speaker,statement\nEWB,parents,We want more activities in the holidays\nEWB,parents,We want more activities in the holidays\n"
    )
    const result = await sandbox.invoke("import", "voice", file, "--plan", "voices")
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      'twice.csv:3:3 (statement): the parents statement "We want more activities in the holidays" on theme EWB appears twice (first on line 2)'
    )
  })
})
