import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { cliSandbox } from "./CliHarness.js"

const PLAN = "hostile"
const SCRIPT = "<script>alert(1)</script>"
const IMAGE = "<img src=x onerror=alert(1)>"
const PAYLOAD = "-2+3+cmd|' /C calc'!A0"

// Tables whose every text column holds something a spreadsheet would evaluate or a browser would run.
const TABLES: ReadonlyArray<readonly [string, string]> = [
  ["themes", `theme_code,theme\nT1,"-1+1 ${SCRIPT}"\n`],
  ["priorities", `code,title,theme_code\nP1,"@SUM(1) ${IMAGE}",T1\n`],
  [
    "budget",
    `row_type,activity,unit,fte,employee_costs,running_costs,contracts_projects,external_income,internal_income,cabinet_member,prior_controllable,prior_fte\nline,"${PAYLOAD}",=1+1,1.0,10,0,,-1,0,@SUM(1),9,1\n`
  ],
  ["variations", `section,description,amount,justification\nopening,-0x1,9,\npressure,-1+1,1,"${PAYLOAD}"\nclosing,+1,10,\n`],
  ["staffing", `row_type,name,prior_fte,fte,note\nband,+1,1,2,\ntotal,TOTAL,1,2,"=cmd ${SCRIPT}"\nexternal,"${IMAGE}",,1,\n`],
  [
    "indicators",
    `code,title,unit,polarity,period,kind,value,qualifier,note\n-0x1,"${IMAGE}",percent,lower-is-better,2008/09,actual,-1.5,,\n-0x1,"${IMAGE}",percent,lower-is-better,2009/10,unavailable-target,,,"${PAYLOAD}"\n`
  ]
]

const VIEWS = ["plans", "plan", "actions", "budget", "variations", "staffing", "scorecard", "history"] as const

// The cells of an RFC 4180 document, as a spreadsheet would read them.
const cellsOf = (csv: string): ReadonlyArray<string> => {
  const cells: Array<string> = []
  let cell = ""
  let quoted = false
  for (let index = 0; index < csv.length; index++) {
    const char = csv[index]
    if (quoted) {
      if (char === '"' && csv[index + 1] === '"') {
        cell += '"'
        index++
      } else if (char === '"') quoted = false
      else cell += char
    } else if (char === '"') quoted = true
    else if (char === "," || char === "\n") {
      cells.push(cell)
      cell = ""
    } else if (char !== "\r") cell += char
  }
  return cells
}

const isFormula = (cell: string): boolean => /^[=+@\t\r]/.test(cell) || (cell.startsWith("-") && !/^-\d+(\.\d+)?$/.test(cell))

describe("outputs made from hostile data cannot be turned against their readers", () => {
  const sandbox = cliSandbox()

  beforeAll(async () => {
    const provenance = ["--actor", `@SUM(1) ${IMAGE}`, "--reason", `${PAYLOAD} ${SCRIPT}`]
    for (const [table, text] of TABLES) {
      const file = join(sandbox.cwd, `${table}.csv`)
      writeFileSync(file, text)
      const result = await sandbox.invoke(
        "import",
        table,
        file,
        "--plan",
        PLAN,
        "--period",
        "2009/10",
        "--create",
        "--title",
        `=1+1 ${SCRIPT}`,
        ...provenance
      )
      expect(result.stderr).toBe("")
      expect(result.code).toBe(0)
    }
  })

  it("writes no CSV cell a spreadsheet would evaluate, in any view, and keeps negative numbers numbers", async () => {
    const cells: Array<string> = []
    for (const view of VIEWS) {
      const result = await sandbox.invoke("show", view, "--plan", PLAN, "--format", "csv")
      expect(result.code).toBe(0)
      cells.push(...cellsOf(result.stdout))
    }
    cells.push(...cellsOf((await sandbox.invoke("check", "--plan", PLAN, "--format", "csv")).stdout))
    expect(cells.filter(isFormula)).toEqual([])
    expect(cells).toEqual(
      expect.arrayContaining([`'${PAYLOAD} ${SCRIPT}`, "'@SUM(1) <img src=x onerror=alert(1)>", "'-0x1", "'-1+1", "'+1", "-1.0", "-1.5"])
    )
  })

  // A `<` that opens a tag, comment or autolink, not escaped by a backslash (itself not escaped).
  const RAW_TAG = /(?:^|[^\\])(?:\\\\)*<[a-z/!?]/imu

  it("writes no raw HTML in any Markdown view", async () => {
    for (const view of VIEWS) {
      const result = await sandbox.invoke("show", view, "--plan", PLAN, "--format", "md")
      expect(result.code).toBe(0)
      expect(result.stdout).not.toMatch(RAW_TAG)
    }
    const check = await sandbox.invoke("check", "--plan", PLAN, "--format", "md")
    expect(check.stdout).not.toMatch(RAW_TAG)
    const history = await sandbox.invoke("show", "history", "--plan", PLAN, "--format", "md")
    expect(history.stdout).toContain("@SUM(1) \\<img src=x onerror=alert(1)>")
  })

  it("writes the data's markup as text in every HTML view and in the report", async () => {
    const documents: Array<string> = []
    for (const view of VIEWS) {
      const result = await sandbox.invoke("show", view, "--plan", PLAN, "--format", "html")
      expect(result.code).toBe(0)
      documents.push(result.stdout)
    }
    documents.push((await sandbox.invoke("check", "--plan", PLAN, "--format", "html")).stdout)
    expect((await sandbox.invoke("report", "--plan", PLAN, "--out", "report.html")).code).toBe(0)
    documents.push(readFileSync(join(sandbox.cwd, "report.html"), "utf8"))
    for (const html of documents) {
      expect(html).not.toMatch(/<script|<img/i)
    }
    expect(documents.join("\n")).toContain("&lt;img src=x onerror=alert(1)&gt;")
  })
})
