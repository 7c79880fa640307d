import { MigrationLevel } from "@plan-ledger/eventstore"
import { EVENT_COLUMN_NAMES } from "./EventRow.js"
import { KEPT_FROM_LEVEL, merkleTable } from "./MerkleTable.js"
import type { SqliteConnection } from "./SqliteConnection.js"

// Events whose chain hashes the backfill reads at a time.
const BACKFILL_PAGE = 10_000

// Extends the tree from the leaves `merkle_size` says it covers to every event stored, in global
// order: all of them on a ledger made before the tree was kept, none on one made since.
const backfillMerkleNodes = (database: SqliteConnection): void => {
  const page = database.prepare<[globalPosition: number, hash: string]>(
    "SELECT global_position, hash FROM events WHERE global_position > ? ORDER BY global_position LIMIT ?"
  )
  const table = merkleTable(database)
  // Nothing to extend: the tree is left as it is, even one that no longer matches its events, for
  // verify to report rather than the migration to refuse.
  if (page.all([table.leafCount(), 1]).length === 0) return
  let range = table.rangeAt(table.leafCount())
  for (let rows = page.all([range.size, BACKFILL_PAGE]); rows.length > 0; rows = page.all([rows.at(-1)?.[0] ?? 0, BACKFILL_PAGE])) {
    range = table.append(
      range,
      rows.map(([, hash]) => hash)
    )
  }
}

/**
 * The schema, as numbered migrations. Each runs once, in order, inside the transaction that
 * records it in `schema_migrations` — its SQL, then its `backfill` of what the rows already stored
 * imply; opening a store applies the ones it has not seen, so opening twice (or from two processes)
 * is safe, and a migration that fails midway leaves the ledger as it was.
 *
 * @category migrations
 * @since 0.1.0
 */
export const MIGRATIONS: ReadonlyArray<{
  readonly version: number
  readonly description: string
  readonly sql: string
  readonly backfill?: (database: SqliteConnection) => void
}> = [
  {
    version: 1,
    description: "events table: one row per event, envelope fields as columns, payload as JSON, hash chain",
    sql: `
      CREATE TABLE events (
        global_position INTEGER PRIMARY KEY,
        event_id        TEXT    NOT NULL UNIQUE,
        stream          TEXT    NOT NULL,
        stream_revision INTEGER NOT NULL,
        type            TEXT    NOT NULL,
        schema_version  INTEGER NOT NULL,
        recorded_at     TEXT    NOT NULL,
        effective_date  TEXT    NOT NULL,
        actor           TEXT    NOT NULL,
        reason          TEXT    NOT NULL,
        authority       TEXT,
        source          TEXT,
        data            TEXT    NOT NULL,
        previous_hash   TEXT,
        hash            TEXT    NOT NULL,
        UNIQUE (stream, stream_revision)
      );
    `
  },
  {
    version: 2,
    description: "snapshots table: the one checkpointed projection state, with its position, chain hash and projection version",
    sql: `
      CREATE TABLE snapshots (
        global_position    INTEGER NOT NULL,
        hash               TEXT    NOT NULL,
        projection_version INTEGER NOT NULL,
        state              TEXT    NOT NULL
      );
    `
  },
  {
    version: 3,
    description:
      "events.last_in_batch: 1 on the last event of each append, 0 on the others, covered by the hash; NULL on events sealed before (hash format 1)",
    sql: `
      ALTER TABLE events ADD COLUMN last_in_batch INTEGER CHECK (last_in_batch IN (0, 1));
    `
  },
  {
    version: 4,
    description:
      "merkle_nodes table: the hash of each node of the Merkle tree over the events' chain hashes, by (level, node_index) (filled from the events stored by migration 6)",
    sql: `
      CREATE TABLE merkle_nodes (
        level      INTEGER NOT NULL,
        node_index INTEGER NOT NULL,
        hash       BLOB    NOT NULL,
        PRIMARY KEY (level, node_index)
      ) WITHOUT ROWID;
    `
  },
  {
    version: 5,
    description:
      "personal vault: personal_values (each kept value with its salt, by commitment), personal_erasures (what is left of an erased one) and subject_links (names linked to a registered person)",
    sql: `
      -- A table in rowid order: values go in as they are kept, and only the commitment's index
      -- takes the random inserts of hashed keys (a table ordered by them costs twice as much).
      CREATE TABLE personal_values (
        commitment TEXT NOT NULL UNIQUE,
        event_id   TEXT NOT NULL,
        pointer    TEXT NOT NULL,
        kind       TEXT NOT NULL,
        subject    TEXT,
        salt       TEXT NOT NULL,
        value      TEXT NOT NULL
      );
      CREATE INDEX personal_values_event_id ON personal_values (event_id);
      CREATE INDEX personal_values_subject ON personal_values (subject);
      CREATE TABLE personal_erasures (
        commitment TEXT PRIMARY KEY,
        event_id   TEXT NOT NULL,
        pointer    TEXT NOT NULL,
        kind       TEXT NOT NULL,
        erased_on  TEXT NOT NULL,
        erased_by  TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE subject_links (
        alias   TEXT PRIMARY KEY,
        subject TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX subject_links_subject ON subject_links (subject);
    `
  },
  {
    version: 6,
    description:
      "merkle_size table: the number of leaves the Merkle tree covers; merkle_nodes keeps the nodes from level 4 up (those below are hashed again from the events' chain hashes when read); the tree is extended to every event stored",
    sql: `
      CREATE TABLE merkle_size (id INTEGER PRIMARY KEY CHECK (id = 1), leaves INTEGER NOT NULL);
      -- The leaves the tree kept so far: its leaf nodes on a ledger that kept them all, else none.
      INSERT INTO merkle_size SELECT 1, coalesce(MAX(node_index) + 1, 0) FROM merkle_nodes WHERE level = 0;
      DELETE FROM merkle_nodes WHERE level < ${KEPT_FROM_LEVEL};
    `,
    backfill: backfillMerkleNodes
  }
]

