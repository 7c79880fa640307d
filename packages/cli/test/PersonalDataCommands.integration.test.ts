import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { cliSandbox, exampleCsv } from "./CliHarness.js"

// The LCSP service level business plan 2009/10: a financial year, ending on 31 March 2010.
const PLAN = "lcsp-2009-10"
const ERASER = ["--reason", "erasure request 2026/117", "--authority", "Data Protection Officer"] as const

// A ledger holding the plan's budget, imported by a named officer.
const importedBy = async (actor: string) => {
  const sandbox = cliSandbox()
  const imported = await sandbox.invoke(
    "import",
    "budget",
    exampleCsv("budget.csv"),
    "--plan",
    PLAN,
    "--period",
    "2009/10",
    "--create",
    "--actor",
    actor
  )
  expect(imported.code).toBe(0)
  return sandbox
}

const policyFile = (cwd: string, text: string): string => {
  const path = join(cwd, "retention.json")
  writeFileSync(path, text)
  return path
}

describe("plan-ledger subject", () => {
  it("lists what is kept about a person in CSV, one value a row, with where it appears", async () => {
    const sandbox = await importedBy("Jane Roe")
    const csv = await sandbox.invoke("subject", "--id", "Jane Roe", "--format", "csv")
    expect(csv.code).toBe(0)
    const [header, ...rows] = csv.stdout.trimEnd().split(/\r?\n/u)
    expect(header).toBe("kind,value,recorded_as,stream,event,field,recorded_at,event_id")
    expect(rows.length).toBeGreaterThan(1)
    for (const row of rows) expect(row.startsWith(`actor,Jane Roe,Jane Roe,plan-${PLAN},`)).toBe(true)
  })
})

describe("plan-ledger erase", () => {
  it("needs --reason and --authority, and records nothing without them", async () => {
    const sandbox = await importedBy("Jane Roe")
    const before = await sandbox.eventCount()
    const refused = await sandbox.invoke("erase", "--subject", "Jane Roe", "--reason", "erasure request")
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain("give --reason and --authority")
    expect(await sandbox.eventCount()).toBe(before)
  })

  it("says there is nothing to erase for a subject the ledger keeps nothing about, and records nothing", async () => {
    const sandbox = await importedBy("Jane Roe")
    const before = await sandbox.eventCount()
    const result = await sandbox.invoke("erase", "--subject", "John Smith", ...ERASER)
    expect(result).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('nothing to erase: the ledger keeps no value about "John Smith"')
    })
    expect(await sandbox.eventCount()).toBe(before)
  })
})

describe("plan-ledger retention", () => {
  it("lists the values a schedule has come to without erasing them, then erases them with --apply", async () => {
    const sandbox = await importedBy("Jane Roe")
    const before = await sandbox.eventCount()
    const policy = policyFile(sandbox.cwd, JSON.stringify({ yearsAfterPeriodEnds: { actor: 6 } }))

    const onLastDay = await sandbox.invoke("retention", "--policy", policy, "--on", "2016-03-31")
    expect(onLastDay).toMatchObject({ code: 0, stdout: expect.stringContaining("0 personal values past their retention on 2016-03-31") })

    const dryRun = await sandbox.invoke("retention", "--policy", policy, "--on", "2016-04-01")
    expect(dryRun.code).toBe(0)
    const listed = dryRun.stdout.split("\n").filter((line) => line.startsWith("2016-03-31  actor"))
    expect(listed.length).toBeGreaterThan(1)
    expect(dryRun.stdout).toContain(`${listed.length} personal values past their retention on 2016-04-01; nothing erased`)
    expect(await sandbox.eventCount()).toBe(before)

    const applied = await sandbox.invoke("retention", "--policy", policy, "--on", "2016-04-01", "--apply", ...ERASER)
    expect(applied.code).toBe(0)
    expect(applied.stdout).toContain(`erased ${listed.length} personal values`)
    expect(applied.stdout).toContain("hash chain intact")
    expect(await sandbox.eventCount()).toBe(before + 1)
    expect(JSON.parse((await sandbox.invoke("subject", "--id", "Jane Roe", "--format", "json")).stdout)).toMatchObject({ entries: [] })
  })

  it("refuses a schedule that names a kind the ledger does not keep, saying which it meant, or that is not JSON", async () => {
    const sandbox = await importedBy("Jane Roe")
    const misspelt = await sandbox.invoke(
      "retention",
      "--policy",
      policyFile(sandbox.cwd, '{"yearsAfterPeriodEnds": {"lead officers": 6}}')
    )
    expect(misspelt.code).toBe(2)
    expect(misspelt.stderr).toContain('"lead officers" is not a kind of personal value the ledger keeps — did you mean "lead officer"?')
    const garbled = await sandbox.invoke("retention", "--policy", policyFile(sandbox.cwd, "{yearsAfterPeriodEnds"))
    expect(garbled.code).toBe(2)
    expect(garbled.stderr).toContain("is not JSON")
  })
})
