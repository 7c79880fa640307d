import pg from "pg"

/**
 * The bytes of the files of every relation of a schema (tables, indexes, their TOAST tables), as
 * the server holds them once a checkpoint has written its buffers: read through the server, which
 * only a superuser may ask (the test run's own server makes its user one). The write-ahead log is
 * left out: no client can scrub it (the package README says so). How a test scans what a
 * PostgreSQL ledger keeps for a value it erased.
 *
 * @category testing
 * @since 0.4.0
 */
export const schemaFileBytes = async (connectionString: string, schema: string): Promise<ReadonlyArray<Buffer>> => {
  const client = new pg.Client({ connectionString })
  await client.connect()
  try {
    const [role] = (await client.query<{ rolsuper: boolean }>("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).rows
    if (role?.rolsuper !== true) throw new Error("reading the server's files needs a superuser; name one in PLAN_LEDGER_TEST_POSTGRES_URL")
    await client.query("CHECKPOINT")
    const { rows } = await client.query<{ bytes: Buffer }>(
      `WITH own AS (SELECT oid, reltoastrelid FROM pg_class WHERE relnamespace = $1::regnamespace AND relkind IN ('r', 'i')),
         toast AS (SELECT reltoastrelid AS oid FROM own WHERE reltoastrelid <> 0),
         toast_index AS (SELECT indexrelid AS oid FROM pg_index WHERE indrelid IN (SELECT oid FROM toast))
       SELECT pg_read_binary_file(pg_relation_filepath(oid)) AS bytes
       FROM (SELECT oid FROM own UNION ALL SELECT oid FROM toast UNION ALL SELECT oid FROM toast_index) AS relations`,
      [schema]
    )
    return rows.map((row) => row.bytes)
  } finally {
    await client.end()
  }
}
