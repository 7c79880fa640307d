import { join } from "node:path"
import { type Snapshot, SnapshotSeal } from "@plan-ledger/eventstore"
import { openStore } from "@plan-ledger/stores"
import { DatabaseSync } from "node:sqlite"
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
      (await sandbox.invoke("import", "staffing", exampleCsv("staffing.csv"), "--plan", "lcsp-2010-11", "--period", "2010/11", "--create"))
        .code
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

describe("a snapshot is proven before a view reads it", () => {
  const tampered = async (change: (database: DatabaseSync) => void) => {
    const sandbox = cliSandbox()
    expect((await sandbox.invoke("demo", "--store", sandbox.store)).code).toBe(0)
    const before = await sandbox.invoke("show", "plans")
    const checkedBefore = await sandbox.invoke("check", "--all")
    expect((await sandbox.invoke("rebuild")).code).toBe(0)
    const database = new DatabaseSync(sandbox.store.slice("sqlite:".length))
    change(database)
    database.close()
    return { sandbox, before, checkedBefore }
  }

  it("shows every view as before when a plan's title and status are edited in the snapshot, says so once, and verify reports the damage", async () => {
    const { sandbox, before, checkedBefore } = await tampered((database) =>
      database.exec(
        `UPDATE snapshots SET state = replace(replace(state, '"status":"draft"', '"status":"approved"'), 'service level business plan', 'forged plan')`
      )
    )
    const shown = await sandbox.invoke("show", "plans")
    expect(shown.stdout).toBe(before.stdout)
    expect(shown.stderr.match(/snapshot was not used/g)).toHaveLength(1)
    expect(shown.stderr).toContain("its seal does not match its content")
    expect((await sandbox.invoke("check", "--all")).stdout).toBe(checkedBefore.stdout)
    const verified = await sandbox.invoke("verify")
    expect(verified.code).toBe(1)
    expect(verified.stdout).toContain("hash chain intact")
    expect(verified.stdout).toContain(`${sandbox.store}: DAMAGED snapshot — its seal does not match its content`)
  })

  it("says a dropped snapshots table in one line, never as a fault, and still shows every view", async () => {
    const { sandbox, before } = await tampered((database) => database.exec("DROP TABLE snapshots"))
    const shown = await sandbox.invoke("show", "plans")
    expect(shown.code).toBe(0)
    expect(shown.stdout).toBe(before.stdout)
    expect(shown.stderr).toContain("cannot read the snapshots table")
    const verified = await sandbox.invoke("verify")
    expect(verified.code).toBe(1)
    expect(verified.stdout).toContain("DAMAGED snapshot — it cannot be read")
    const rebuilt = await sandbox.invoke("rebuild")
    expect(rebuilt.code).toBe(2)
    expect(rebuilt.stderr.trimEnd().split("\n")).toHaveLength(1)
    expect(rebuilt.stderr).toContain("cannot write the snapshots table")
    for (const result of [shown, verified, rebuilt]) expect(result.stderr).not.toContain("fault in plan-ledger")
  })

  it("refuses a snapshot resealed in a wrong shape, and verify says which part", async () => {
    const { sandbox, before } = await tampered((database) => {
      const kept = database
        .prepare("SELECT global_position AS globalPosition, hash, projection_version AS projectionVersion, state FROM snapshots")
        .get() as Snapshot | undefined
      if (kept === undefined) throw new Error("no snapshot kept")
      const forged = SnapshotSeal.sealed(
        kept,
        '{"plans":{"$map":[["lcsp-2009-10",5]]},"partnerships":{"$map":[]},"catalogues":{"$map":[]},"eventCount":1}'
      )
      database.prepare("UPDATE snapshots SET state = ?").run(forged.state)
    })
    const shown = await sandbox.invoke("show", "plans")
    expect(shown.stdout).toBe(before.stdout)
    expect(shown.stderr).toContain("it is not the shape this plan-ledger folds: plan lcsp-2009-10 is a number")
    expect((await sandbox.invoke("verify")).code).toBe(1)
  })
})
