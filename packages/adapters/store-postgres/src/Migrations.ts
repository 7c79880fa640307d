import { MigrationLevel, StoreUnavailable } from "@plan-ledger/eventstore"
import type { PoolClient } from "pg"
import { backfillNodes, KEPT_FROM_LEVEL } from "./MerkleTable.js"

// What migration 5 declares and migration 7 replaces: `append_sealed_json`'s parameters and
// result, and its call of `append_sealed` with the elements' texts of the JSON array. Both
// migrations have run on ledgers already, so these texts never change.
const APPEND_SEALED_JSON = `{schema}.append_sealed_json(
        p_stream text, p_presumed_revision integer, p_presumed_position bigint, p_presumed_hash text,
        p_positions bigint[], p_ids text[], p_revisions integer[], p_recorded_at text[], p_events json, p_hashes text[],
        p_node_levels integer[], p_node_indexes bigint[], p_node_hashes bytea[]
      ) RETURNS TABLE (written boolean, stream_revision integer, stream_position bigint, chain_position bigint, chain_hash text, stored text[])`
const APPEND_SEALED_FROM_JSON = `{schema}.append_sealed(
          p_stream, p_presumed_revision, p_presumed_position, p_presumed_hash, p_positions, p_ids, p_revisions, p_recorded_at,
          ARRAY(SELECT e.value::text FROM json_array_elements(p_events) WITH ORDINALITY AS e(value, n) ORDER BY e.n),
          p_hashes, p_node_levels, p_node_indexes, p_node_hashes
        )`

/**
 * The schema, as numbered migrations applied in order, each with its `backfill` of what the rows
 * already stored imply, and recorded in `schema_migrations`, all in one transaction.
 * `{schema}` is replaced by the store's schema name, `{lockKey}` by its advisory-lock key and
 * `{channel}` by its notification channel.
 *
 * @category migrations
 * @since 0.1.0
 */
