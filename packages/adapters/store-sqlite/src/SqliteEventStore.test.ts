import { LedgerEvents } from "@plan-ledger/core/store"
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ledgerStoreConformance, sampleEvents } from "@plan-ledger/core/testkit"
import { eventStoreConformance, logTree, nodeIdsOf, personalDataConformance, SampleEvents } from "@plan-ledger/eventstore/testkit"
import { type InMemoryMerkleNodes, MerkleProofs } from "@plan-ledger/eventstore"
import { afterAll, describe, expect, it } from "vitest"
import { KEPT_FROM_LEVEL } from "./MerkleTable.js"
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

    describe("the Merkle tree's nodes", () => {
      // Every node of the tree, what the tree holds for it, and what the store answers.
      const everyNode = async (store: SqliteEventStore, tree: InMemoryMerkleNodes.InMemoryMerkleNodes) => {
        const ids = nodeIdsOf(tree.range().size)
        return { ids, expected: await tree.read(ids), stored: await store.merkle.read(ids) }
      }
      // A ledger of forty events, and its whole tree.
      const ledgerOfForty = async () => {
        const path = freshPath()
        const first = await openSqliteEventStore(path)
        await first.appendToStream("plan-a", sampleEvents(40), { expectedRevision: "no-stream" })
        return { path, first, tree: await logTree(first.readAll()) }
      }
      // Makes a ledger what migration 5 left: every node of its tree kept, no merkle_size, migration
      // 6 not recorded. Returns the tree's nodes, in `everyNode`'s order.
      const asMigrationFiveLeftIt = async (store: SqliteEventStore, tree: InMemoryMerkleNodes.InMemoryMerkleNodes) => {
        const insert = store.database.prepare("INSERT OR IGNORE INTO merkle_nodes (level, node_index, hash) VALUES (?, ?, ?)")
        const { ids, expected } = await everyNode(store, tree)
        ids.forEach((id, at) => insert.run([id.level, id.index, expected[at] as Uint8Array]))
        store.database.exec("DROP TABLE merkle_size; DELETE FROM schema_migrations WHERE version = 6")
        return expected
      }
      const keptRows = (store: SqliteEventStore) =>
        store.database
          .prepare<[level: number, rows: number]>("SELECT level, count(*) FROM merkle_nodes GROUP BY level ORDER BY level")
          .all()

      it("keeps the nodes from level 4 up, and answers every node below from the events", async () => {
        const store = await openSqliteEventStore(freshPath())
        await store.appendToStream("plan-a", sampleEvents(70), { expectedRevision: "no-stream" })
        await store.appendToStream("plan-b", sampleEvents(30), { expectedRevision: "no-stream" })
        const tree = await logTree(store.readAll())
        // 100 leaves: six nodes of 16 leaves, three of 32, one of 64.
        expect(keptRows(store)).toEqual([
          [4, 6],
          [5, 3],
          [6, 1]
        ])
        expect(KEPT_FROM_LEVEL).toBe(4)
        const { expected, stored } = await everyNode(store, tree)
        expect(stored).toEqual(expected)
        expect(await store.merkle.leafCount()).toBe(100)
        expect(await MerkleProofs.treeHead(store.merkle, 100)).toEqual(await MerkleProofs.treeHead(tree, 100))
        await store.close()
      })

      it("migrates a ledger that kept every node to the levels kept now, with the same tree", async () => {
        const { path, first, tree } = await ledgerOfForty()
        const expected = await asMigrationFiveLeftIt(first, tree)
        await first.close()
        const second = await openSqliteEventStore(path)
        expect(keptRows(second)).toEqual([
          [4, 2],
          [5, 1]
        ])
        expect(await second.merkle.leafCount()).toBe(40)
        expect((await everyNode(second, tree)).stored).toEqual(expected)
        expect(await second.verify()).toMatchObject({ ok: true, eventsChecked: 40 })
        await second.close()
      })

      it("leaves the tree of a ledger cut short under it for verify to report, rather than refusing to migrate it", async () => {
        const { path, first, tree } = await ledgerOfForty()
        // The ledger as migration 5 left it — and its last five events deleted.
        await asMigrationFiveLeftIt(first, tree)
        first.database.exec("DELETE FROM events WHERE global_position > 35")
        await first.close()
        const second = await openSqliteEventStore(path)
        expect(await second.merkle.leafCount()).toBe(40)
        expect(await second.verify()).toMatchObject({ ok: false, damage: { kind: "tree-mismatch" } })
        await second.close()
      })

      it("reports a node kept beyond the tree's size", async () => {
        const { first } = await ledgerOfForty()
        // The log and the size cut back to twenty events, the nodes of the forty left.
        first.database.exec("DELETE FROM events WHERE global_position > 20; UPDATE merkle_size SET leaves = 20")
        expect(await first.verify()).toMatchObject({
          ok: false,
          damage: { kind: "tree-mismatch", message: "the store keeps the Merkle tree of 32 events, but its log holds 20" }
        })
        await first.close()
      })

      it("builds the tree of a ledger from before the tree was kept when it is migrated", async () => {
        const { path, first, tree } = await ledgerOfForty()
        // The ledger as migration 3 left it.
        first.database.exec(
          "DROP TABLE merkle_nodes; DROP TABLE merkle_size; DROP TABLE personal_values; DROP TABLE personal_erasures; DROP TABLE subject_links; DELETE FROM schema_migrations WHERE version >= 4"
        )
        await first.close()
        const second = await openSqliteEventStore(path)
        expect(await second.merkle.leafCount()).toBe(40)
        expect(await MerkleProofs.treeHead(second.merkle, 40)).toEqual(await MerkleProofs.treeHead(tree, 40))
        expect(await second.verify()).toMatchObject({ ok: true, eventsChecked: 40 })
        await second.close()
      })
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
