import { spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { once } from "node:events"
import { SampleEvents } from "@plan-ledger/eventstore/testkit"
import { afterAll, describe, expect, it } from "vitest"
import { DRIVERS_UNDER_TEST } from "../test/DriversUnderTest.js"
import { openSqliteEventStore } from "./SqliteEventStore.js"

const directory = mkdtempSync(join(tmpdir(), "plan-ledger-sqlite-locked-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

// Another process holds the database's exclusive lock for `holdMs`: it says "locked" once it has it.
const holdExclusiveLock = (path: string, holdMs: number) =>
  spawn(
    process.execPath,
    [
      "-e",
      `const { DatabaseSync } = require("node:sqlite")
const database = new DatabaseSync(${JSON.stringify(path)})
database.exec("BEGIN EXCLUSIVE")
process.stdout.write("locked\\n")
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${holdMs})
database.exec("COMMIT")
database.close()`
    ],
    { stdio: ["ignore", "pipe", "inherit"] }
  )

describe.each(DRIVERS_UNDER_TEST)("on %s", (driver) => {
  it("opens a new ledger another process has locked once the lock is released, instead of failing at once", async () => {
    const path = join(directory, `ledger-${driver.replace(/\W/g, "-")}.db`)
    const holder = holdExclusiveLock(path, 500)
    const [line] = (await once(holder.stdout, "data")) as [Buffer]
    expect(line.toString()).toBe("locked\n")
    const store = await openSqliteEventStore(path, { events: SampleEvents.schema, driver })
    expect(await store.verify()).toMatchObject({ ok: true, eventsChecked: 0 })
    await store.close()
    await once(holder, "exit")
  })
})
