// The tamper suite's cases, per store: every stored field (for SQLite and PostgreSQL every column,
// for JSON lines every key and raw bytes) edited, rows and lines deleted, the tail and the whole
// ledger deleted, records reordered and duplicated, and (SQLite, PostgreSQL) the stored Merkle tree's
// nodes changed or deleted — the JSON-lines store stores no tree: it rebuilds it from the file when
// opened. Each case starts from the sample ledger, takes
// the head's anchor, tampers behind the store's back, reopens the store and asks verify — then,
// when verify finds nothing, whether the anchor still holds (`verify --expect`). The snapshot's
// cases (`SnapshotTamperCases.ts`), the forged proofs and checkpoints (`ProofTamperCases.ts`) and
// the personal values kept beside the events (`PersonalValueTamperCases.ts`) join them.
import { readFileSync, rmSync, writeFileSync } from "node:fs"
import { randomUUID } from "node:crypto"
import { type EventStore, InMemoryEventStore } from "@plan-ledger/core"
import { LedgerEvents } from "@plan-ledger/core/store"
import { sampleEvents } from "@plan-ledger/core/testkit"
import { Anchor, type VerifyReport } from "@plan-ledger/eventstore"
import type { JsonlEventStore } from "@plan-ledger/store-jsonl"
import type { PostgresEventStore } from "@plan-ledger/store-postgres"
import { openSqliteEventStore, type SqliteEventStore } from "@plan-ledger/store-sqlite"
import { rechained } from "./Rechained.js"
import { appendSampleLedger, SAMPLE_LEDGER_EVENTS, TARGET } from "./SampleLedger.js"
import { jsonlTamperStores, postgresTamperStores, sqliteTamperStores } from "./TamperStores.js"
import { personalValueTamperCases } from "./PersonalValueTamperCases.js"
import { proofTamperCases } from "./ProofTamperCases.js"
import { snapshotTamperCases } from "./SnapshotTamperCases.js"

/**
 * Who caught a tampered ledger: verify reporting damage, the store refusing to open or read it
 * (a clear `StoreUnavailable`), the anchor check alone, the proof verifier refusing a forged proof
 * or checkpoint with the refusal code the case names, or nobody.
 */
export type CaughtBy = "verify" | "refused" | "anchor" | "proof" | "missed"

/** One case, ready to run on a fresh ledger; `expected` is who must catch it. */
export interface TamperCase {
  readonly store: string
  readonly name: string
  readonly expected: "verify" | "anchor" | "proof"
  readonly run: () => Promise<{ readonly caughtBy: CaughtBy; readonly detail: string }>
}

type Record = { [key: string]: unknown }

// Edits of one stored field of a record, as parsed JSON: each changes a value to another that the
// event schemas still accept wherever there is one, so only the hash or the comparison of the
// stored bytes can catch it.
const FIELD_EDITS: ReadonlyArray<readonly [string, (record: Record) => void]> = [
  ["eventId", (record) => (record["eventId"] = randomUUID())],
  ["type", (record) => (record["type"] = "PartnershipRegistered")],
  ["schemaVersion", (record) => (record["schemaVersion"] = 1)],
  ["recordedAt", (record) => (record["recordedAt"] = "2026-11-25T10:00:00.000Z")],
  ["effectiveDate", (record) => (record["effectiveDate"] = "2009-09-01")],
  ["actor", (record) => (record["actor"] = "someone else")],
  ["reason", (record) => (record["reason"] = "another reason")],
  ["authority", (record) => (record["authority"] = "Cabinet member")],
  ["authority removed", (record) => delete record["authority"]],
  ["source.document", (record) => ((record["source"] as Record)["document"] = "Another plan")],
  ["source removed", (record) => delete record["source"]],
  ["data.count", (record) => ((record["data"] as Record)["count"] = 2049)],
  ["data.ageBand", (record) => ((record["data"] as Record)["ageBand"] = "0-7")],
  ["data extra key", (record) => ((record["data"] as Record)["note"] = "added")],
  ["extra key", (record) => (record["note"] = "added")],
  ["stream", (record) => (record["stream"] = "partnership-ashford")],
  ["streamRevision", (record) => (record["streamRevision"] = 1)],
  ["globalPosition", (record) => (record["globalPosition"] = 30)],
  ["lastInBatch (a batch split in two)", (record) => (record["lastInBatch"] = true)],
  ["lastInBatch removed", (record) => delete record["lastInBatch"]],
  ["previousHash", (record) => (record["previousHash"] = "0".repeat(64))],
  ["hash", (record) => (record["hash"] = "f".repeat(64))]
]

