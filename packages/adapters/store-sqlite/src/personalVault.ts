import {
  type NewEvent,
  type PersonalData,
  type RecordedEvent,
  StoreGuards,
  StoreUnavailable,
  type StoreWriteFailed
} from "@plan-ledger/eventstore"
import type { SqliteLedger } from "./open.js"
import type { SqliteStatement } from "./SqliteConnection.js"
import { writeFailureOf } from "./WriteFailure.js"

// Entries read per query by `entries`, and taken per transaction by `import`.
const PAGE = 500

type ValueRow = readonly [
  commitment: string,
  eventId: string,
  pointer: string,
  kind: string,
  subject: string | null,
  salt: string,
  value: string
]
type ErasureRow = readonly [commitment: string, eventId: string, pointer: string, kind: string, erasedOn: string, erasedBy: string]
// A row of either table: a value's columns and two nulls, or an erasure's with nulls for the value's.
type EntryRow = readonly [...ValueRow, null, null] | readonly [string, string, string, string, null, null, null, string, string]

const VALUE_COLUMNS = "commitment, event_id, pointer, kind, subject, salt, value"
const ERASURE_COLUMNS = "commitment, event_id, pointer, kind, erased_on, erased_by"
// The entries of a JSON array of commitments, kept and erased.
const ENTRIES_OF = `
  SELECT ${VALUE_COLUMNS}, NULL, NULL FROM personal_values WHERE commitment IN (SELECT value FROM json_each(@commitments))
  UNION ALL
  SELECT commitment, event_id, pointer, kind, NULL, NULL, NULL, erased_on, erased_by FROM personal_erasures
    WHERE commitment IN (SELECT value FROM json_each(@commitments))`

const keptOf = ([commitment, eventId, pointer, kind, subject, salt, value]: ValueRow): PersonalData.KeptValue => ({
  commitment,
  eventId,
  pointer,
  kind,
  subject,
  salt,
  value
})

const entryOf = (row: EntryRow): PersonalData.VaultEntry => {
  if (row[7] === null) return keptOf([row[0], row[1], row[2], row[3], row[4], row[5], row[6]])
  const [commitment, eventId, pointer, kind, , , , erasedOn, erasedBy] = row
  return { commitment, eventId, pointer, kind, erasedOn, erasedBy }
}

// A kept value's columns, bound by name (`@commitment`, …).
const valueParameters = ({ commitment, eventId, pointer, kind, subject, salt, value }: PersonalData.KeptValue) => ({
  commitment,
  eventId,
  pointer,
  kind,
  subject,
  salt,
  value
})

const erasureRow = (entry: PersonalData.ErasedValue): ErasureRow => [
  entry.commitment,
  entry.eventId,
  entry.pointer,
  entry.kind,
  entry.erasedOn,
  entry.erasedBy
]

const describe = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause))

/**
 * `personalVault` of the SQLite store: the tables `personal_values`, `personal_erasures` and
 * `subject_links` of the ledger's own database (migration 5). Each write is one transaction, made
 * durable as appends are (WAL, `synchronous = FULL`). `erase` moves each value to an erasure row in
 * one transaction, then scrubs the file: the connection deletes with `secure_delete` on, `VACUUM`
 * rebuilds the database without the freed pages (the snapshot's included), and a truncating
 * checkpoint empties the write-ahead log, so no copy of an erased value is left in `<path>`,
 * `<path>-wal` or `<path>-shm`. `unlink` scrubs the same way. Statements are prepared on first use,
 * as the snapshot's are; a ledger opened to read refuses every write.
 *
 * @category personal data
 * @since 0.5.0
 */