/**
 * Applies every migration the database has not recorded yet.
 *
 * @category migrations
 * @since 0.1.0
 */
export const migrate = (database: SqliteConnection): void => {
  database.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
  )
  const applied = database.prepare<[version: number]>("SELECT version FROM schema_migrations")
  const record = database.prepare("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)")
  database.immediateTransaction(() => {
    const seen = new Set(applied.all().map(([version]) => version))
    for (const migration of MIGRATIONS) {
      if (seen.has(migration.version)) continue
      database.exec(migration.sql)
      migration.backfill?.(database)
      record.run([migration.version, migration.description, new Date().toISOString()])
    }
  })
}

/**
 * How the database's recorded migrations compare with this code's: the versions it lacks, and
 * versions it records that this code does not know (it was written by a newer plan-ledger).
 * Reads only — for a ledger opened to read, which is never migrated.
 *
 * @category migrations
 * @since 0.3.0
 */
export const schemaDifference = (database: SqliteConnection): MigrationLevel.MigrationDifference => {
  const hasTable = database.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined
  const recorded = hasTable
    ? database
        .prepare<[version: number]>("SELECT version FROM schema_migrations")
        .all()
        .map(([version]) => version)
    : []
  return MigrationLevel.difference(
    recorded,
    MIGRATIONS.map((migration) => migration.version)
  )
}

/**
 * The columns of the events table that the migrations create but the database lacks (all of
 * them when the table is gone) — a ledger damaged by hand, which no query can read.
 *
 * @category migrations
 * @since 0.3.0
 */
export const missingEventColumns = (database: SqliteConnection): ReadonlyArray<string> => {
  const present = new Set(
    database
      .prepare<[name: string]>("SELECT name FROM pragma_table_info('events')")
      .all()
      .map(([name]) => name)
  )
  return EVENT_COLUMN_NAMES.filter((column) => !present.has(column))
}

/**
 * What is wrong with the Merkle tree's tables (`merkle_nodes`, `merkle_size` and its one row), if
 * anything — a ledger damaged by hand may have lost one, and then no append could keep its tree.
 *
 * @category migrations
 * @since 0.5.0
 */
export const merkleTablesDamage = (database: SqliteConnection): string | undefined => {
  const present = database.prepare<[name: string]>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('merkle_nodes', 'merkle_size')"
  )
  const names = new Set(present.all().map(([name]) => name))
  const missing = ["merkle_nodes", "merkle_size"].find((name) => !names.has(name))
  if (missing !== undefined) return `the ${missing} table is missing`
  return database.prepare("SELECT 1 FROM merkle_size").get() === undefined ? "the merkle_size table lost its row" : undefined
}