// Edits of the bytes of a stored JSON text that leave its values equal; `numbers` marks the edits
// that need a number in the text (a source reference holds none).
const TEXT_EDITS: ReadonlyArray<readonly [string, (text: string) => string, { readonly numbers: boolean }]> = [
  ["whitespace after a colon", (text) => text.replace('":', '": '), { numbers: false }],
  ["whitespace at the end", (text) => `${text} `, { numbers: false }],
  ["number written with a fraction", (text) => text.replace(/:(\d+)([,}])/, ":$1.0$2"), { numbers: true }],
  [
    "number written with an exponent",
    (text) =>
      text.replace(/:(\d)(\d+)([,}])/, (_all, first: string, rest: string, end: string) => `:${first}.${rest}e${rest.length}${end}`),
    { numbers: true }
  ],
  [
    "character escaped",
    (text) => text.replace(/":"([A-Za-z])/, (_all, letter: string) => `":"\\u00${letter.charCodeAt(0).toString(16)}`),
    { numbers: false }
  ],
  [
    "keys reordered",
    (text) => JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(text) as Record).reverse())),
    { numbers: false }
  ],
  ["duplicate key", (text) => text.replace("{", '{"actor":"forged",'), { numbers: false }]
]

// The statements that cut the stored Merkle tree back to its first `size` leaves: every node whose
// span reaches beyond them deleted, and the tree's size set to them.
const treeCutTo = (size: number, nodes = "merkle_nodes", sizeTable = "merkle_size"): ReadonlyArray<string> => [
  `DELETE FROM ${nodes} WHERE (node_index + 1) << level > ${size}`,
  `UPDATE ${sizeTable} SET leaves = ${size}`
]

const describeError = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause))

// Whether a thrown value is a tagged error a store raises (rather than a fault of the suite).
const isTagged = (cause: unknown): boolean => typeof cause === "object" && cause !== null && "_tag" in cause

/** What a case found: who caught the tampering, and what they said. */
export type CaseOutcome = { readonly caughtBy: CaughtBy; readonly detail: string }

/**
 * Reopens a tampered store and asks verify: "refused" when reopening or verifying fails with a
 * store's tagged error, else what `judge` makes of the report; the reopened store is closed after.
 */
export const judgedAfterReopen = async (
  reopen: () => Promise<EventStore>,
  judge: (report: VerifyReport, reopened: EventStore) => Promise<CaseOutcome> | CaseOutcome
): Promise<CaseOutcome> => {
  let reopened: EventStore
  try {
    reopened = await reopen()
  } catch (cause) {
    if (!isTagged(cause)) throw cause
    return { caughtBy: "refused", detail: describeError(cause) }
  }
  try {
    const report = await reopened.verify().catch((cause: unknown) => {
      if (!isTagged(cause)) throw cause
      return describeError(cause)
    })
    return typeof report === "string" ? { caughtBy: "refused", detail: report } : await judge(report, reopened)
  } finally {
    await reopened.close()
  }
}

// The SQLite and PostgreSQL stores keep the tree's nodes from level 4 up: sixteen leaves make the
// first. The cases that tamper with a node grow the ledger to them first.
const grownToSixteen =
  <Store extends Pick<EventStore, "appendToStream">>(tamper: (store: Store) => Promise<void> | void) =>
  async (store: Store): Promise<void> => {
    await store.appendToStream("plan-tree", sampleEvents(16 - SAMPLE_LEDGER_EVENTS), { expectedRevision: "no-stream" })
    await tamper(store)
  }