export const personalVault = <New extends NewEvent, Recorded extends RecordedEvent>(
  ledger: SqliteLedger<New, Recorded>
): PersonalData.PersonalVault => {
  const { database, storeName, path } = ledger
  const failed = (doing: string, cause: unknown): StoreUnavailable | StoreWriteFailed =>
    writeFailureOf(storeName, path, cause) ??
    new StoreUnavailable({ store: storeName, detail: `cannot ${doing} the personal values (${describe(cause)})` })
  let statements:
    | {
        readonly keep: SqliteStatement
        readonly discard: SqliteStatement
        readonly read: SqliteStatement<EntryRow>
        readonly entriesOf: SqliteStatement<EntryRow>
        readonly page: SqliteStatement<EntryRow>
        readonly erase: SqliteStatement
        readonly dropValues: SqliteStatement
        readonly putValue: SqliteStatement
        readonly putErasure: SqliteStatement
        readonly dropValue: SqliteStatement
        readonly dropErasure: SqliteStatement
        readonly link: SqliteStatement
        readonly links: SqliteStatement<readonly [alias: string, subject: string]>
        readonly unlink: SqliteStatement
      }
    | undefined
  const prepared = () => {
    statements ??= {
      // A commitment already kept, or already erased, is left as it is.
      keep: database.prepare(
        `INSERT INTO personal_values (${VALUE_COLUMNS}) SELECT @commitment, @eventId, @pointer, @kind, @subject, @salt, @value
           WHERE NOT EXISTS (SELECT 1 FROM personal_erasures WHERE commitment = @commitment) ON CONFLICT (commitment) DO NOTHING`
      ),
      discard: database.prepare("DELETE FROM personal_values WHERE commitment IN (SELECT value FROM json_each(?))"),
      read: database.prepare<EntryRow>(ENTRIES_OF),
      entriesOf: database.prepare<EntryRow>(
        `SELECT ${VALUE_COLUMNS}, NULL, NULL FROM personal_values WHERE event_id IN (SELECT value FROM json_each(@eventIds))
         UNION ALL
         SELECT commitment, event_id, pointer, kind, NULL, NULL, NULL, erased_on, erased_by FROM personal_erasures
           WHERE event_id IN (SELECT value FROM json_each(@eventIds))`
      ),
      page: database.prepare<EntryRow>(
        `SELECT * FROM (
           SELECT ${VALUE_COLUMNS}, NULL, NULL FROM personal_values WHERE commitment > @after
           UNION ALL
           SELECT commitment, event_id, pointer, kind, NULL, NULL, NULL, erased_on, erased_by FROM personal_erasures WHERE commitment > @after
         ) ORDER BY 1 LIMIT ${PAGE}`
      ),
      erase: database.prepare(
        `INSERT INTO personal_erasures (${ERASURE_COLUMNS})
           SELECT commitment, event_id, pointer, kind, @erasedOn, @erasedBy FROM personal_values
           WHERE commitment IN (SELECT value FROM json_each(@commitments)) ON CONFLICT (commitment) DO NOTHING`
      ),
      dropValues: database.prepare("DELETE FROM personal_values WHERE commitment IN (SELECT value FROM json_each(@commitments))"),
      putValue: database.prepare(
        `INSERT INTO personal_values (${VALUE_COLUMNS}) VALUES (@commitment, @eventId, @pointer, @kind, @subject, @salt, @value) ON CONFLICT (commitment) DO UPDATE SET
           event_id = excluded.event_id, pointer = excluded.pointer, kind = excluded.kind, subject = excluded.subject,
           salt = excluded.salt, value = excluded.value`
      ),
      putErasure: database.prepare(
        `INSERT INTO personal_erasures (${ERASURE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (commitment) DO UPDATE SET
           event_id = excluded.event_id, pointer = excluded.pointer, kind = excluded.kind, erased_on = excluded.erased_on,
           erased_by = excluded.erased_by`
      ),
      dropValue: database.prepare("DELETE FROM personal_values WHERE commitment = ?"),
      dropErasure: database.prepare("DELETE FROM personal_erasures WHERE commitment = ?"),
      link: database.prepare(
        "INSERT INTO subject_links (alias, subject) VALUES (?, ?) ON CONFLICT (alias) DO UPDATE SET subject = excluded.subject"
      ),
      links: database.prepare<readonly [alias: string, subject: string]>("SELECT alias, subject FROM subject_links ORDER BY alias"),
      unlink: database.prepare(
        "DELETE FROM subject_links WHERE alias IN (SELECT value FROM json_each(@names)) OR subject IN (SELECT value FROM json_each(@names))"
      )
    }
    return statements
  }
  const reading = <Result>(doing: string, work: () => Result): Result => {
    StoreGuards.ensureOpen(ledger)
    try {
      return work()
    } catch (cause) {
      throw failed(doing, cause)
    }
  }
  const writing = <Result>(doing: string, work: () => Result): Result => {
    StoreGuards.ensureWritable(ledger)
    if (ledger.importing)
      throw new StoreUnavailable({ store: storeName, detail: `an import into this store is under way; ${doing} once it has finished` })
    return reading(doing, () => database.immediateTransaction(work))
  }
  // Rebuilds the file without its free pages, then empties the write-ahead log into it: what the
  // deletes freed is then nowhere in the ledger's files. The first column of the checkpoint's row
  // is 1 when another connection kept it from finishing.
  const scrub = (): void => {
    const checkpoint = reading("scrub", () => {
      database.exec("VACUUM")
      return database.pragma("wal_checkpoint(TRUNCATE)")
    })
    if (Number(checkpoint) !== 0) {
      throw new StoreUnavailable({
        store: storeName,
        detail: `the values are erased, but another connection kept the write-ahead log ${path}-wal, which may still hold them, from being emptied; it is emptied when the last connection to the ledger closes`
      })
    }
  }
  return {
    keep: async (values) =>
      writing("keep", () => {
        const { keep } = prepared()
        for (const value of values) keep.run(valueParameters(value))
      }),
    // A refused batch's values are deleted (`secure_delete` zeroes their cells) and the write-ahead
    // log, which still holds the pages they were written in, is emptied into the file; a reader
    // that keeps it from being emptied leaves them there until the next erasure's scrub.
    discard: async (commitments) => {
      writing("discard", () => {
        prepared().discard.run([JSON.stringify(commitments)])
      })
      reading("scrub", () => database.pragma("wal_checkpoint(TRUNCATE)"))
    },
    read: async (commitments) =>
      reading(
        "read",
        () =>
          new Map(
            prepared()
              .read.all({ commitments: JSON.stringify(commitments) })
              .map((row) => [row[0], entryOf(row)])
          )
      ),
    entriesOf: async (eventIds) =>
      reading("read", () =>
        prepared()
          .entriesOf.all({ eventIds: JSON.stringify(eventIds) })
          .map(entryOf)
      ),
    entries: async function* () {
      for (let after = ""; ;) {
        const rows = reading("read", () => prepared().page.all({ after }))
        yield* rows.map(entryOf)
        if (rows.length < PAGE) return
        after = (rows.at(-1) as EntryRow)[0]
      }
    },
    erase: async (commitments, erasure) => {
      writing("erase", () => {
        const bound = { commitments: JSON.stringify(commitments) }
        prepared().erase.run({ ...bound, erasedOn: erasure.erasedOn, erasedBy: erasure.erasedBy })
        prepared().dropValues.run(bound)
      })
      scrub()
    },
    import: async (source) => {
      let count = 0
      let page: Array<PersonalData.VaultEntry> = []
      const put = (entries: ReadonlyArray<PersonalData.VaultEntry>): void =>
        writing("import", () => {
          const { putValue, putErasure, dropValue, dropErasure } = prepared()
          for (const entry of entries) {
            if ("erasedOn" in entry) {
              putErasure.run(erasureRow(entry))
              dropValue.run([entry.commitment])
            } else {
              putValue.run(valueParameters(entry))
              dropErasure.run([entry.commitment])
            }
          }
        })
      for await (const entry of source) {
        page.push(entry)
        count++
        if (page.length === PAGE) {
          put(page)
          page = []
        }
      }
      put(page)
      return count
    },
    link: async ({ alias, subject }) =>
      writing("link", () => {
        prepared().link.run([alias, subject])
      }),
    links: async () =>
      reading("read", () =>
        prepared()
          .links.all()
          .map(([alias, subject]) => ({ alias, subject }))
      ),
    unlink: async (names) => {
      writing("unlink", () => {
        prepared().unlink.run({ names: JSON.stringify(names) })
      })
      scrub()
    }
  }
}
