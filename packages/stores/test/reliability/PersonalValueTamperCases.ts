// The tamper suite's cases of the personal values a store keeps beside its events (its vault), per
// store: a kept value or its salt changed, a kept value moved to another event, filed under another
// subject or kind, or erased in silence (an erased entry no erasure event lists), a kept value or an
// erased value's entry deleted, and the vault itself destroyed. Each case records the sample ledger
// through a personal-data store, erases one person, tampers behind the store's back and reopens
// it: verify must report damage of kind `personal-value`, or the store refuse to read the vault.
import { rmSync, readFileSync, writeFileSync } from "node:fs"
import { Erasure, type EventStore, InMemoryEventStore, Period } from "@plan-ledger/core"
import { personalDataStore } from "@plan-ledger/core/store"
import { PersonalData } from "@plan-ledger/eventstore"
import type { JsonlEventStore } from "@plan-ledger/store-jsonl"
import type { PostgresEventStore } from "@plan-ledger/store-postgres"
import type { SqliteEventStore } from "@plan-ledger/store-sqlite"
import { appendSampleLedger } from "./SampleLedger.js"
import { type CaseOutcome, judgedAfterReopen, type TamperCase } from "./TamperCases.js"
import { jsonlTamperStores, postgresTamperStores, sqliteTamperStores } from "./TamperStores.js"

/** What a case tampers with: a value kept, a value erased, and an event the kept value is not of. */
interface Targets {
  readonly kept: PersonalData.KeptValue
  readonly erased: PersonalData.ErasedValue
  readonly otherEventId: string
}

// The person the sample ledger names as its authority, erased before every case.
const ERASED_SUBJECT = "LCSP board"
const ERASURE = {
  provenance: {
    actor: "tamper-suite",
    reason: "erasure request",
    authority: "Data Protection Officer",
    effectiveDate: Period.CalendarDate.make("2026-12-01")
  },
  clock: () => new Date("2026-12-01T10:00:00.000Z")
}

const collect = async <Item>(items: AsyncIterable<Item>): Promise<Array<Item>> => {
  const collected: Array<Item> = []
  for await (const item of items) collected.push(item)
  return collected
}

// Records the sample ledger, erases one person, tampers with the vault, reopens and asks verify.
const runVaultCase = async <Store extends EventStore>(
  open: () => Promise<Store>,
  tamper: (store: Store, targets: Targets) => Promise<void> | void,
  reopen: (store: Store) => Promise<EventStore>
): Promise<CaseOutcome> => {
  const store = await open()
  const ledger = personalDataStore(store)
  await appendSampleLedger(ledger)
  await Erasure.eraseSubject(ledger, ERASED_SUBJECT, ERASURE)
  const entries = await collect(ledger.personalData.vault.entries())
  const kept = entries.find((entry): entry is PersonalData.KeptValue => !PersonalData.isErased(entry) && entry.kind === "actor")
  const erased = entries.find(PersonalData.isErased)
  const otherEventId = entries.find((entry) => entry.eventId !== kept?.eventId)?.eventId
  if (kept === undefined || erased === undefined || otherEventId === undefined)
    throw new Error("the sample ledger kept no value to tamper with")
  await tamper(store, { kept, erased, otherEventId })
  return judgedAfterReopen(
    async () => personalDataStore(await reopen(store)),
    (report) => {
      if (report.ok) return { caughtBy: "missed", detail: "verify found nothing wrong with the personal values" }
      return report.damage.kind === "personal-value"
        ? { caughtBy: "verify", detail: `${report.damage.kind}: ${report.damage.message}` }
        : { caughtBy: "missed", detail: `verify reported ${report.damage.kind}, not the personal value: ${report.damage.message}` }
    }
  )
}

// One edit of a vault, as each store's medium holds it.
type VaultEdit<Store> = readonly [name: string, tamper: (store: Store, targets: Targets) => Promise<void> | void]

const casesOf = <Store extends EventStore>(
  store: string,
  edits: ReadonlyArray<VaultEdit<Store>>,
  open: () => Promise<Store>,
  reopen: (store: Store) => Promise<EventStore>
): ReadonlyArray<TamperCase> =>
  edits.map(([name, tamper]) => ({
    store,
    name: `personal values: ${name}`,
    expected: "verify",
    run: () => runVaultCase(open, tamper, reopen)
  }))

// Another kind the ledger keeps, for a kept actor filed as it.
const OTHER_KIND = "authority"

// A kept value turned into an erased entry that names no erasure event: a value removed in silence.
const silentlyErased = (kept: PersonalData.KeptValue): PersonalData.ErasedValue => ({
  commitment: kept.commitment,
  eventId: kept.eventId,
  pointer: kept.pointer,
  kind: kept.kind,
  erasedOn: "2026-12-02",
  erasedBy: "00000000-0000-4000-8000-000000000000"
})