// Builds the sample ledger, anchors its head, tampers, reopens and checks.
const runCase = async <Store extends EventStore>(
  open: () => Promise<Store>,
  tamper: (store: Store) => Promise<void> | void,
  reopen: (store: Store) => Promise<EventStore>
): Promise<CaseOutcome> => {
  const store = await open()
  await appendSampleLedger(store)
  const anchor = await Anchor.ofHead(store, new Date())
  await tamper(store)
  return judgedAfterReopen(
    () => reopen(store),
    async (report, reopened) => {
      if (!report.ok) return { caughtBy: "verify", detail: `${report.damage.kind}: ${report.damage.message}` }
      const held = await Anchor.check(reopened, anchor)
      return held._tag === "Failure"
        ? { caughtBy: "anchor", detail: held.failure.message }
        : { caughtBy: "missed", detail: "verify and the anchor found nothing" }
    }
  )
}

const memoryCases = (): ReadonlyArray<TamperCase> => {
  type MemoryStore = ReturnType<typeof InMemoryEventStore.make>
  const edit = (change: (record: Record) => void) => (store: MemoryStore) =>
    store.tamperForTesting(TARGET, (record) => {
      const copy = structuredClone(record) as unknown as Record
      change(copy)
      return copy
    })
  // The memory store lives in one process: there is nothing to delete, reorder or duplicate behind
  // its back, so only its records' fields are edited.
  return FIELD_EDITS.map(([field, change]) => ({
    store: "memory",
    name: `field ${field}`,
    expected: "verify",
    run: () =>
      runCase(
        async () => InMemoryEventStore.make(),
        edit(change),
        async (store) => store
      )
  }))
}

