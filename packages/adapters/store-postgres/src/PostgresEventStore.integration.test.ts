import { LedgerEvents } from "@plan-ledger/core/store"
import { MerkleProofs, type PersonalData, ReplayPages } from "@plan-ledger/eventstore"
import { ledgerStoreConformance, sampleEvents } from "@plan-ledger/core/testkit"
import { eventStoreConformance, logTree, nodeIdsOf, personalDataConformance, SampleEvents } from "@plan-ledger/eventstore/testkit"
import pg from "pg"
import { describe, expect, it } from "vitest"
import { lockKey, MIGRATIONS, notifyChannel } from "./Migrations.js"
import { close as closeLedger } from "./close.js"
import { open as openLedger } from "./open.js"
import { personalVault } from "./personalVault.js"
import { openPostgresEventStore, type PostgresEventStore } from "./PostgresEventStore.js"
import { freshSchemaUrl, POSTGRES_SKIP_REASON, postgresTestUrl, schemaFileBytes } from "./testkit/index.js"

const POSTGRES_TEST_URL = postgresTestUrl()

const urls = new WeakMap<object, string>()
const open = async (url: string) => {
  const store = await openPostgresEventStore(url, { events: LedgerEvents })
  urls.set(store, url)
  return store
}
const openWithSamples = async (url: string) => {
  const store = await openPostgresEventStore(url, { events: SampleEvents.schema })
  urls.set(store, url)
  return store
}

const base = POSTGRES_TEST_URL ?? ""