// The same, as SQL over the vault's tables (the commitment its one parameter).
const SILENT_ERASURE = `INSERT INTO personal_erasures (commitment, event_id, pointer, kind, erased_on, erased_by)
  SELECT commitment, event_id, pointer, kind, '2026-12-02', '00000000-0000-4000-8000-000000000000' FROM personal_values WHERE commitment = ?`

// A salt of the same length that differs in its first digit.
const otherSalt = (salt: string): string => `${salt.startsWith("0") ? "1" : "0"}${salt.slice(1)}`

const memoryCases = (): ReadonlyArray<TamperCase> => {
  // The in-memory vault has no medium of its own: an entry is replaced through `import`, which
  // takes entries as they are.
  const replaced = (change: (targets: Targets) => PersonalData.VaultEntry) => async (store: EventStore, targets: Targets) => {
    await store.personalVault?.import(
      (async function* () {
        yield change(targets)
      })()
    )
  }
  const edits: ReadonlyArray<VaultEdit<EventStore>> = [
    ["a kept value changed", replaced(({ kept }) => ({ ...kept, value: `${kept.value}.` }))],
    ["a kept value's salt changed", replaced(({ kept }) => ({ ...kept, salt: otherSalt(kept.salt) }))],
    ["a kept value moved to another event", replaced(({ kept, otherEventId }) => ({ ...kept, eventId: otherEventId }))],
    ["a kept value filed under another subject", replaced(({ kept }) => ({ ...kept, subject: "someone else" }))],
    ["a kept value filed as another kind", replaced(({ kept }) => ({ ...kept, kind: OTHER_KIND }))],
    ["a kept value erased in silence", replaced(({ kept }) => silentlyErased(kept))],
    ["a kept value deleted", async (store, { kept }) => store.personalVault?.discard([kept.commitment])],
    ["an erased value's entry deleted", async (store, { erased }) => store.personalVault?.discard([erased.commitment])]
  ]
  return casesOf(
    "memory",
    edits,
    async () => InMemoryEventStore.make(),
    async (store) => store
  )
}

const sqliteCases = (directory: string): ReadonlyArray<TamperCase> => {
  const { open, reopen } = sqliteTamperStores(directory, "tamper-vault")
  const run = (statement: string, parameters: (targets: Targets) => ReadonlyArray<string>) => (store: SqliteEventStore, targets: Targets) =>
    void store.database.prepare(statement).run([...parameters(targets)])
  const edits: ReadonlyArray<VaultEdit<SqliteEventStore>> = [
    ["a kept value changed", run("UPDATE personal_values SET value = value || '.' WHERE commitment = ?", ({ kept }) => [kept.commitment])],
    [
      "a kept value's salt changed",
      run("UPDATE personal_values SET salt = ? WHERE commitment = ?", ({ kept }) => [otherSalt(kept.salt), kept.commitment])
    ],
    [
      "a kept value moved to another event",
      run("UPDATE personal_values SET event_id = ? WHERE commitment = ?", ({ kept, otherEventId }) => [otherEventId, kept.commitment])
    ],
    [
      "a kept value filed under another subject",
      run("UPDATE personal_values SET subject = 'someone else' WHERE commitment = ?", ({ kept }) => [kept.commitment])
    ],
    [
      "a kept value filed as another kind",
      run(`UPDATE personal_values SET kind = '${OTHER_KIND}' WHERE commitment = ?`, ({ kept }) => [kept.commitment])
    ],
    [
      "a kept value erased in silence",
      (store, targets) => {
        run(SILENT_ERASURE, ({ kept }) => [kept.commitment])(store, targets)
        run("DELETE FROM personal_values WHERE commitment = ?", ({ kept }) => [kept.commitment])(store, targets)
      }
    ],
    ["a kept value deleted", run("DELETE FROM personal_values WHERE commitment = ?", ({ kept }) => [kept.commitment])],
    ["an erased value's entry deleted", run("DELETE FROM personal_erasures WHERE commitment = ?", ({ erased }) => [erased.commitment])],
    ["the values table dropped", run("DROP TABLE personal_values", () => [])]
  ]
  return casesOf("sqlite", edits, open, reopen)
}

