import { LedgerEvents } from "@plan-ledger/core/store"
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { DatabaseSync } from "node:sqlite"
import { sampleEvents } from "@plan-ledger/core/testkit"
import { afterAll, describe, expect, it } from "vitest"
import { MIGRATIONS } from "./Migrations.js"
import { DRIVERS_UNDER_TEST } from "../test/DriversUnderTest.js"
import { openSqliteEventStore as openWithDriver } from "./SqliteEventStore.js"

const directory = mkdtempSync(join(tmpdir(), "plan-ledger-sqlite-read-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))
let counter = 0
const freshPath = (): string => join(directory, `ledger-${++counter}.db`)

const collect = async <A>(items: AsyncIterable<A>): Promise<Array<A>> => {
  const collected: Array<A> = []
  for await (const item of items) collected.push(item)
  return collected
}

// Every case runs on each driver (DRIVERS_UNDER_TEST): the store is one implementation over either.
describe.each(DRIVERS_UNDER_TEST)("on %s", (driver) => {
  const openSqliteEventStore = (path: string, options: { readonly access?: "read" } = {}) =>
    openWithDriver(path, { ...options, events: LedgerEvents, driver })

  describe("an SQLite ledger opened to read", () => {
    it("is never created where there is none", async () => {
      const path = freshPath()
      await expect(openSqliteEventStore(path, { access: "read" })).rejects.toMatchObject({
        _tag: "StoreUnavailable",
        message: expect.stringContaining(`no ledger at ${path}: reading never creates one`)
      })
      expect(existsSync(path)).toBe(false)
    })

    it("reads and verifies every event, refuses appends, and leaves the database file as it was", async () => {
      const path = freshPath()
      const writer = await openSqliteEventStore(path)
      await writer.appendToStream("plan-a", sampleEvents(3), { expectedRevision: "no-stream" })
      await writer.close()
      const before = readFileSync(path)
      const reader = await openSqliteEventStore(path, { access: "read" })
      expect(await collect(reader.readAll())).toHaveLength(3)
      expect(await reader.verify()).toMatchObject({ ok: true, eventsChecked: 3 })
      await expect(reader.appendToStream("plan-b", sampleEvents(1), { expectedRevision: "no-stream" })).rejects.toMatchObject({
        _tag: "StoreUnavailable",
        message: expect.stringContaining("opened for reading only")
      })
      await reader.close()
      expect(readFileSync(path).equals(before)).toBe(true)
    })

    it("refuses a ledger whose schema is older than the code, rather than migrating it", async () => {
      const path = freshPath()
      // A ledger of an older plan-ledger: its migrations table records none of this code's migrations.
      const old = new DatabaseSync(path)
      old.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)")
      old.close()
      const before = readFileSync(path)
      await expect(openSqliteEventStore(path, { access: "read" })).rejects.toMatchObject({
        _tag: "StoreUnavailable",
        message: expect.stringContaining(
          `the ledger's schema is older than this plan-ledger (it lacks migrations ${MIGRATIONS.map(({ version }) => version).join(", ")}), and reading never migrates a ledger`
        )
      })
      expect(readFileSync(path).equals(before)).toBe(true)
      // Opened to write, it is migrated as before.
      const writer = await openSqliteEventStore(path)
      expect(writer.database.prepare("SELECT version FROM schema_migrations").all()).toEqual(MIGRATIONS.map(({ version }) => [version]))
      await writer.close()
    })

    it("refuses a ledger written by a newer plan-ledger, and an empty database, saying which", async () => {
      const newer = freshPath()
      const writer = await openSqliteEventStore(newer)
      writer.database
        .prepare("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)")
        .run([MIGRATIONS.length + 1, "from a later version", "2030-01-01T00:00:00.000Z"])
      await writer.close()
      await expect(openSqliteEventStore(newer, { access: "read" })).rejects.toMatchObject({
        message: expect.stringContaining(`written by a newer plan-ledger (schema version ${MIGRATIONS.length + 1}`)
      })
      const empty = freshPath()
      new DatabaseSync(empty).close()
      await expect(openSqliteEventStore(empty, { access: "read" })).rejects.toMatchObject({
        message: expect.stringContaining("is an empty SQLite database, not a ledger yet")
      })
    })
  })

  describe("an SQLite append the disk cannot hold", () => {
    it("fails with SQLITE_FULL naming the file, is rolled back whole, and the store appends once there is room", async () => {
      const path = freshPath()
      const store = await openSqliteEventStore(path)
      await store.appendToStream("plan-a", sampleEvents(5), { expectedRevision: "no-stream" })
      // SQLite's own ceiling on the database's pages stands in for a full disk: it fails the write with SQLITE_FULL.
      const pages = Number(store.database.pragma("page_count"))
      store.database.pragma(`max_page_count = ${pages}`)
      const failed = await store.appendToStream("plan-a", sampleEvents(500), { expectedRevision: 4 }).catch((caught: unknown) => caught)
      expect(failed).toMatchObject({ _tag: "StoreWriteFailed", code: "SQLITE_FULL", target: path, left: "nothing" })
      expect((failed as Error).message).toContain("free space on that disk")
      expect(await collect(store.readAll())).toHaveLength(5)
      store.database.pragma(`max_page_count = ${pages * 1000}`)
      expect(await store.appendToStream("plan-a", sampleEvents(500), { expectedRevision: 4 })).toMatchObject({
        appended: true,
        lastGlobalPosition: 505
      })
      expect(await store.verify()).toMatchObject({ ok: true, eventsChecked: 505 })
      await store.close()
    })
  })
})