export const MIGRATIONS: ReadonlyArray<{
  readonly version: number
  readonly description: string
  readonly sql: string
  readonly backfill?: (client: PoolClient, schema: string) => Promise<void>
}> = [
  {
    version: 1,
    description: "events table: global position, identity, stream and revision as columns; the event as exact JSON text; hash chain",
    sql: `
      CREATE TABLE {schema}.events (
        global_position BIGINT  PRIMARY KEY,
        event_id        TEXT    NOT NULL UNIQUE,
        stream          TEXT    NOT NULL,
        stream_revision INTEGER NOT NULL,
        recorded_at     TEXT    NOT NULL,
        event           TEXT    NOT NULL,
        hash            TEXT    NOT NULL,
        UNIQUE (stream, stream_revision)
      );
    `
  },
  {
    version: 2,
    description: "snapshots table: the one checkpointed projection state, with its position, chain hash and projection version",
    sql: `
      CREATE TABLE {schema}.snapshots (
        global_position    BIGINT  NOT NULL,
        hash               TEXT    NOT NULL,
        projection_version INTEGER NOT NULL,
        state              TEXT    NOT NULL
      );
    `
  },
  {
    version: 3,
    description:
      "append_sealed: one statement per append that, under the ledger's lock, reports stored ids, checks the presumed heads and inserts",
    sql: `
      CREATE FUNCTION {schema}.append_sealed(
        p_stream text, p_presumed_revision integer, p_presumed_position bigint, p_presumed_hash text,
        p_positions bigint[], p_ids text[], p_revisions integer[], p_recorded_at text[], p_events text[], p_hashes text[]
      ) RETURNS TABLE (written boolean, stream_revision integer, stream_position bigint, chain_position bigint, chain_hash text, stored text[])
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock({lockKey});
        SELECT array_agg(e.event) INTO stored FROM {schema}.events e WHERE e.event_id = ANY(p_ids);
        SELECT e.stream_revision, e.global_position INTO stream_revision, stream_position
          FROM {schema}.events e WHERE e.stream = p_stream ORDER BY e.stream_revision DESC LIMIT 1;
        SELECT e.global_position, e.hash INTO chain_position, chain_hash FROM {schema}.events e ORDER BY e.global_position DESC LIMIT 1;
        stream_revision := coalesce(stream_revision, -1);
        stream_position := coalesce(stream_position, 0);
        chain_position := coalesce(chain_position, 0);
        written := stored IS NULL AND stream_revision = p_presumed_revision
          AND chain_position = p_presumed_position AND chain_hash IS NOT DISTINCT FROM p_presumed_hash;
        IF written THEN
          INSERT INTO {schema}.events (global_position, event_id, stream, stream_revision, recorded_at, event, hash)
            SELECT u.pos, u.id, p_stream, u.revision, u.recorded_at, u.event, u.hash
            FROM unnest(p_positions, p_ids, p_revisions, p_recorded_at, p_events, p_hashes)
              AS u(pos, id, revision, recorded_at, event, hash);
          -- Delivered to listeners when the transaction commits: subscribers wake instead of polling.
          PERFORM pg_notify('{channel}', '');
        END IF;
        RETURN NEXT;
      END
      $$;
    `
  },
  {
    version: 4,
    description:
      "merkle_nodes table: the hash of each node of the Merkle tree over the events' chain hashes, by (level, node_index) (filled from the events stored by migration 7); append_sealed inserts the nodes an append completes",
    sql: `
      CREATE TABLE {schema}.merkle_nodes (
        level      INTEGER NOT NULL,
        node_index BIGINT  NOT NULL,
        hash       BYTEA   NOT NULL,
        PRIMARY KEY (level, node_index)
      );
      DROP FUNCTION {schema}.append_sealed(text, integer, bigint, text, bigint[], text[], integer[], text[], text[], text[]);
      CREATE FUNCTION {schema}.append_sealed(
        p_stream text, p_presumed_revision integer, p_presumed_position bigint, p_presumed_hash text,
        p_positions bigint[], p_ids text[], p_revisions integer[], p_recorded_at text[], p_events text[], p_hashes text[],
        p_node_levels integer[], p_node_indexes bigint[], p_node_hashes bytea[]
      ) RETURNS TABLE (written boolean, stream_revision integer, stream_position bigint, chain_position bigint, chain_hash text, stored text[])
      LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock({lockKey});
        SELECT array_agg(e.event) INTO stored FROM {schema}.events e WHERE e.event_id = ANY(p_ids);
        SELECT e.stream_revision, e.global_position INTO stream_revision, stream_position
          FROM {schema}.events e WHERE e.stream = p_stream ORDER BY e.stream_revision DESC LIMIT 1;
        SELECT e.global_position, e.hash INTO chain_position, chain_hash FROM {schema}.events e ORDER BY e.global_position DESC LIMIT 1;
        stream_revision := coalesce(stream_revision, -1);
        stream_position := coalesce(stream_position, 0);
        chain_position := coalesce(chain_position, 0);
        written := stored IS NULL AND stream_revision = p_presumed_revision
          AND chain_position = p_presumed_position AND chain_hash IS NOT DISTINCT FROM p_presumed_hash;
        IF written THEN
          INSERT INTO {schema}.events (global_position, event_id, stream, stream_revision, recorded_at, event, hash)
            SELECT u.pos, u.id, p_stream, u.revision, u.recorded_at, u.event, u.hash
            FROM unnest(p_positions, p_ids, p_revisions, p_recorded_at, p_events, p_hashes)
              AS u(pos, id, revision, recorded_at, event, hash);
          INSERT INTO {schema}.merkle_nodes (level, node_index, hash)
            SELECT * FROM unnest(p_node_levels, p_node_indexes, p_node_hashes);
          -- Delivered to listeners when the transaction commits: subscribers wake instead of polling.
          PERFORM pg_notify('{channel}', '');
        END IF;
        RETURN NEXT;
      END
      $$;
    `
  },
  {
    version: 5,
    description:
      "append_sealed_json: append_sealed with the sealed events sent as one JSON array, not as a text[] literal escaped character by character",
    sql: `
      CREATE FUNCTION ${APPEND_SEALED_JSON}
      LANGUAGE plpgsql AS $$
      BEGIN
        -- A json value keeps its input text, so each element's text is exactly the event's text as sent.
        RETURN QUERY SELECT * FROM ${APPEND_SEALED_FROM_JSON};
      END
      $$;
    `
  },
  {
    version: 6,
    description:
      "personal vault: personal_values (each kept value with its salt, by commitment), personal_erasures (what is left of an erased one) and subject_links (names linked to a registered person)",
    sql: `
      CREATE TABLE {schema}.personal_values (
        commitment TEXT PRIMARY KEY,
        event_id   TEXT NOT NULL,
        pointer    TEXT NOT NULL,
        kind       TEXT NOT NULL,
        subject    TEXT,
        salt       TEXT NOT NULL,
        value      TEXT NOT NULL
      );
      CREATE INDEX personal_values_event_id ON {schema}.personal_values (event_id);
      CREATE INDEX personal_values_subject ON {schema}.personal_values (subject);
      CREATE TABLE {schema}.personal_erasures (
        commitment TEXT PRIMARY KEY,
        event_id   TEXT NOT NULL,
        pointer    TEXT NOT NULL,
        kind       TEXT NOT NULL,
        erased_on  TEXT NOT NULL,
        erased_by  TEXT NOT NULL
      );
      CREATE TABLE {schema}.subject_links (
        alias   TEXT PRIMARY KEY,
        subject TEXT NOT NULL
      );
      CREATE INDEX subject_links_subject ON {schema}.subject_links (subject);
    `
  },
  {
    version: 7,
    description:
      "merkle_size table: the number of leaves the Merkle tree covers, kept by append_sealed_json; merkle_nodes keeps the nodes from level 4 up (those below are hashed again from the events' chain hashes when read); the tree is extended to every event stored",
    sql: `
      CREATE TABLE {schema}.merkle_size (id INTEGER PRIMARY KEY CHECK (id = 1), leaves BIGINT NOT NULL);
      -- The leaves the tree kept so far: its leaf nodes on a ledger that kept them all, else none.
      INSERT INTO {schema}.merkle_size SELECT 1, coalesce(max(node_index) + 1, 0) FROM {schema}.merkle_nodes WHERE level = 0;
      DELETE FROM {schema}.merkle_nodes WHERE level < ${KEPT_FROM_LEVEL};
      CREATE OR REPLACE FUNCTION ${APPEND_SEALED_JSON}
      LANGUAGE plpgsql AS $$
      DECLARE
        found_heads record;
      BEGIN
        -- A json value keeps its input text, so each element's text is exactly the event's text as sent.
        SELECT * INTO found_heads FROM ${APPEND_SEALED_FROM_JSON};
        IF found_heads.written THEN
          UPDATE {schema}.merkle_size SET leaves = p_presumed_position + cardinality(p_positions);
          IF NOT FOUND THEN
            RAISE EXCEPTION 'the table {schema}.merkle_size lost its row, so the append cannot keep the Merkle tree: the ledger was damaged by hand; run verify';
          END IF;
        END IF;
        RETURN QUERY SELECT found_heads.written, found_heads.stream_revision, found_heads.stream_position,
          found_heads.chain_position, found_heads.chain_hash, found_heads.stored;
      END
      $$;
    `,
    backfill: backfillNodes
  }
]