const jsonlCases = (directory: string): ReadonlyArray<TamperCase> => {
  const { open, reopen } = jsonlTamperStores(directory, "tamper-vault")
  const sideFile = (store: JsonlEventStore) => `${store.path}.personal.jsonl`
  // Rewrites every line of the side file that is about the commitment.
  const lines =
    (
      change: (line: Record<string, Record<string, unknown>>, targets: Targets) => string | undefined,
      about: (targets: Targets) => string
    ) =>
    (store: JsonlEventStore, targets: Targets) => {
      const rewritten = readFileSync(sideFile(store), "utf8")
        .split("\n")
        .flatMap((text) => {
          if (!text.includes(about(targets))) return [text]
          const changed = change(JSON.parse(text) as Record<string, Record<string, unknown>>, targets)
          return changed === undefined ? [] : [changed]
        })
      writeFileSync(sideFile(store), rewritten.join("\n"))
    }
  const keptLine = (edit: (kept: Record<string, unknown>, targets: Targets) => Record<string, unknown>) =>
    lines(
      (line, targets) => JSON.stringify(line["kept"] === undefined ? line : { kept: edit(line["kept"], targets) }),
      ({ kept }) => kept.commitment
    )
  const edits: ReadonlyArray<VaultEdit<JsonlEventStore>> = [
    ["a kept value changed", keptLine((kept) => ({ ...kept, value: `${String(kept["value"])}.` }))],
    ["a kept value's salt changed", keptLine((kept) => ({ ...kept, salt: otherSalt(String(kept["salt"])) }))],
    ["a kept value moved to another event", keptLine((kept, { otherEventId }) => ({ ...kept, eventId: otherEventId }))],
    ["a kept value filed under another subject", keptLine((kept) => ({ ...kept, subject: "someone else" }))],
    ["a kept value filed as another kind", keptLine((kept) => ({ ...kept, kind: OTHER_KIND }))],
    [
      "a kept value erased in silence",
      lines(
        (_line, { kept }) => JSON.stringify({ erased: silentlyErased(kept) }),
        ({ kept }) => kept.commitment
      )
    ],
    [
      "a kept value's line deleted",
      lines(
        () => undefined,
        ({ kept }) => kept.commitment
      )
    ],
    [
      "an erased value's lines deleted",
      lines(
        () => undefined,
        ({ erased }) => erased.commitment
      )
    ],
    ["the side file deleted", (store) => rmSync(sideFile(store))]
  ]
  return casesOf("jsonl", edits, open, reopen)
}

const postgresCases = (baseUrl: string): ReadonlyArray<TamperCase> => {
  const { open, reopen } = postgresTamperStores(baseUrl)
  const run =
    (statement: string, parameters: (targets: Targets) => ReadonlyArray<string>) => async (store: PostgresEventStore, targets: Targets) => {
      await store.pool.query(statement.replaceAll("{schema}", store.schema), [...parameters(targets)])
    }
  const edits: ReadonlyArray<VaultEdit<PostgresEventStore>> = [
    [
      "a kept value changed",
      run("UPDATE {schema}.personal_values SET value = value || '.' WHERE commitment = $1", ({ kept }) => [kept.commitment])
    ],
    [
      "a kept value's salt changed",
      run("UPDATE {schema}.personal_values SET salt = $1 WHERE commitment = $2", ({ kept }) => [otherSalt(kept.salt), kept.commitment])
    ],
    [
      "a kept value moved to another event",
      run("UPDATE {schema}.personal_values SET event_id = $1 WHERE commitment = $2", ({ kept, otherEventId }) => [
        otherEventId,
        kept.commitment
      ])
    ],
    [
      "a kept value filed under another subject",
      run("UPDATE {schema}.personal_values SET subject = 'someone else' WHERE commitment = $1", ({ kept }) => [kept.commitment])
    ],
    [
      "a kept value filed as another kind",
      run(`UPDATE {schema}.personal_values SET kind = '${OTHER_KIND}' WHERE commitment = $1`, ({ kept }) => [kept.commitment])
    ],
    [
      "a kept value erased in silence",
      async (store, targets) => {
        await run(
          SILENT_ERASURE.replace("personal_erasures", "{schema}.personal_erasures")
            .replace("personal_values", "{schema}.personal_values")
            .replace("?", "$1"),
          ({ kept }) => [kept.commitment]
        )(store, targets)
        await run("DELETE FROM {schema}.personal_values WHERE commitment = $1", ({ kept }) => [kept.commitment])(store, targets)
      }
    ],
    ["a kept value deleted", run("DELETE FROM {schema}.personal_values WHERE commitment = $1", ({ kept }) => [kept.commitment])],
    [
      "an erased value's entry deleted",
      run("DELETE FROM {schema}.personal_erasures WHERE commitment = $1", ({ erased }) => [erased.commitment])
    ],
    ["the values table dropped", run("DROP TABLE {schema}.personal_values", () => [])]
  ]
  return casesOf("postgres", edits, open, reopen)
}

/**
 * Every personal-value tamper case of every store, as `tamperCases` gives the log's.
 */
export const personalValueTamperCases = (directory: string, postgresUrl: string | undefined): ReadonlyArray<TamperCase> => [
  ...memoryCases(),
  ...sqliteCases(directory),
  ...jsonlCases(directory),
  ...(postgresUrl === undefined ? [] : postgresCases(postgresUrl))
]