const sqliteCases = (directory: string): ReadonlyArray<TamperCase> => {
  const { open, reopen } = sqliteTamperStores(directory, "tamper")
  const sql =
    (...statements: ReadonlyArray<string>) =>
    (store: SqliteEventStore) => {
      for (const statement of statements) store.database.exec(statement)
    }
  const row = `WHERE global_position = ${TARGET}`
  const column = (name: string, value: string): readonly [string, string] => [
    `column ${name}`,
    `UPDATE events SET ${name} = ${value} ${row}`
  ]
  const columns: ReadonlyArray<readonly [string, string]> = [
    column("global_position", "30"),
    column("event_id", `'${randomUUID()}'`),
    ["column stream", `UPDATE events SET stream = 'partnership-ashford', stream_revision = 4 ${row}`],
    column("stream_revision", "5"),
    column("type", "'PartnershipRegistered'"),
    column("schema_version", "1"),
    column("recorded_at", "'2026-11-25T10:00:00.000Z'"),
    column("effective_date", "'2009-09-01'"),
    column("actor", "'someone else'"),
    column("reason", "'another reason'"),
    column("authority", "'Cabinet member'"),
    ["column authority emptied", `UPDATE events SET authority = NULL ${row}`],
    column("source", `json_set(source, '$.document', 'Another plan')`),
    ["column source emptied", `UPDATE events SET source = NULL ${row}`],
    column("data", "json_set(data, '$.count', 2049)"),
    ["column data extra key", `UPDATE events SET data = json_set(data, '$.note', 'added') ${row}`],
    column("previous_hash", `'${"0".repeat(64)}'`),
    column("last_in_batch", "1"),
    ["column last_in_batch emptied", `UPDATE events SET last_in_batch = NULL ${row}`],
    column("hash", `'${"f".repeat(64)}'`),
    ["column schema_version as text", `UPDATE events SET schema_version = 'one' ${row}`],
    ["column stream_revision out of range", `UPDATE events SET stream_revision = 9007199254740993 ${row}`],
    ["column data as a blob", `UPDATE events SET data = CAST(data AS BLOB) ${row}`]
  ]
  const textEdits = (["data", "source"] as const).flatMap((name) =>
    TEXT_EDITS.filter(([, , { numbers }]) => name === "data" || !numbers).map(
      ([edit, change]): readonly [string, (store: SqliteEventStore) => void] => [
        `column ${name}: ${edit}`,
        (store) => {
          const stored = store.database.prepare<[text: string]>(`SELECT ${name} FROM events ${row}`).get()?.[0] ?? ""
          store.database.prepare(`UPDATE events SET ${name} = ? ${row}`).run([change(stored)])
        }
      ]
    )
  )
  // Once made verify throw (the stack overflowed walking it); now it is reported like any damage.
  const nestedTooDeep: readonly [string, (store: SqliteEventStore) => void] = [
    "column source nested 100000 arrays deep",
    (store) => store.database.prepare(`UPDATE events SET source = ? ${row}`).run([`${"[".repeat(100_000)}${"]".repeat(100_000)}`])
  ]
  const removals: ReadonlyArray<readonly [string, "verify" | "anchor", (store: SqliteEventStore) => Promise<void> | void]> = [
    ["row deleted", "verify", sql(`DELETE FROM events ${row}`)],
    ["first row deleted", "verify", sql("DELETE FROM events WHERE global_position = 1")],
    [
      "rows reordered",
      "verify",
      sql(
        "UPDATE events SET global_position = 100 WHERE global_position = 2",
        "UPDATE events SET global_position = 2 WHERE global_position = 3",
        "UPDATE events SET global_position = 3 WHERE global_position = 100"
      )
    ],
    [
      "row duplicated at the end",
      "verify",
      sql(
        `INSERT INTO events SELECT 7, '${randomUUID()}', stream, 3, type, schema_version, recorded_at, effective_date, actor, reason, authority, source, data, previous_hash, hash, last_in_batch FROM events ${row}`
      )
    ],
    ["events table dropped", "verify", sql("DROP TABLE events")],
    ["column actor dropped", "verify", sql("ALTER TABLE events DROP COLUMN actor")],
    ["tree node changed", "verify", grownToSixteen(sql("UPDATE merkle_nodes SET hash = zeroblob(32) WHERE level = 4 AND node_index = 0"))],
    ["tree node deleted", "verify", grownToSixteen(sql("DELETE FROM merkle_nodes WHERE level = 4 AND node_index = 0"))],
    ["tree size made smaller", "verify", sql(`UPDATE merkle_size SET leaves = ${SAMPLE_LEDGER_EVENTS - 1}`)],
    ["tree size made larger", "verify", sql(`UPDATE merkle_size SET leaves = ${SAMPLE_LEDGER_EVENTS + 1}`)],
    ["tree table dropped", "verify", sql("DROP TABLE merkle_nodes")],
    ["tree size table dropped", "verify", sql("DROP TABLE merkle_size")],
    ["tree size row deleted", "verify", sql("DELETE FROM merkle_size")],
    // A tail cut from the events alone leaves the tree of the longer log behind, which verify finds;
    // cut from both, only the anchor shows it.
    ["last row deleted (the tail), its tree left", "verify", sql("DELETE FROM events WHERE global_position = 6")],
    ["every row deleted (the whole ledger), its tree left", "verify", sql("DELETE FROM events")],
    ["last row deleted (the tail)", "anchor", sql("DELETE FROM events WHERE global_position = 6", ...treeCutTo(5))],
    ["last batch deleted (the tail)", "anchor", sql("DELETE FROM events WHERE global_position >= 5", ...treeCutTo(4))],
    ["every row deleted (the whole ledger)", "anchor", sql("DELETE FROM events", ...treeCutTo(0))],
    [
      "ledger file deleted",
      "anchor",
      (store) => {
        store.database.close()
        for (const suffix of ["", "-wal", "-shm"]) rmSync(`${store.path}${suffix}`, { force: true })
      }
    ]
  ]
  const cases: Array<TamperCase> = [
    ...[...columns.map(([name, statement]) => [name, sql(statement)] as const), ...textEdits, nestedTooDeep].map(
      ([name, tamper]): TamperCase => ({ store: "sqlite", name, expected: "verify", run: () => runCase(open, tamper, reopen) })
    ),
    ...removals.map(([name, expected, tamper]): TamperCase => ({
      store: "sqlite",
      name,
      expected,
      run: () =>
        runCase(open, tamper, async (store) => {
          if (store.database.isOpen) await store.close()
          return openSqliteEventStore(store.path, { events: LedgerEvents })
        })
    }))
  ]
  return cases
}

