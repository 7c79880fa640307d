import { join } from "node:path"
import { openStore } from "@plan-ledger/stores"
import { describe, expect, it } from "vitest"
import { cliSandbox, exampleCsv } from "./CliHarness.js"

const PLAN = "lcsp-2009-10"

// Every view the bundled ledger answers, as printed.
const VIEWS = [
  ["show", "plans"],
  ["show", "budget", "--plan", PLAN],
  ["show", "variations", "--plan", PLAN],
  ["show", "scorecard", "--plan", PLAN],
  ["check", "--plan", PLAN, "--on", "2010-03-31"]
] as const

describe("plan-ledger rebuild", () => {
  it("keeps a snapshot that changes no output: with it, with events after it, and deleted", async () => {
    const sandbox = cliSandbox()
    expect((await sandbox.invoke("demo", "--store", sandbox.store)).code).toBe(0)
    const printed = async (): Promise<ReadonlyArray<unknown>> => Promise.all(VIEWS.map((view) => sandbox.invoke(...view)))
    const before = await printed()

    const rebuilt = await sandbox.invoke("rebuild")
    expect(rebuilt.code).toBe(0)
    expect(rebuilt.stdout).toBe(
      `${sandbox.store}: snapshot of ${(await sandbox.eventCount()).toLocaleString("en-GB")} events kept, up to global position ${await sandbox.eventCount()}\n`
    )
    expect(await printed()).toEqual(before)

    // Events recorded after the snapshot are folded onto it.
    expect(
      (await sandbox.invoke("import", "staffing", exampleCsv("staffing.csv"), "--plan", "lcsp-2010-11", "--period", "2010/11")).code
    ).toBe(0)
    const withTail = await printed()
    const store = await openStore(sandbox.store)
    await store.snapshots?.clear()
    await store.close()
    expect(await printed()).toEqual(withTail)
  })

  it("says a ledger that does not exist is not there, and creates none", async () => {
    const sandbox = cliSandbox()
    const missing = `sqlite:${join(sandbox.cwd, "missing.db")}`
    const rebuilt = await sandbox.invoke("rebuild", "--store", missing)
    expect(rebuilt.code).toBe(2)
    expect(rebuilt.stderr).toContain("no ledger at")
    expect((await sandbox.invoke("verify", "--store", missing)).stderr).toContain("no ledger at")
  })
})
