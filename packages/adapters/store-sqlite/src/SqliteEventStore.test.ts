import { LedgerEvents } from "@plan-ledger/core/store"
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ledgerStoreConformance, sampleEvents } from "@plan-ledger/core/testkit"
import { eventStoreConformance, personalDataConformance, SampleEvents } from "@plan-ledger/eventstore/testkit"
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

  personalDataConformance(`sqlite (${driver})`, {
    open: () => openWithSamples(freshPath()),
    reopen: async (store) => {
      const { path } = store as SqliteEventStore
      await store.close()
      return openWithSamples(path)
    },
    // The database, its write-ahead log and its shared-memory index: every file SQLite keeps the ledger in.
    storedBytes: (store) => {
      const { path } = store as SqliteEventStore
      return async () => [path, `${path}-wal`, `${path}-shm`].filter((file) => existsSync(file)).map((file) => readFileSync(file))
    },
    tamperValue: async (store, commitment, part) => {
      const { database } = store as SqliteEventStore
      database
        .prepare(
          part === "value"
            ? "UPDATE personal_values SET value = value || '.' WHERE commitment = ?"
            : "UPDATE personal_values SET salt = (CASE substr(salt, 1, 1) WHEN '0' THEN '1' ELSE '0' END) || substr(salt, 2) WHERE commitment = ?"
        )
        .run([commitment])
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

    it("migrates a ledger of the level before the personal vault, and its vault then keeps values", async () => {
      const path = freshPath()
      const first = await openSqliteEventStore(path)
      await first.appendToStream("plan-a", sampleEvents(2), { expectedRevision: "no-stream" })
      // The ledger as migration 4 left it: no vault tables, and migration 5 not recorded.
      first.database.exec("DROP TABLE personal_values; DROP TABLE personal_erasures; DROP TABLE subject_links")
      first.database.prepare("DELETE FROM schema_migrations WHERE version = 5").run()
      await first.close()
      const second = await openSqliteEventStore(path)
      const link = { alias: "J. Roe", subject: "officer-17" }
      await second.personalVault?.link(link)
      expect(await second.personalVault?.links()).toEqual([link])
      expect((await second.verify()).ok).toBe(true)
      await second.close()
    })

    it("refuses every write to the vault of a ledger opened to read", async () => {
      const path = freshPath()
      await (await openSqliteEventStore(path)).close()
      const reader = await openWithDriver(path, { events: LedgerEvents, driver, access: "read" })
      await expect(reader.personalVault?.link({ alias: "J. Roe", subject: "officer-17" })).rejects.toMatchObject({
        _tag: "StoreUnavailable",
        message: expect.stringContaining("opened for reading only")
      })
      expect(await reader.personalVault?.links()).toEqual([])
      await reader.close()
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
