import { type NewEvent, PersonalData, type RecordedEvent, StoreGuards, StoreUnavailable } from "@plan-ledger/eventstore"
import { awaitOlderSnapshots, holderKey } from "./OlderSnapshots.js"
import { isTagged, type PostgresLedger } from "./open.js"
import { writeFailureOf } from "./WriteFailure.js"

// Entries read per query by `entries`, and written per statement by `import`.
const PAGE = 500

// How long a scrub waits for transactions that began before it to end (see `scrub`).
const SCRUB_WAIT_MILLISECONDS = 60_000

// A row of either table: a kept value has no erasure columns, an erasure no subject, salt or value.
interface RowPlace {
  readonly commitment: string
  readonly event_id: string
  readonly pointer: string
  readonly kind: string
}
type EntryRow =
  | (RowPlace & {
      readonly subject: string | null
      readonly salt: string
      readonly value: string
      readonly erased_on: null
      readonly erased_by: null
    })
  | (RowPlace & {
      readonly subject: null
      readonly salt: null
      readonly value: null
      readonly erased_on: string
      readonly erased_by: string
    })

const entryOf = (row: EntryRow): PersonalData.VaultEntry => {
  const place = { commitment: row.commitment, eventId: row.event_id, pointer: row.pointer, kind: row.kind }
  return row.erased_on === null
    ? { ...place, subject: row.subject, salt: row.salt, value: row.value }
    : { ...place, erasedOn: row.erased_on, erasedBy: row.erased_by }
}

// The value columns as parallel arrays, the parameters of an `unnest`.
const valueColumns = (values: ReadonlyArray<PersonalData.KeptValue>): ReadonlyArray<ReadonlyArray<string | null>> => [
  values.map((value) => value.commitment),
  values.map((value) => value.eventId),
  values.map((value) => value.pointer),
  values.map((value) => value.kind),
  values.map((value) => value.subject),
  values.map((value) => value.salt),
  values.map((value) => value.value)
]

const erasureColumns = (entries: ReadonlyArray<PersonalData.ErasedValue>): ReadonlyArray<ReadonlyArray<string>> => [
  entries.map((entry) => entry.commitment),
  entries.map((entry) => entry.eventId),
  entries.map((entry) => entry.pointer),
  entries.map((entry) => entry.kind),
  entries.map((entry) => entry.erasedOn),
  entries.map((entry) => entry.erasedBy)
]

/**
 * `personalVault` of the PostgreSQL store: the tables `personal_values`, `personal_erasures` and
 * `subject_links` of the ledger's schema (migration 6). Every write is one statement, so one
 * transaction, durable when the server acknowledges its commit. `erase` moves each value to an
 * erasure row in one statement, waits for every transaction that began before it to end (up to a
 * minute: `VACUUM FULL` keeps a deleted row that an open transaction may still read), then
 * `VACUUM FULL` rewrites the tables that held the values, the links and the snapshot, so their
 * files keep no old version of an erased row (`unlink` does the same). A transaction still open
 * after the wait is named in a `StoreUnavailable`: the values of that step are erased, their bytes
 * stay in the files until a later `VACUUM FULL`, and running the erasure again finishes it. The
 * server's write-ahead log still holds the rows it logged until it recycles its segments: a client
 * cannot scrub it (see the package README). A ledger opened to read refuses every write.
 *
 * @category personal data
 * @since 0.5.0
 */