describe.skipIf(POSTGRES_TEST_URL === undefined)(
  `PostgreSQL (${POSTGRES_TEST_URL === undefined ? `skipped: ${POSTGRES_SKIP_REASON}` : "test server"})`,
  () => {
    eventStoreConformance("postgres", {
      open: () => openWithSamples(freshSchemaUrl(base)),
      reopen: async (store) => {
        await store.close()
        return openWithSamples(urls.get(store) as string)
      },
      tamper: async (store, globalPosition) => {
        const { pool, schema } = store as PostgresEventStore
        // One character of the stored reason, changed in the table behind the store's back.
        await pool.query(
          `UPDATE ${schema}.events SET event = replace(event, '"reason":"store conformance test"', '"reason":"store conformance tesT"') WHERE global_position = $1`,
          [globalPosition]
        )
      }
    })

    personalDataConformance("postgres", {
      open: () => openWithSamples(freshSchemaUrl(base)),
      // The suite hands back the store under its personal-data layer, a copy of its members: the
      // ledger's URL is found again from its schema.
      reopen: async (store) => {
        await store.close()
        const url = new URL(base)
        url.searchParams.set("schema", (store as PostgresEventStore).schema)
        return openWithSamples(url.toString())
      },
      storedBytes: (store) => () => schemaFileBytes(base, (store as PostgresEventStore).schema),
      refusedValuesLinger:
        "PostgreSQL keeps a deleted row's bytes in the table's file until the table is vacuumed, which the next erasure's VACUUM FULL does",
      tamperValue: async (store, commitment, part) => {
        const { pool, schema } = store as PostgresEventStore
        await pool.query(
          part === "value"
            ? `UPDATE ${schema}.personal_values SET value = value || '.' WHERE commitment = $1`
            : `UPDATE ${schema}.personal_values SET salt = (CASE left(salt, 1) WHEN '0' THEN '1' ELSE '0' END) || substr(salt, 2) WHERE commitment = $1`,
          [commitment]
        )
      }
    })

    ledgerStoreConformance("postgres", {
      open: () => open(freshSchemaUrl(base)),
      reopen: async (store) => {
        await store.close()
        return open(urls.get(store) as string)
      }
    })

    describe("PostgreSQL store", () => {
      it("applies its migrations once, however often and however concurrently it is opened", async () => {
        const url = freshSchemaUrl(base)
        const stores = await Promise.all([open(url), open(url), open(url)])
        const { rows } = await (stores[0] as PostgresEventStore).pool.query(
          `SELECT version FROM ${(stores[0] as PostgresEventStore).schema}.schema_migrations ORDER BY version`
        )
        expect(rows).toEqual(MIGRATIONS.map((migration) => ({ version: migration.version })))
        await Promise.all(stores.map((store) => store.close()))
      })

      describe("the Merkle tree's nodes", () => {
        const sqlOf = (version: number, schema: string) =>
          (MIGRATIONS.find((migration) => migration.version === version)?.sql ?? "")
            .replaceAll("{schema}", schema)
            .replaceAll("{lockKey}", String(lockKey(schema)))
            .replaceAll("{channel}", notifyChannel(schema))
        const rowsByLevel = async ({ pool, schema }: PostgresEventStore) =>
          (
            await pool.query<{ level: number; nodes: string }>(
              `SELECT level, count(*) AS nodes FROM ${schema}.merkle_nodes GROUP BY level ORDER BY level`
            )
          ).rows.map((row) => [row.level, Number(row.nodes)])
        const ledgerOfForty = async () => {
          const url = freshSchemaUrl(base)
          const first = await open(url)
          await first.appendToStream("plan-a", sampleEvents(40), { expectedRevision: "no-stream" })
          return { url, first, tree: await logTree(first.readAll()) }
        }

        it("keeps the nodes from level 4 up, and answers every node below from the events", async () => {
          const store = await open(freshSchemaUrl(base))
          await store.appendToStream("plan-a", sampleEvents(70), { expectedRevision: "no-stream" })
          await store.appendToStream("plan-b", sampleEvents(30), { expectedRevision: "no-stream" })
          // 100 leaves: six nodes of 16 leaves, three of 32, one of 64.
          expect(await rowsByLevel(store)).toEqual([
            [4, 6],
            [5, 3],
            [6, 1]
          ])
          const tree = await logTree(store.readAll())
          expect(await store.merkle.read(nodeIdsOf(100))).toEqual(await tree.read(nodeIdsOf(100)))
          expect(await store.merkle.leafCount()).toBe(100)
          await store.close()
        })

        it("migrates a ledger that kept every node to the levels kept now, with the same tree", async () => {
          const { url, first, tree } = await ledgerOfForty()
          const { pool, schema } = first
          // The ledger as migration 6 left it: every node kept, no merkle_size, the append of migration 5.
          const ids = nodeIdsOf(40).filter((id) => id.level < 4)
          await pool.query(
            `INSERT INTO ${schema}.merkle_nodes (level, node_index, hash) SELECT * FROM unnest($1::int[], $2::bigint[], $3::bytea[])`,
            [ids.map((id) => id.level), ids.map((id) => id.index), (await tree.read(ids)).map((hash) => Buffer.from(hash))]
          )
          await pool.query(`DROP TABLE ${schema}.merkle_size; DROP FUNCTION ${schema}.append_sealed_json`)
          await pool.query(sqlOf(5, schema))
          await pool.query(`DELETE FROM ${schema}.schema_migrations WHERE version = 7`)
          await first.close()
          const second = await open(url)
          expect(await rowsByLevel(second)).toEqual([
            [4, 2],
            [5, 1]
          ])
          expect(await second.merkle.leafCount()).toBe(40)
          expect(await second.merkle.read(nodeIdsOf(40))).toEqual(await tree.read(nodeIdsOf(40)))
          await second.appendToStream("plan-a", sampleEvents(3), { expectedRevision: 39 })
          expect(await second.merkle.leafCount()).toBe(43)
          expect(await second.verify()).toMatchObject({ ok: true, eventsChecked: 43 })
          await second.close()
        })

        it("builds the tree of a ledger written before the tree was kept when it is migrated, then keeps it", async () => {
          const { url, first, tree } = await ledgerOfForty()
          const { pool, schema } = first
          // The ledger as migration 3 left it: no tree, no vault, and the append that writes no nodes.
          await pool.query(
            `DROP TABLE ${schema}.merkle_nodes, ${schema}.merkle_size, ${schema}.personal_values, ${schema}.personal_erasures, ${schema}.subject_links`
          )
          await pool.query(`DROP FUNCTION ${schema}.append_sealed_json; DROP FUNCTION ${schema}.append_sealed`)
          await pool.query(sqlOf(3, schema))
          await pool.query(`DELETE FROM ${schema}.schema_migrations WHERE version >= 4`)
          await first.close()
          const migrated = await open(url)
          expect(await migrated.merkle.leafCount()).toBe(40)
          expect(await MerkleProofs.treeHead(migrated.merkle, 40)).toEqual(await MerkleProofs.treeHead(tree, 40))
          await migrated.appendToStream("plan-a", sampleEvents(3), { expectedRevision: 39 })
          const grown = await logTree(migrated.readAll())
          expect(await MerkleProofs.treeHead(migrated.merkle, 43)).toEqual(await MerkleProofs.treeHead(grown, 43))
          expect(await migrated.verify()).toMatchObject({ ok: true, eventsChecked: 43 })
          await migrated.close()
        })

        it("reports a node kept beyond the tree's size", async () => {
          const { first } = await ledgerOfForty()
          // The log and the size cut back to twenty events, the nodes of the forty left.
          await first.pool.query(
            `DELETE FROM ${first.schema}.events WHERE global_position > 20; UPDATE ${first.schema}.merkle_size SET leaves = 20`
          )
          expect(await first.verify()).toMatchObject({
            ok: false,
            damage: { kind: "tree-mismatch", message: "the store keeps the Merkle tree of 32 events, but its log holds 20" }
          })
          await first.close()
        })

        it("refuses an append and the tree once the tree's size has lost its row, and stores nothing", async () => {
          const { first } = await ledgerOfForty()
          await first.pool.query(`DELETE FROM ${first.schema}.merkle_size`)
          await expect(first.appendToStream("plan-b", sampleEvents(1), { expectedRevision: "no-stream" })).rejects.toMatchObject({
            _tag: "StoreUnavailable",
            detail: expect.stringContaining("merkle_size lost its row")
          })
          const { rows } = await first.pool.query<{ events: string }>(`SELECT count(*) AS events FROM ${first.schema}.events`)
          expect(Number(rows[0]?.events)).toBe(40)
          // Nor is a tree of unknown size read, or signed: verify reports it.
          await expect(first.merkle.leafCount()).rejects.toMatchObject({ _tag: "StoreUnavailable" })
          await expect(MerkleProofs.treeHead(first.merkle, 40)).rejects.toMatchObject({ _tag: "StoreUnavailable" })
          expect(await first.verify()).toMatchObject({ ok: false, damage: { kind: "tree-mismatch" } })
          await first.close()
        })
      })

      it("reads a stream page by page of revisions, and past a gap that only damage leaves, so verify and reads see the same rows", async () => {
        const store = await open(freshSchemaUrl(base))
        const { pool, schema } = store
        await store.appendToStream("plan-a", sampleEvents(5), { expectedRevision: "no-stream" })
        const revisions = async (options = {}) => {
          const read: Array<number> = []
          for await (const event of store.readStream("plan-a", options)) read.push(event.streamRevision)
          return read
        }
        expect(await revisions({ fromRevision: 1, toRevision: 3 })).toEqual([1, 2, 3])
        const longer = 2 * ReplayPages.REPLAY_PAGE_SIZE + 3
        await store.appendToStream("plan-long", sampleEvents(longer), { expectedRevision: "no-stream" })
        let count = 0
        for await (const event of store.readStream("plan-long")) expect(event.streamRevision).toBe(count++)
        expect(count).toBe(longer)
        await pool.query(`DELETE FROM ${schema}.events WHERE stream = 'plan-a' AND stream_revision IN (1, 2)`)
        expect(await revisions()).toEqual([0, 3, 4])
        expect(await revisions({ toRevision: 3 })).toEqual([0, 3])
        expect(await revisions({ fromRevision: 5 })).toEqual([])
        await store.close()
      })

      it("refuses appends and imports on a store opened to read, in the words every store uses", async () => {
        const url = freshSchemaUrl(base)
        const writer = await open(url)
        await writer.appendToStream("plan-a", sampleEvents(1), { expectedRevision: "no-stream" })
        const reader = await openPostgresEventStore(url, { events: LedgerEvents, access: "read" })
        const refusal = { _tag: "StoreUnavailable", detail: "the ledger was opened for reading only; open it for writing to append" }
        await expect(reader.appendToStream("plan-b", sampleEvents(1), { expectedRevision: "no-stream" })).rejects.toMatchObject(refusal)
        await expect(reader.importSealed(writer.readAll())).rejects.toMatchObject(refusal)
        await expect(reader.personalVault?.link({ alias: "J. Roe", subject: "officer-17" })).rejects.toMatchObject(refusal)
        await Promise.all([writer.close(), reader.close()])
      })

      it("migrates a ledger of the level before the personal vault, and its vault then keeps values", async () => {
        const url = freshSchemaUrl(base)
        const written = await open(url)
        const { pool, schema } = written
        await written.appendToStream("plan-a", sampleEvents(2), { expectedRevision: "no-stream" })
        // The ledger as migration 5 left it: no vault tables, and migration 6 not recorded.
        await pool.query(`DROP TABLE ${schema}.personal_values, ${schema}.personal_erasures, ${schema}.subject_links`)
        await pool.query(`DELETE FROM ${schema}.schema_migrations WHERE version = 6`)
        await written.close()
        const migrated = await open(url)
        const link = { alias: "J. Roe", subject: "officer-17" }
        await migrated.personalVault?.link(link)
        expect(await migrated.personalVault?.links()).toEqual([link])
        expect((await migrated.verify()).ok).toBe(true)
        await migrated.close()
      })

      describe("an erasure while another session is in a transaction that began before it", () => {
        const kept = (value: string): PersonalData.KeptValue => ({
          commitment: `personal-data:sha256:${"0".repeat(63)}1`,
          eventId: "event-1",
          pointer: "/actor",
          kind: "actor",
          subject: null,
          salt: "00".repeat(32),
          value
        })
        const erasure = { erasedOn: "2026-12-07", erasedBy: "event-2" }
        // A session that has read the ledger in a repeatable-read transaction, so the server must
        // keep for it every row deleted later.
        const holdSnapshot = async () => {
          const session = new pg.Client({ connectionString: base })
          await session.connect()
          await session.query("BEGIN ISOLATION LEVEL REPEATABLE READ")
          await session.query("SELECT 1")
          return session
        }
        const holds = async (schema: string, text: string) =>
          (await schemaFileBytes(base, schema)).some((bytes) => bytes.includes(Buffer.from(text)))

        it("waits for it to end, then leaves no copy of the value in the files", async () => {
          const store = await openWithSamples(freshSchemaUrl(base))
          const value = "Zebedee Quarrington"
          await store.personalVault?.keep([kept(value)])
          const session = await holdSnapshot()
          let ended = false
          const ending = new Promise((resolve) => setTimeout(resolve, 300)).then(async () => {
            ended = true
            await session.end()
          })
          await store.personalVault?.erase([kept(value).commitment], erasure)
          expect(ended).toBe(true)
          await ending
          expect(await holds(store.schema, value)).toBe(false)
          await store.close()
        })

        it("names it when it outlasts the wait, and leaves the value erased", async () => {
          const url = freshSchemaUrl(base)
          const ledger = await openLedger(url, { events: SampleEvents.schema })
          const vault = personalVault(ledger, { scrubWaitMilliseconds: 200 })
          const value = "Zebedee Quarrington"
          await vault.keep([kept(value)])
          const session = await holdSnapshot()
          const [{ pid } = { pid: 0 }] = (await session.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows
          await expect(vault.erase([kept(value).commitment], erasure)).rejects.toMatchObject({
            _tag: "StoreUnavailable",
            detail: expect.stringContaining(`the values of this step are erased, but session ${pid}`)
          })
          expect(await vault.read([kept(value).commitment])).toEqual(new Map([[kept(value).commitment, expect.objectContaining(erasure)]]))
          await session.end()
          await closeLedger(ledger)()
        })
      })

      it("gives a reader following the global order every event exactly once, even while a slow writer holds its transaction", async () => {
        const url = freshSchemaUrl(base)
        const writers = await Promise.all([open(url), open(url), open(url)])
        const follower = await open(url)
        const { schema } = follower
        const seen: Array<number> = []
        let following = true
        const follow = (async () => {
          while (following || seen.length < 3 * 20 + 1) {
            for await (const event of follower.readAll({ fromPosition: (seen.at(-1) ?? 0) + 1 })) seen.push(event.globalPosition)
            await new Promise((resolve) => setTimeout(resolve, 2))
          }
        })()
        // A slow writer: holds the ledger's lock in an open transaction for 300 ms, as an append
        // stalled between reading the last position and committing would.
        const slow = new pg.Client({ connectionString: base })
        await slow.connect()
        await slow.query("BEGIN")
        await slow.query("SELECT pg_advisory_xact_lock($1)", [lockKey(schema)])
        // What the writers had committed by the time the slow writer let go: nothing, for none can
        // commit around a transaction that holds the ledger's lock.
        let committedWhileHeld: number | undefined
        const slowCommit = new Promise((resolve) => setTimeout(resolve, 300))
          .then(() => slow.query<{ readonly events: number }>(`SELECT count(*)::int AS events FROM ${schema}.events`))
          .then((counted) => {
            committedWhileHeld = counted.rows[0]?.events
            return slow.query("COMMIT")
          })
          .then(() => slow.end())
        await Promise.all([
          ...writers.map((writer, index) =>
            (async () => {
              for (let round = 0; round < 20; round++)
                await writer.appendToStream(`plan-${index}`, sampleEvents(1), { expectedRevision: round === 0 ? "no-stream" : round - 1 })
            })()
          ),
          slowCommit
        ])
        // The writers had to wait for the slow transaction: none could commit out of order around it.
        expect(committedWhileHeld).toBe(0)
        await writers[0]?.appendToStream("plan-last", sampleEvents(1), { expectedRevision: "no-stream" })
        following = false
        await follow
        expect(seen).toEqual(Array.from({ length: 61 }, (_, index) => index + 1))
        expect(await follower.verify()).toMatchObject({ ok: true, eventsChecked: 61 })
        await Promise.all([...writers, follower].map((store) => store.close()))
      }, 60_000)
    })
  }
)