// JSON lines: the file's lines, edited as text.
const editLines = (path: string, change: (lines: Array<string>) => Array<string>): void => {
  const lines = readFileSync(path, "utf8").split("\n")
  const ending = lines.pop() ?? ""
  writeFileSync(path, [...change(lines), ending].join("\n"))
}

const jsonlCases = (directory: string): ReadonlyArray<TamperCase> => {
  const { open, reopen } = jsonlTamperStores(directory, "tamper")
  const target = (change: (line: string) => string) => (lines: Array<string>) =>
    lines.map((line, index) => (index === TARGET - 1 ? change(line) : line))
  const fieldEdits = FIELD_EDITS.map(([field, change]): readonly [string, (lines: Array<string>) => Array<string>] => [
    `key ${field}`,
    target((line) => {
      const record = JSON.parse(line) as Record
      change(record)
      return JSON.stringify(record)
    })
  ])
  const byteEdits = TEXT_EDITS.map(([edit, change]): readonly [string, (lines: Array<string>) => Array<string>] => [
    `bytes: ${edit}`,
    target(change)
  ])
  const moreBytes: ReadonlyArray<readonly [string, (lines: Array<string>) => Array<string>]> = [
    ["bytes: carriage return before the newline", target((line) => `${line}\r`)],
    [
      "bytes: one hex digit of the hash flipped",
      target((line) => line.replace(/"hash":"(.)/, (_all, digit: string) => `"hash":"${digit === "0" ? "1" : "0"}`))
    ],
    [
      "bytes: end-of-batch flag removed from the last line",
      (lines) => lines.map((line, index) => (index === lines.length - 1 ? line.replace(/,"[^"]*":true}$/, "}") : line))
    ],
    ["line deleted", (lines) => lines.filter((_line, index) => index !== TARGET - 1)],
    ["lines reordered", (lines) => [lines[0] ?? "", lines[2] ?? "", lines[1] ?? "", ...lines.slice(3)]],
    ["batches reordered", (lines) => [...lines.slice(2, 4), ...lines.slice(0, 2), ...lines.slice(4)]],
    ["last batch duplicated", (lines) => [...lines, ...lines.slice(-2)]],
    ["blank line inserted", (lines) => [...lines.slice(0, 2), "", ...lines.slice(2)]]
  ]
  // Where one append ends and the next begins: each line's lastInBatch is covered by its hash, so
  // merging two whole batches, splitting one, or making the whole last batch look cut short (which
  // repair would otherwise move aside) breaks the chain; the end-of-batch flag of hash format 1,
  // added to a line of format 2, is a key the event does not have.
  const closing = (lines: Array<string>, index: number, lastInBatch: boolean): Array<string> =>
    lines.map((line, at) => (at === index ? line.replace(/"lastInBatch":(true|false)/, `"lastInBatch":${lastInBatch}`) : line))
  const batchBoundaries: ReadonlyArray<readonly [string, (lines: Array<string>) => Array<string>]> = [
    ["bytes: end-of-batch removed between two whole batches", (lines) => closing(lines, 1, false)],
    ["bytes: end-of-batch added inside a batch", (lines) => closing(lines, 0, true)],
    ["bytes: boundary moved one line on", (lines) => closing(closing(lines, 1, false), 2, true)],
    [
      "bytes: end-of-batch taken off the last line (the last batch made to look cut short)",
      (lines) => closing(lines, lines.length - 1, false)
    ],
    [
      "bytes: format-1 end-of-batch flag added inside a batch",
      (lines) => lines.map((line, index) => (index === 0 ? line.replace(/}$/, ',"endOfBatch":true}') : line))
    ]
  ]
  // An editor who knows the hash formula moves a boundary and recomputes every hash from there on:
  // the chain is whole again, and only the anchored head shows the change.
  const rechainedLines = (lines: Array<string>): Array<string> =>
    rechained(lines.map((line) => JSON.parse(line) as Record)).map((record) => JSON.stringify(record))
  const tails: ReadonlyArray<readonly [string, (store: JsonlEventStore) => void]> = [
    [
      "boundary moved one line on, every hash recomputed",
      (store) => editLines(store.path, (lines) => rechainedLines(closing(closing(lines, 1, false), 2, true)))
    ],
    ["last batch deleted (the tail)", (store) => editLines(store.path, (lines) => lines.slice(0, -2))],
    ["file emptied (the whole ledger)", (store) => writeFileSync(store.path, "")],
    ["file deleted (the whole ledger)", (store) => rmSync(store.path)]
  ]
  return [
    ...[...fieldEdits, ...byteEdits, ...moreBytes, ...batchBoundaries].map(([name, change]): TamperCase => ({
      store: "jsonl",
      name,
      expected: "verify",
      run: () => runCase(open, (store) => editLines(store.path, change), reopen)
    })),
    ...tails.map(([name, tamper]): TamperCase => ({ store: "jsonl", name, expected: "anchor", run: () => runCase(open, tamper, reopen) }))
  ]
}

const postgresCases = (baseUrl: string): ReadonlyArray<TamperCase> => {
  const { open, reopen } = postgresTamperStores(baseUrl)
  const sql =
    (...statements: ReadonlyArray<string>) =>
    async (store: PostgresEventStore) => {
      for (const statement of statements) {
        await store.pool.query(
          statement
            .replaceAll("{events}", `${store.schema}.events`)
            .replaceAll("{nodes}", `${store.schema}.merkle_nodes`)
            .replaceAll("{size}", `${store.schema}.merkle_size`)
        )
      }
    }
  const row = `WHERE global_position = ${TARGET}`
  const editEvent = (change: (text: string) => string) => async (store: PostgresEventStore) => {
    const events = `${store.schema}.events`
    const stored = (await store.pool.query<{ event: string }>(`SELECT event FROM ${events} ${row}`)).rows[0]?.event ?? ""
    await store.pool.query(`UPDATE ${events} SET event = $1 ${row}`, [change(stored)])
  }
  const columns: ReadonlyArray<readonly [string, (store: PostgresEventStore) => Promise<void>]> = [
    ["column global_position", sql(`UPDATE {events} SET global_position = 30 ${row}`)],
    ["column event_id", sql(`UPDATE {events} SET event_id = '${randomUUID()}' ${row}`)],
    ["column stream", sql(`UPDATE {events} SET stream = 'partnership-ashford', stream_revision = 4 ${row}`)],
    ["column stream_revision", sql(`UPDATE {events} SET stream_revision = 7 ${row}`)],
    ["column recorded_at", sql(`UPDATE {events} SET recorded_at = '2026-11-25T10:00:00.000Z' ${row}`)],
    ["column hash", sql(`UPDATE {events} SET hash = '${"f".repeat(64)}' ${row}`)],
    ...FIELD_EDITS.map(([field, change]): readonly [string, (store: PostgresEventStore) => Promise<void>] => [
      `column event, key ${field}`,
      editEvent((text) => {
        const record = JSON.parse(text) as Record
        change(record)
        return JSON.stringify(record)
      })
    ]),
    ...TEXT_EDITS.map(([edit, change]): readonly [string, (store: PostgresEventStore) => Promise<void>] => [
      `column event: ${edit}`,
      editEvent(change)
    ]),
    ["row deleted", sql(`DELETE FROM {events} ${row}`)],
    [
      "rows reordered",
      sql(
        "UPDATE {events} SET global_position = 100 WHERE global_position = 2",
        "UPDATE {events} SET global_position = 2 WHERE global_position = 3",
        "UPDATE {events} SET global_position = 3 WHERE global_position = 100"
      )
    ],
    [
      "row duplicated at the end",
      sql(`INSERT INTO {events} SELECT 7, '${randomUUID()}', stream, 3, recorded_at, event, hash FROM {events} ${row}`)
    ],
    ["events table dropped", sql("DROP TABLE {events}")],
    ["column recorded_at dropped", sql("ALTER TABLE {events} DROP COLUMN recorded_at")],
    ["tree node changed", grownToSixteen(sql("UPDATE {nodes} SET hash = '\\x00'::bytea WHERE level = 4 AND node_index = 0"))],
    [
      "tree node replaced by the SHA-256 of its hash",
      grownToSixteen(sql("UPDATE {nodes} SET hash = sha256(hash) WHERE level = 4 AND node_index = 0"))
    ],
    ["tree node deleted", grownToSixteen(sql("DELETE FROM {nodes} WHERE level = 4 AND node_index = 0"))],
    ["tree size made smaller", sql(`UPDATE {size} SET leaves = ${SAMPLE_LEDGER_EVENTS - 1}`)],
    ["tree size made larger", sql(`UPDATE {size} SET leaves = ${SAMPLE_LEDGER_EVENTS + 1}`)],
    ["tree table dropped", sql("DROP TABLE {nodes}")],
    ["tree size table dropped", sql("DROP TABLE {size}")],
    ["tree size row deleted", sql("DELETE FROM {size}")],
    ["last row deleted (the tail), its tree left", sql("DELETE FROM {events} WHERE global_position = 6")],
    ["every row deleted (the whole ledger), its tree left", sql("DELETE FROM {events}")]
  ]
  const tails: ReadonlyArray<readonly [string, (store: PostgresEventStore) => Promise<void>]> = [
    ["last row deleted (the tail)", sql("DELETE FROM {events} WHERE global_position = 6", ...treeCutTo(5, "{nodes}", "{size}"))],
    ["last batch deleted (the tail)", sql("DELETE FROM {events} WHERE global_position >= 5", ...treeCutTo(4, "{nodes}", "{size}"))],
    ["every row deleted (the whole ledger)", sql("DELETE FROM {events}", ...treeCutTo(0, "{nodes}", "{size}"))]
  ]
  return [
    ...columns.map(([name, tamper]): TamperCase => ({
      store: "postgres",
      name,
      expected: "verify",
      run: () => runCase(open, tamper, reopen)
    })),
    ...tails.map(([name, tamper]): TamperCase => ({
      store: "postgres",
      name,
      expected: "anchor",
      run: () => runCase(open, tamper, reopen)
    }))
  ]
}

/**
 * Every tamper case of every store: files go under `directory`; PostgreSQL cases are included
 * when a server URL is given (each case takes a fresh schema on it).
 */
export const tamperCases = (directory: string, postgresUrl: string | undefined): ReadonlyArray<TamperCase> => [
  ...memoryCases(),
  ...sqliteCases(directory),
  ...jsonlCases(directory),
  ...(postgresUrl === undefined ? [] : postgresCases(postgresUrl)),
  ...snapshotTamperCases(directory, postgresUrl),
  ...proofTamperCases(directory, postgresUrl),
  ...personalValueTamperCases(directory, postgresUrl)
]

/**
 * Whether a case came out as it must: caught by verify (or the store refusing to read it) for an
 * edit, by the anchor for a cut tail, and by the proof verifier, with the code named, for a forgery.
 */
export const caughtAsExpected = (tamperCase: TamperCase, caughtBy: CaughtBy): boolean =>
  tamperCase.expected === "verify" ? caughtBy === "verify" || caughtBy === "refused" : caughtBy === tamperCase.expected
