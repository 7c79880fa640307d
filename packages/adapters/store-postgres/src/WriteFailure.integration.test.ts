import { LedgerEvents } from "@plan-ledger/core/store"
import { sampleEvents } from "@plan-ledger/core/testkit"
import { describe, expect, it } from "vitest"
import { openPostgresEventStore, type PostgresEventStore } from "./PostgresEventStore.js"
import { freshSchemaUrl, POSTGRES_SKIP_REASON, postgresTestUrl } from "./testkit/index.js"

const POSTGRES_TEST_URL = postgresTestUrl()

const eventCount = async (store: PostgresEventStore): Promise<number> =>
  Number((await store.pool.query<{ count: string }>(`SELECT count(*) FROM ${store.schema}.events`)).rows[0]?.count)

// A deferred constraint trigger runs inside COMMIT: what `body` does there is what the commit meets.
const failAtCommit = async (store: PostgresEventStore, body: string): Promise<void> => {
  await store.pool.query(
    `CREATE FUNCTION ${store.schema}.at_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body}; RETURN NULL; END $$`
  )
  await store.pool.query(
    `CREATE CONSTRAINT TRIGGER at_commit AFTER INSERT ON ${store.schema}.events DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ${store.schema}.at_commit()`
  )
}

const allowCommits = (store: PostgresEventStore) => store.pool.query(`DROP TRIGGER at_commit ON ${store.schema}.events`)

describe.skipIf(POSTGRES_TEST_URL === undefined)(
  `PostgreSQL commit that fails (${POSTGRES_TEST_URL === undefined ? `skipped: ${POSTGRES_SKIP_REASON}` : "test server"})`,
  () => {
    it("rejects a commit the server refuses for a full disk as StoreWriteFailed, with nothing stored", async () => {
      const store = await openPostgresEventStore(freshSchemaUrl(POSTGRES_TEST_URL ?? ""), { events: LedgerEvents })
      await store.appendToStream("plan-a", sampleEvents(2), { expectedRevision: "no-stream" })
      await failAtCommit(store, "RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'")
      const failed = await store.appendToStream("plan-a", sampleEvents(3), { expectedRevision: 1 }).catch((caught: unknown) => caught)
      expect(failed).toMatchObject({ _tag: "StoreWriteFailed", step: "commit to", code: "53100", left: "nothing" })
      expect((failed as Error).message).toContain("free space on that disk")
      expect(await eventCount(store)).toBe(2)
      await allowCommits(store)
      expect(await store.appendToStream("plan-a", sampleEvents(3), { expectedRevision: 1 })).toMatchObject({ lastGlobalPosition: 5 })
      await store.close()
    })

    it("never says a commit whose connection was lost was written or not: its outcome is unknown", async () => {
      const store = await openPostgresEventStore(freshSchemaUrl(POSTGRES_TEST_URL ?? ""), { events: LedgerEvents })
      await store.appendToStream("plan-a", sampleEvents(2), { expectedRevision: "no-stream" })
      // The backend ends its own connection in the middle of the commit.
      await failAtCommit(store, "PERFORM pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(5)")
      const failed = await store.appendToStream("plan-a", sampleEvents(3), { expectedRevision: 1 }).catch((caught: unknown) => caught)
      expect(failed).toMatchObject({ _tag: "StoreWriteFailed", step: "commit to", left: "unknown" })
      expect((failed as Error).message).toContain("the append was not acknowledged — could not commit to")
      expect((failed as Error).message).toContain("may or may not be stored")
      // Here the commit had not happened; running the append again after the fault stores it once.
      expect(await eventCount(store)).toBe(2)
      await allowCommits(store)
      expect(await store.appendToStream("plan-a", sampleEvents(3), { expectedRevision: 1 })).toMatchObject({ lastGlobalPosition: 5 })
      await store.close()
    })
  }
)
