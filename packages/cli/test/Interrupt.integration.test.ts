import { spawn } from "node:child_process"
import { once } from "node:events"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { cliSandbox } from "./CliHarness.js"

const repositoryRoot = fileURLToPath(new URL("../../..", import.meta.url))
const main = fileURLToPath(new URL("../src/main.ts", import.meta.url))

// A budget of many generated lines, so the import is still running when it is interrupted.
const largeBudget = (lines: number): string =>
  [
    "activity,fte,employee_costs,running_costs,contracts_projects,external_income,internal_income,cabinet_member,prior_controllable,prior_fte",
    ...Array.from({ length: lines }, (_, index) => `Activity ${index + 1},1.0,10.0,1.0,0.0,0.0,0.0,MD,10.0,1.0`)
  ].join("\n")

describe("plan-ledger import interrupted with Ctrl-C", () => {
  it("says what was and was not stored, exits 130, and leaves all of the import or none of it with its chain intact", async () => {
    const directory = mkdtempSync(join(tmpdir(), "plan-ledger-interrupt-"))
    const file = join(directory, "budget.csv")
    writeFileSync(file, largeBudget(20_000))
    const store = `sqlite:${join(directory, "ledger.db")}`
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "--conditions=@plan-ledger/source",
        main,
        "import",
        "budget",
        file,
        "--plan",
        "big-2009-10",
        "--period",
        "2009/10",
        "--create",
        "--title",
        "Big",
        "--store",
        store
      ],
      { cwd: repositoryRoot, stdio: ["ignore", "pipe", "pipe"] }
    )
    let stderr = ""
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8")
    })
    // Interrupt once the command has started its work (it prints nothing before it is done).
    setTimeout(() => child.kill("SIGINT"), 1_500)
    const [code] = (await once(child, "exit")) as [number | null]
    expect(code).toBe(130)
    const verified = await cliSandbox().invoke("verify", "--store", store)
    // The draft and the 20,000 lines are one append: the ledger holds none of it (it may not even
    // exist yet) or all 20,001 events, with an intact chain — never part of the lines.
    const events = verified.stderr.includes("no ledger at")
      ? 0
      : Number(/: ([\d,]+) events?/.exec(verified.stdout)?.[1]?.replace(/,/g, "") ?? "0")
    expect([0, 20_001]).toContain(events)
    if (events > 0) expect(verified.code).toBe(0)
    const table = `the budget table from ${file} into plan big-2009-10`
    expect(stderr.trimEnd()).toBe(
      events === 0 ? `stopped: nothing of ${table} was stored` : `stopped after the import was complete: ${table} is recorded`
    )
  }, 60_000)
})
