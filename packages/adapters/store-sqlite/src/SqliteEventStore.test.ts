import { LedgerEvents } from "@plan-ledger/core/store"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ledgerStoreConformance, sampleEvents } from "@plan-ledger/core/testkit"
import { eventStoreConformance, SampleEvents } from "@plan-ledger/eventstore/testkit"
import { afterAll, describe, expect, it } from "vitest"
import { MIGRATIONS } from "./Migrations.js"
import { DRIVERS_UNDER_TEST } from "../test/DriversUnderTest.js"
import { openSqliteEventStore as openWithDriver, type SqliteEventStore } from "./SqliteEventStore.js"

const directory = mkdtempSync(join(tmpdir(), "plan-ledger-sqlite-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))
let counter = 0
const freshPath = (): string => join(directory, `ledger-${++counter}.db`)

// Every case runs on each driver (DRIVERS_UNDER_TEST): the store is one implementation over either.
describe.each(DRIVERS_UNDER_TEST)("on %s", (driver) => {
  const openSqliteEventStore = (path: string) => openWithDriver(path, { events: LedgerEvents, driver })

  const openWithSamples = (path: string) => openWithDriver(path, { events: SampleEvents.schema, driver })

  eventStoreConformance(`sqlite (${driver})`, {
    open: () => openWithSamples(freshPath()),
    reopen: async (store) => {
      const { path } = store as SqliteEventStore
      await store.close()
      return openWithSamples(path)
    },
    tamper: async (store, globalPosition) => {
      const { database } = store as SqliteEventStore
      // One character of the stored reason, changed behind the store's back.
      database.prepare("UPDATE events SET reason = reason || '!' WHERE global_position = ?").run([globalPosition])
    }
  })

  ledgerStoreConformance(`sqlite (${driver})`, {
    open: () => openSqliteEventStore(freshPath()),
    reopen: async (store) => {
      const { path } = store as SqliteEventStore
      await store.close()
      return openSqliteEventStore(path)
    }
  })

  describe("sqlite store", () => {
    it("applies its migrations once, however often it is opened", async () => {
      const path = freshPath()
      const first = await openSqliteEventStore(path)
      await first.appendToStream("plan-a", sampleEvents(2), { expectedRevision: "no-stream" })
      await first.close()
      const second = await openSqliteEventStore(path)
      const versions = second.database.prepare("SELECT version FROM schema_migrations ORDER BY version").all()
      expect(versions).toEqual(MIGRATIONS.map((migration) => [migration.version]))
      expect((await second.verify()).ok).toBe(true)
      await second.close()
    })

    it("reports a stored payload that no longer parses as undecodable", async () => {
      const store = await openSqliteEventStore(freshPath())
      await store.appendToStream("plan-a", sampleEvents(2), { expectedRevision: "no-stream" })
      store.database.prepare("UPDATE events SET data = substr(data, 2) WHERE global_position = 2").run()
      expect(await store.verify()).toMatchObject({ ok: false, damage: { kind: "undecodable", globalPosition: 2 } })
      await store.close()
    })

    it("reads across page boundaries in order", async () => {
      const store = await openSqliteEventStore(freshPath())
      for (let batch = 0; batch < 5; batch++) {
        await store.appendToStream("plan-a", sampleEvents(1000), { expectedRevision: batch === 0 ? "no-stream" : batch * 1000 - 1 })
      }
      let expected = 1
      for await (const event of store.readAll()) expect(event.globalPosition).toBe(expected++)
      expect(expected).toBe(5001)
      let revision = 2500
      for await (const event of store.readStream("plan-a", { fromRevision: 2500 })) expect(event.streamRevision).toBe(revision++)
      expect(revision).toBe(5000)
      await store.close()
    })

    it("refuses to open a path it cannot create, saying so", async () => {
      const notADirectory = freshPath()
      writeFileSync(notADirectory, "a file, not a directory")
      await expect(openSqliteEventStore(join(notADirectory, "ledger.db"))).rejects.toMatchObject({ _tag: "StoreUnavailable" })
    })
  })
})
