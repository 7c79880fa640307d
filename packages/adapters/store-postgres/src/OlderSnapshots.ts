/** What keeps PostgreSQL from removing a row deleted by now: a session, a slot or a prepared transaction. */
export interface SnapshotHolder {
  readonly holder: string
  readonly since: string | null
}

// The next transaction id as a 32-bit `xid`, the type the server's views report ids in.
const NEXT_XID = "SELECT (txid_snapshot_xmax(txid_current_snapshot()) % 4294967296)::text AS next"

// Everything whose oldest visible transaction is older than $1: a vacuum keeps, for it, every row
// deleted since. An id is older than another when more transactions have begun since it (`age`).
const HOLDERS = `
  SELECT 'session ' || pid || coalesce(' (' || nullif(application_name, '') || ')', '') AS holder, xact_start::text AS since
    FROM pg_stat_activity
   -- A standby's feedback reaches the server through a process of no database, and holds rows in all.
   WHERE (datname = current_database() OR datname IS NULL) AND pid <> pg_backend_pid()
     AND greatest(age(backend_xmin), age(backend_xid)) > age($1::xid)
  UNION ALL
  -- A slot's catalog_xmin holds only the system catalogs' rows, so it is left out.
  SELECT 'replication slot ' || slot_name, NULL FROM pg_replication_slots
   WHERE (database IS NULL OR database = current_database()) AND age(xmin) > age($1::xid)
  UNION ALL
  SELECT 'prepared transaction ' || gid, prepared::text FROM pg_prepared_xacts
   WHERE database = current_database() AND age(transaction) > age($1::xid)`

const POLL_MILLISECONDS = 50

/** A holder as it is told apart from another: what it is and since when. */
export const holderKey = ({ holder, since }: SnapshotHolder): string => `${holder} ${since ?? ""}`

/**
 * Waits until no transaction of the database can still see a row deleted before the call, so a
 * `VACUUM FULL` run then leaves no copy of it: `VACUUM FULL` copies a deleted row that any open
 * transaction might still read. Returns what still held one when `waitMilliseconds` ran out (empty
 * when nothing did): a session in a transaction that began earlier, a replication slot, or a
 * prepared transaction. Holders in `outlasted` (by `holderKey`) are not waited for.
 */
export const awaitOlderSnapshots = async (
  query: <Row extends object>(text: string, parameters?: ReadonlyArray<unknown>) => Promise<ReadonlyArray<Row>>,
  waitMilliseconds: number,
  outlasted: ReadonlySet<string> = new Set()
): Promise<ReadonlyArray<SnapshotHolder>> => {
  const [row] = await query<{ next: string }>(NEXT_XID)
  const next = row?.next ?? "0"
  const deadline = Date.now() + waitMilliseconds
  for (;;) {
    const holders = await query<SnapshotHolder>(HOLDERS, [next])
    // Holders that already outlasted a whole wait are not waited for again.
    if (holders.every((holder) => outlasted.has(holderKey(holder))) || Date.now() >= deadline) return holders
    await new Promise((resolve) => setTimeout(resolve, POLL_MILLISECONDS))
  }
}
