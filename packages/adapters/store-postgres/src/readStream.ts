import { type EventStore, type NewEvent, type ReadStreamOptions, type RecordedEvent, StoreGuards } from "@plan-ledger/eventstore"
import type { PostgresLedger } from "./open.js"
import { PAGE_SIZE, type Row } from "./readAll.js"

/**
 * `readStream` of the PostgreSQL store: pages of the stream by ranges of revisions.
 *
 * @category reading
 * @since 0.5.0
 */
export const readStream = <New extends NewEvent, Recorded extends RecordedEvent>(
  ledger: PostgresLedger<New, Recorded>
): EventStore<New, Recorded>["readStream"] => {
  const { pool, events } = ledger
  // A stream's revisions are consecutive, so a page of it is a range of revisions: the server reads
  // that range and no more whatever its statistics say. (A LIMIT over an open range, planned on the
  // statistics of a table just loaded, sorted every later row of the stream for every page.) A page
  // shorter than its range ends the stream, unless a later revision lies past a gap — which only
  // damage leaves, for verify to report — and then reading goes on from it.
  const streamPage = `SELECT global_position, stream_revision, event FROM ${events} WHERE stream = $2 AND stream_revision >= $1 AND stream_revision <= LEAST($3, $1 + ${PAGE_SIZE - 1}) ORDER BY stream_revision`
  const revisionAfterGap = `SELECT min(stream_revision) AS next FROM ${events} WHERE stream = $2 AND stream_revision >= $1 AND stream_revision <= $3`

  return async function* (stream: string, options: ReadStreamOptions = {}): AsyncIterable<Recorded> {
    const to = options.toRevision ?? 2_147_483_647
    const page = (from: number): Promise<ReadonlyArray<Row>> => {
      StoreGuards.ensureOpen(ledger)
      return pool.query<Row>(streamPage, [from, stream, to]).then((result) => result.rows)
    }
    const nextAfterGap = async (from: number): Promise<number | undefined> => {
      const { rows } = await pool.query<{ next: number | null }>(revisionAfterGap, [from, stream, to])
      return rows[0]?.next ?? undefined
    }
    let from = options.fromRevision ?? 0
    // The next page is asked for before this one is handed over, so the server works while the caller folds.
    let pending: Promise<ReadonlyArray<Row>> | undefined = from <= to ? page(from) : undefined
    try {
      while (pending !== undefined) {
        const rows = await pending
        const end = Math.min(to, from + PAGE_SIZE - 1)
        const lastRead = rows.at(-1)?.stream_revision ?? from - 1
        const resumeAt = rows.length === end - from + 1 ? end + 1 : await nextAfterGap(lastRead + 1)
        from = resumeAt ?? to + 1
        pending = from <= to ? page(from) : undefined
        for (const row of rows) yield JSON.parse(row.event) as Recorded
      }
    } finally {
      // A reader that stops early leaves the prefetched page to settle, not to fail unobserved.
      await pending?.catch(() => undefined)
    }
  }
}
