import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { cliSandbox, exampleCsv } from "./CliHarness.js"
import { mountSmallDisk, unmountSmallDisk } from "./Mounts.js"

const PLAN = "lcsp-2009-10"
const DRAFT = ["--period", "2009/10", "--create", "--title", "LCSP business plan 2009/10"] as const
const DISK_SIZE = "1m"
const LARGE_ROWS = 3000

// A budget table of LARGE_ROWS made-up lines in the example's own columns: its events take about
// two and a half megabytes, far more than the small disk holds.
const largeBudget = (directory: string): string => {
  const header =
    "row_type,activity,fte,employee_costs,running_costs,contracts_projects,gross_expenditure,external_income,internal_income,controllable_expenditure,cabinet_member,prior_controllable,prior_fte"
  const rows = Array.from({ length: LARGE_ROWS }, (_, index) => `line,Activity ${index + 1},1.0,10.0,0.0,,10.0,0.0,0.0,10.0,MD,9.0,1.0`)
  const file = join(directory, "large-budget.csv")
  writeFileSync(file, `${[header, ...rows].join("\n")}\n`)
  return file
}

const disks = { jsonl: mountSmallDisk(DISK_SIZE), sqlite: mountSmallDisk(DISK_SIZE) }
afterAll(() => {
  for (const disk of Object.values(disks)) if ("path" in disk) unmountSmallDisk(disk.path)
})

describe.each([
  { kind: "jsonl", file: "ledger.jsonl", refusal: "ENOSPC" },
  { kind: "sqlite", file: "ledger.db", refusal: "SQLITE_FULL" }
] as const)("an import into a $kind ledger on a full disk", ({ kind, file, refusal }) => {
  const disk = disks[kind]
  const title = "skipped" in disk ? `fails and acknowledges nothing (skipped: ${disk.skipped})` : "fails and acknowledges nothing"
  it.skipIf("skipped" in disk)(title, async () => {
    if (!("path" in disk)) return
    const sandbox = cliSandbox()
    const ledger = join(disk.path, file)
    const url = `${kind}:${ledger}`
    expect((await sandbox.invoke("import", "budget", exampleCsv("budget.csv"), "--plan", PLAN, ...DRAFT, "--store", url)).code).toBe(0)
    const eventsBefore = await sandbox.invoke("verify", "--store", url)
    const bytesBefore = readFileSync(ledger)

    const failed = await sandbox.invoke("import", "budget", largeBudget(sandbox.cwd), "--plan", "large-plan", ...DRAFT, "--store", url)
    expect(failed.code).toBe(2)
    expect(failed.stdout).not.toContain("recorded")
    expect(failed.stderr).toContain(`the append was not stored — could not write to ${ledger} (${refusal}`)
    expect(failed.stderr).toContain("free space on that disk")
    expect(failed.stderr.trimEnd().split("\n")).toHaveLength(1)

    // Nothing of the large import is stored: the ledger verifies with exactly the events it had.
    const eventsAfter = await sandbox.invoke("verify", "--store", url)
    expect(eventsAfter.code).toBe(0)
    expect(eventsAfter.stdout).toBe(eventsBefore.stdout)
    if (kind === "jsonl") expect(readFileSync(ledger).equals(bytesBefore)).toBe(true)
    expect((await sandbox.invoke("show", "plans", "--store", url, "--format", "json")).stdout).not.toContain("large-plan")

    // A small import still fits, and is stored.
    expect((await sandbox.invoke("import", "variations", exampleCsv("variations.csv"), "--plan", PLAN, "--store", url)).code).toBe(0)
    expect((await sandbox.invoke("verify", "--store", url)).code).toBe(0)
  })
})
