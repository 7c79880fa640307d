import type { PoolClient } from "pg"

/**
 * The schema, as numbered migrations applied in order and recorded in `schema_migrations`.
 * `{schema}` is replaced by the store's schema name.
 *
 * @category migrations
 * @since 0.1.0
 */
export const MIGRATIONS: ReadonlyArray<{ readonly version: number; readonly description: string; readonly sql: string }> = [
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
      await client.query(migration.sql.replaceAll("{schema}", schema))
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
