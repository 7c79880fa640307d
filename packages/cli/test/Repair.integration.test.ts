import { readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { DatabaseSync } from "node:sqlite"
import { describe, expect, it } from "vitest"
import { cliSandbox, exampleCsv } from "./CliHarness.js"

const PLAN = "lcsp-2009-10"
const DRAFT = ["--period", "2009/10", "--create", "--title", "LCSP business plan 2009/10"] as const

// A JSON-lines ledger holding the budget import, and its bytes; then the variations import too.
const jsonlLedger = async () => {
  const sandbox = cliSandbox()
  const path = join(sandbox.cwd, "ledger.jsonl")
  const url = `jsonl:${path}`
  expect((await sandbox.invoke("import", "budget", exampleCsv("budget.csv"), "--plan", PLAN, ...DRAFT, "--store", url)).code).toBe(0)
  const afterBudget = readFileSync(path, "utf8")
  expect((await sandbox.invoke("import", "variations", exampleCsv("variations.csv"), "--plan", PLAN, "--store", url)).code).toBe(0)
  return { sandbox, path, url, afterBudget, full: readFileSync(path, "utf8") }
}

describe("plan-ledger repair", () => {
  it("moves the torn tail of an append cut short to a side file (exit 0), after a dry run that moves nothing (exit 1)", async () => {
    const { sandbox, path, url, afterBudget, full } = await jsonlLedger()
    // The variations append, cut off in the middle of its second line.
    const variations = full.slice(afterBudget.length)
    const torn = variations.slice(0, variations.indexOf("\n") + 50)
    writeFileSync(path, afterBudget + torn)
    const tornFrom = afterBudget.split("\n").length

    const refused = await sandbox.invoke("show", "plans", "--store", url)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(`line ${tornFrom} onwards is a partly written batch`)
    expect(refused.stderr).toContain(`Run plan-ledger repair --store ${url}`)

    const dryRun = await sandbox.invoke("repair", "--dry-run", "--store", url)
    expect(dryRun.code).toBe(1)
    expect(dryRun.stdout).toContain(`lines ${tornFrom}–${tornFrom + 1} (${Buffer.byteLength(torn)} bytes) are a torn tail`)
    expect(dryRun.stdout).toContain("Nothing was moved (dry run)")
    expect(readFileSync(path, "utf8")).toBe(afterBudget + torn)

    const repaired = await sandbox.invoke("repair", "--store", url)
    expect(repaired.code).toBe(0)
    expect(repaired.stdout).toContain(`Moved it to ${path}.torn-`)
    expect(readFileSync(path, "utf8")).toBe(afterBudget)
    const sideFile = readdirSync(sandbox.cwd).find((name) => name.startsWith("ledger.jsonl.torn-")) ?? ""
    expect(readFileSync(join(sandbox.cwd, sideFile), "utf8")).toBe(torn)
    expect((await sandbox.invoke("verify", "--store", url)).code).toBe(0)

    const again = await sandbox.invoke("repair", "--store", url)
    expect(again.code).toBe(0)
    expect(again.stdout).toContain("nothing to repair")
  })

  it("reports a blank line in the middle with its line, moves nothing, and exits 4", async () => {
    const { sandbox, path, url, afterBudget, full } = await jsonlLedger()
    const damaged = `${afterBudget}\n${full.slice(afterBudget.length)}`
    writeFileSync(path, damaged)
    const blankLine = afterBudget.split("\n").length

    const refused = await sandbox.invoke("show", "plans", "--store", url)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(`line ${blankLine} is damaged: the line is blank`)

    for (const dryRun of [["--dry-run"], []]) {
      const result = await sandbox.invoke("repair", ...dryRun, "--store", url)
      expect(result.code).toBe(4)
      expect(result.stdout).toContain("DAMAGED — 1 damaged line, which an append cut short cannot leave, so repair moves nothing")
      expect(result.stdout).toContain(`  line ${blankLine}: the line is blank; it holds no event`)
      expect(readFileSync(path, "utf8")).toBe(damaged)
    }
    expect(readdirSync(sandbox.cwd).filter((name) => name.includes(".torn-"))).toEqual([])
  })

  it("on SQLite, says there is nothing to move and verifies: exit 0 intact, exit 4 damaged", async () => {
    const sandbox = cliSandbox()
    expect((await sandbox.invoke("import", "budget", exampleCsv("budget.csv"), "--plan", PLAN, ...DRAFT)).code).toBe(0)
    const events = await sandbox.eventCount()
    const intact = await sandbox.invoke("repair")
    expect(intact.code).toBe(0)
    expect(intact.stdout).toContain("nothing to repair by moving lines")
    expect(intact.stdout).toContain(`${events} events, hash chain intact`)

    const database = new DatabaseSync(sandbox.store.slice("sqlite:".length))
    database.prepare("UPDATE events SET reason = reason || '!' WHERE global_position = 2").run()
    database.close()
    const damaged = await sandbox.invoke("repair")
    expect(damaged.code).toBe(4)
    expect(damaged.stdout).toContain("DAMAGED at global position 2")
  })

  it("names a ledger that does not exist, exit 2, and creates none", async () => {
    const sandbox = cliSandbox()
    const missing = join(sandbox.cwd, "missing.jsonl")
    const result = await sandbox.invoke("repair", "--store", `jsonl:${missing}`)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("no ledger at")
    expect(readdirSync(sandbox.cwd)).toEqual([])
  })
})
