import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { cliSandbox } from "./CliHarness.js"

const HEADER =
  "activity,fte,employee_costs,running_costs,contracts_projects,external_income,internal_income,cabinet_member,prior_controllable,prior_fte"
const LINES = 5_000

describe("a large view as JSON", () => {
  const sandbox = cliSandbox()

  beforeAll(async () => {
    const file = join(sandbox.cwd, "budget.csv")
    const rows = Array.from({ length: LINES }, (_, index) => `Line ${index},1.0,10.0,1.0,,0.0,0.0,MD,10.0,1.0`)
    writeFileSync(file, `${HEADER}\n${rows.join("\n")}\n`)
    expect(
      (await sandbox.invoke("import", "budget", file, "--plan", "big", "--period", "2009/10", "--create", "--title", "Big")).code
    ).toBe(0)
  }, 120_000)

  it("is printed a piece at a time, never built as one string, and reads back whole", async () => {
    const shown = await sandbox.invoke("show", "budget", "--plan", "big", "--format", "json")
    expect(shown.code).toBe(0)
    expect(shown.stdoutWrites).toBeGreaterThan(10)
    const budget = JSON.parse(shown.stdout) as { readonly lines: ReadonlyArray<{ readonly activity: string }> }
    expect(budget.lines).toHaveLength(LINES)
    expect(budget.lines.at(-1)?.activity).toBe(`Line ${LINES - 1}`)
  })

  it("is written to --out a piece at a time, the same text as printed", async () => {
    const printed = await sandbox.invoke("show", "budget", "--plan", "big", "--format", "json")
    expect((await sandbox.invoke("show", "budget", "--plan", "big", "--format", "json", "--out", "budget.json")).code).toBe(0)
    expect(readFileSync(join(sandbox.cwd, "budget.json"), "utf8")).toBe(printed.stdout)
  })
})