/**
 * The advisory-lock key of a schema: every appender and migrator of one ledger takes this
 * transaction-level lock, so they run one at a time.
 *
 * @category migrations
 * @since 0.1.0
 */
export const lockKey = (schema: string): number => {
  let hash = 0x5eed
  for (const character of `plan-ledger:${schema}`) hash = (Math.imul(hash, 31) + character.charCodeAt(0)) | 0
  return hash
}

/**
 * The channel every append to a schema notifies when it commits (`LISTEN` to it to follow).
 *
 * @category migrations
 * @since 0.3.0
 */
export const notifyChannel = (schema: string): string => `plan_ledger_${schema}`.slice(0, 63)

/**
 * Applies the migrations the schema has not recorded, under the ledger's advisory lock, so two
 * processes opening a new ledger at once do not race.
 *
 * @category migrations
 * @since 0.1.0
 */
export const migrate = async (client: PoolClient, schema: string): Promise<void> => {
  await client.query("BEGIN")
  try {
    await client.query("SELECT pg_advisory_xact_lock($1)", [lockKey(schema)])
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`)
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${schema}.schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`
    )
    const applied = new Set(
      (await client.query<{ version: number }>(`SELECT version FROM ${schema}.schema_migrations`)).rows.map((row) => row.version)
    )
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue
      await client.query(
        migration.sql
          .replaceAll("{schema}", schema)
          .replaceAll("{lockKey}", String(lockKey(schema)))
          .replaceAll("{channel}", notifyChannel(schema))
      )
      await migration.backfill?.(client, schema)
      await client.query(`INSERT INTO ${schema}.schema_migrations (version, description) VALUES ($1, $2)`, [
        migration.version,
        migration.description
      ])
    }
    await client.query("COMMIT")
  } catch (cause) {
    await client.query("ROLLBACK")
    throw cause
  }
}

// What a schema holds of a ledger, read without creating or changing anything: `undefined` when it
// holds no ledger at all (no schema, or neither the migrations table nor the events table), else
// how its recorded migrations compare with this code's.
const recordedLevel = async (client: PoolClient, schema: string): Promise<MigrationLevel.MigrationDifference | undefined> => {
  const tables = (
    await client.query<{ migrations: string | null; events: string | null }>(
      "SELECT to_regclass($1)::text AS migrations, to_regclass($2)::text AS events",
      [`${schema}.schema_migrations`, `${schema}.events`]
    )
  ).rows[0]
  const migrationsTable = tables?.migrations ?? null
  if (migrationsTable === null && (tables?.events ?? null) === null) return undefined
  const recorded =
    migrationsTable === null
      ? []
      : (await client.query<{ version: number }>(`SELECT version FROM ${schema}.schema_migrations`)).rows.map((row) => row.version)
  return MigrationLevel.difference(
    recorded,
    MIGRATIONS.map((migration) => migration.version)
  )
}

/**
 * Checks, for a ledger opened only to read, that the schema holds a ledger at exactly this code's
 * migration level, creating and migrating nothing: a schema with no ledger is a `StoreUnavailable`
 * saying a writing command creates one, and an older or newer level is refused as
 * `MigrationLevel.readRefusal` says.
 *
 * @category migrations
 * @since 0.3.0
 */
export const requireReadableLevel = async (client: PoolClient, schema: string, store: string): Promise<void> => {
  const found = await recordedLevel(client, schema)
  if (found === undefined) {
    throw new StoreUnavailable({
      store,
      detail: `no plan-ledger store at schema "${schema}" of this database — reading never creates one: run a writing command such as import first, or name the ledger's schema with ?schema=<name>`
    })
  }
  const refusal = MigrationLevel.readRefusal(store, found, MIGRATIONS.length)
  if (refusal !== undefined) throw refusal
}