export const personalVault = <New extends NewEvent, Recorded extends RecordedEvent>(
  ledger: PostgresLedger<New, Recorded>,
  { scrubWaitMilliseconds = SCRUB_WAIT_MILLISECONDS }: { readonly scrubWaitMilliseconds?: number } = {}
): PersonalData.PersonalVault => {
  const { pool, schema, storeName } = ledger
  const values = `${schema}.personal_values`
  const erasures = `${schema}.personal_erasures`
  const links = `${schema}.subject_links`
  const ENTRY_COLUMNS = `
    SELECT commitment, event_id, pointer, kind, subject, salt, value, NULL AS erased_on, NULL AS erased_by FROM ${values} WHERE {where}
    UNION ALL
    SELECT commitment, event_id, pointer, kind, NULL, NULL, NULL, erased_on, erased_by FROM ${erasures} WHERE {where}`

  const query = async <Row extends object>(text: string, parameters: ReadonlyArray<unknown> = []): Promise<ReadonlyArray<Row>> => {
    StoreGuards.ensureOpen(ledger)
    try {
      return (await pool.query<Row>(text, parameters as Array<unknown>)).rows
    } catch (cause) {
      throw isTagged(cause) ? cause : writeFailureOf(storeName, cause, false)
    }
  }
  const write = async <Row extends object>(text: string, parameters: ReadonlyArray<unknown>): Promise<ReadonlyArray<Row>> => {
    StoreGuards.ensureWritable(ledger)
    return query<Row>(text, parameters)
  }
  // What outlasted a whole wait already: the next scrub (the erasure's next stream, say) does not
  // wait for it again.
  const outlasted = new Set<string>()
  // Rewrites the tables an erasure deleted from, so no dead version of a row is left in their files,
  // once no transaction that could still read one is open.
  const scrub = async (): Promise<void> => {
    const tables = `${values}, ${links}, ${schema}.snapshots`
    const holders = await awaitOlderSnapshots(query, scrubWaitMilliseconds, outlasted)
    await query(`VACUUM FULL ${tables}`)
    if (holders.length > 0) {
      for (const holder of holders) outlasted.add(holderKey(holder))
      const named = holders.map(({ holder, since }) => (since === null ? holder : `${holder}, in a transaction since ${since}`)).join("; ")
      throw new StoreUnavailable({
        store: storeName,
        detail: `the values of this step are erased, but ${named} began before it and may still read them, so the server keeps their old rows in the table files; once it has ended, run the erasure again (it finishes what it had not reached and rewrites the files) or run VACUUM FULL ${tables}`
      })
    }
  }

  return {
    keep: async (kept) => {
      // A commitment already kept, or already erased, is left as it is.
      await write(
        `INSERT INTO ${values} (commitment, event_id, pointer, kind, subject, salt, value)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
           AS u(commitment, event_id, pointer, kind, subject, salt, value)
         WHERE NOT EXISTS (SELECT 1 FROM ${erasures} e WHERE e.commitment = u.commitment)
         ON CONFLICT (commitment) DO NOTHING`,
        valueColumns(kept)
      )
    },
    discard: async (commitments) => {
      await write(`DELETE FROM ${values} WHERE commitment = ANY($1::text[])`, [commitments])
    },
    read: async (commitments) => {
      const rows = await query<EntryRow>(ENTRY_COLUMNS.replaceAll("{where}", "commitment = ANY($1::text[])"), [commitments])
      return new Map(rows.map((row) => [row.commitment, entryOf(row)]))
    },
    entriesOf: async (eventIds) =>
      (await query<EntryRow>(ENTRY_COLUMNS.replaceAll("{where}", "event_id = ANY($1::text[])"), [eventIds])).map(entryOf),
    entries: async function* () {
      for (let after = ""; ;) {
        const rows = await query<EntryRow>(
          `SELECT * FROM (${ENTRY_COLUMNS.replaceAll("{where}", "commitment > $1")}) AS entries ORDER BY commitment LIMIT ${PAGE}`,
          [after]
        )
        yield* rows.map(entryOf)
        const last = rows.at(-1)
        if (last === undefined || rows.length < PAGE) return
        after = last.commitment
      }
    },
    erase: async (commitments, { erasedOn, erasedBy }) => {
      await write(
        `WITH erased AS (DELETE FROM ${values} WHERE commitment = ANY($1::text[]) RETURNING commitment, event_id, pointer, kind)
         INSERT INTO ${erasures} (commitment, event_id, pointer, kind, erased_on, erased_by)
         SELECT commitment, event_id, pointer, kind, $2, $3 FROM erased ON CONFLICT (commitment) DO NOTHING`,
        [commitments, erasedOn, erasedBy]
      )
      await scrub()
    },
    import: async (source) => {
      let count = 0
      let replacedValues = false
      const page = new Map<string, PersonalData.VaultEntry>()
      // One statement a page: kept values and erasures upserted, each replacing the other kind.
      const put = async (): Promise<void> => {
        const entries = [...page.values()]
        page.clear()
        const kept = entries.filter((entry): entry is PersonalData.KeptValue => !PersonalData.isErased(entry))
        const erased = entries.filter(PersonalData.isErased)
        const [result] = await write<{ replaced: number }>(
          `WITH kept AS (
             INSERT INTO ${values} (commitment, event_id, pointer, kind, subject, salt, value)
             SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
             ON CONFLICT (commitment) DO UPDATE SET event_id = excluded.event_id, pointer = excluded.pointer, kind = excluded.kind,
               subject = excluded.subject, salt = excluded.salt, value = excluded.value
           ), erased AS (
             INSERT INTO ${erasures} (commitment, event_id, pointer, kind, erased_on, erased_by)
             SELECT * FROM unnest($8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])
             ON CONFLICT (commitment) DO UPDATE SET event_id = excluded.event_id, pointer = excluded.pointer, kind = excluded.kind,
               erased_on = excluded.erased_on, erased_by = excluded.erased_by
           ), unerased AS (
             DELETE FROM ${erasures} WHERE commitment = ANY($1::text[])
           ), replaced AS (
             DELETE FROM ${values} WHERE commitment = ANY($8::text[]) RETURNING 1
           )
           SELECT count(*)::int AS replaced FROM replaced`,
          [...valueColumns(kept), ...erasureColumns(erased)]
        )
        replacedValues ||= (result?.replaced ?? 0) > 0
      }
      for await (const entry of source) {
        // A commitment given twice in a page is taken as given last.
        page.set(entry.commitment, entry)
        count++
        if (page.size === PAGE) await put()
      }
      if (page.size > 0) await put()
      // An erasure that took a kept value's place leaves its old row until the table is rewritten.
      if (replacedValues) await scrub()
      return count
    },
    link: async ({ alias, subject }) => {
      await write(`INSERT INTO ${links} (alias, subject) VALUES ($1, $2) ON CONFLICT (alias) DO UPDATE SET subject = excluded.subject`, [
        alias,
        subject
      ])
    },
    links: async () => query<PersonalData.SubjectLink>(`SELECT alias, subject FROM ${links} ORDER BY alias`),
    unlink: async (names) => {
      await write(`DELETE FROM ${links} WHERE alias = ANY($1::text[]) OR subject = ANY($1::text[])`, [names])
      await scrub()
    }
  }
}
