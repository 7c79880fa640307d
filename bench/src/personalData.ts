// What keeping personal values outside the hashed events costs (docs/performance.md, "Personal
// data: what commitments and the vault cost"). Each pair writes the same generated workload, every
// event with an actor and every fourth also with an authority, into two fresh ledgers of each
// store kind: one plain, as the store package opens it, and one through `personalDataStore` (as
// `openStore` opens every ledger), which commits to each personal value in the hashed event and
// keeps the value and its salt in the store's vault. Then, on both: a full `readAllForReplay`
// (what every view folds; the personal-data store puts the values back a page at a time) and
// `verify` (the personal-data store also checks every kept value against its commitment). Which of
// the two goes first alternates pair by pair, so whatever else the machine does falls on both
// alike. Prints Markdown tables: medians and ranges, and the ratio of each measure; then how much
// of the personal-data store's time was spent inside its vault's queries and transactions.
//
//   node --import tsx --conditions=@plan-ledger/source bench/src/personalData.ts --events 50000 --pairs 5 \
//     --postgres-url "$PLAN_LEDGER_TEST_POSTGRES_URL"      # or: pnpm --dir bench personal-data …
import { statSync } from "node:fs"
import { cpus, loadavg, totalmem } from "node:os"
import { join } from "node:path"
import { performance } from "node:perf_hooks"
import { parseArgs } from "node:util"
import type { EventStore } from "@plan-ledger/core"
import { LedgerEvents, personalDataStore } from "@plan-ledger/core/store"
import { openPostgresEventStore } from "@plan-ledger/store-postgres"
import { freshSchemaUrl } from "@plan-ledger/store-postgres/testkit"
import { openSqliteEventStore } from "@plan-ledger/store-sqlite"
import { appendWorkload } from "./Append.js"
import { format, type Spread, spread } from "./Spread.js"
import { timedVault, type VaultSeconds } from "./TimedVault.js"
import { DEFAULT_SHAPE } from "./Workload.js"
import { removeSqliteLedger } from "./SqliteLedgerFiles.js"
import { wholeNumber } from "./WholeNumber.js"

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "50000" },
    pairs: { type: "string", default: "5" },
    batch: { type: "string", default: "100" },
    store: { type: "string", multiple: true, default: ["sqlite", "postgres"] },
    "postgres-url": { type: "string", default: process.env["PLAN_LEDGER_TEST_POSTGRES_URL"] },
    directory: { type: "string", default: "/tmp" }
  }
})
const totalEvents = wholeNumber("events", values.events)
const pairs = wholeNumber("pairs", values.pairs)
const batchSize = wholeNumber("batch", values.batch)

// Officers record the events in turn; every fourth is recorded on a cabinet member's authority.
const SHAPE = {
  ...DEFAULT_SHAPE,
  actors: Array.from({ length: 12 }, (_, officer) => `Performance Officer ${officer + 1}`),
  authorities: { every: 4, names: ["Cabinet Member A. Carter", "Cabinet Member B. Simmonds", "Director C. Abbott"] }
}

const KINDS = ["sqlite", "postgres"] as const
type Kind = (typeof KINDS)[number]
const VARIANTS = ["plain", "personal data"] as const
type Variant = (typeof VARIANTS)[number]

const kinds = values.store.map((name) => {
  const kind = KINDS.find((known) => known === name)
  if (kind === undefined) throw new Error(`--store ${name} is not measured here: use sqlite or postgres`)
  return kind
})
const postgresUrl = values["postgres-url"]
if (kinds.includes("postgres") && postgresUrl === undefined)
  throw new Error("--store postgres needs --postgres-url (or PLAN_LEDGER_TEST_POSTGRES_URL; bash .ci/postgres-start writes one)")

/** A fresh ledger of `kind`, opened as its store package opens it, and how to remove it afterwards. */
const freshLedger = async (
  kind: Kind,
  name: string
): Promise<{ readonly store: EventStore; readonly bytes: () => number; readonly remove: () => void }> => {
  if (kind === "postgres") {
    const store = await openPostgresEventStore(freshSchemaUrl(postgresUrl as string), { events: LedgerEvents })
    // The throwaway server's data goes with it (.ci/postgres-stop).
    return { store, bytes: () => Number.NaN, remove: () => undefined }
  }
  const path = join(values.directory, `plan-ledger-personal-${name.replace(" ", "-")}-${totalEvents}.db`)
  const remove = () => removeSqliteLedger(path)
  remove()
  const store = await openSqliteEventStore(path, { events: LedgerEvents })
  return { store, bytes: () => statSync(path).size, remove }
}

const seconds = async (work: () => Promise<unknown>): Promise<number> => {
  const started = performance.now()
  await work()
  return (performance.now() - started) / 1000
}

/** Reads the whole log as a replay does, a page at a time, and counts its events. */
const replayed = async (store: EventStore): Promise<number> => {
  let events = 0
  for await (const page of store.readAllForReplay()) events += page.length
  return events
}

interface Measured {
  readonly appendRate: Array<number>
  readonly replayRate: Array<number>
  readonly verifySeconds: Array<number>
  readonly bytes: Array<number>
  // Seconds inside the vault (the personal-data store's only), a phase at a time.
  readonly appendKeep: Array<number>
  readonly appendEntriesOf: Array<number>
  readonly replayRead: Array<number>
  readonly verifyRead: Array<number>
}
const measured = new Map<string, Measured>()
const of = (kind: Kind, variant: Variant): Measured => {
  const key = `${kind} ${variant}`
  const found = measured.get(key) ?? {
    appendRate: [],
    replayRate: [],
    verifySeconds: [],
    bytes: [],
    appendKeep: [],
    appendEntriesOf: [],
    replayRead: [],
    verifyRead: []
  }
  measured.set(key, found)
  return found
}

const load = (): string => loadavg()[0]?.toFixed(2) ?? "?"
for (let pair = 0; pair < pairs; pair++) {
  const order = pair % 2 === 0 ? VARIANTS : ([...VARIANTS].reverse() as ReadonlyArray<Variant>)
  for (const kind of kinds) {
    const ledgers = await Promise.all(
      order.map(async (variant) => {
        const ledger = await freshLedger(kind, variant)
        const vault = { keep: 0, entriesOf: 0, read: 0 }
        const kept = ledger.store.personalVault
        if (kept === undefined) throw new Error(`the ${kind} store keeps no personal vault`)
        const store = variant === "plain" ? ledger.store : personalDataStore({ ...ledger.store, personalVault: timedVault(kept, vault) })
        return { variant, ledger, store, vault, figures: of(kind, variant) }
      })
    )
    // The vault's seconds since the last phase, and the count started again.
    const taken = (vault: VaultSeconds): VaultSeconds => {
      const seconds = { ...vault }
      Object.assign(vault, { keep: 0, entriesOf: 0, read: 0 })
      return seconds
    }
    for (const { store, vault, figures } of ledgers) {
      figures.appendRate.push((await appendWorkload(store, totalEvents, batchSize, () => undefined, SHAPE)).eventsPerSecond)
      const { keep, entriesOf } = taken(vault)
      figures.appendKeep.push(keep)
      figures.appendEntriesOf.push(entriesOf)
    }
    for (const { variant, store, vault, figures } of ledgers) {
      let events = 0
      const took = await seconds(async () => {
        events = await replayed(store)
      })
      if (events !== totalEvents) throw new Error(`${kind} ${variant}: the replay read ${events} events of ${totalEvents}`)
      figures.replayRate.push(events / took)
      figures.replayRead.push(taken(vault).read)
    }
    for (const { variant, store, ledger, vault, figures } of ledgers) {
      let ok = false
      figures.verifySeconds.push(
        await seconds(async () => {
          ok = (await store.verify()).ok
        })
      )
      if (!ok) throw new Error(`${kind} ${variant}: verify found damage`)
      figures.verifyRead.push(taken(vault).read)
      await store.close()
      figures.bytes.push(ledger.bytes())
      ledger.remove()
    }
    process.stderr.write(`pair ${pair + 1} of ${pairs}, ${kind}: done (load ${load()})\n`)
  }
}

// Personal data ÷ plain, of the medians.
const cell = (measure: Spread, digits: number): string =>
  `${format(measure.median, digits)} (${format(measure.lowest, digits)} – ${format(measure.highest, digits)})`
const table = (title: string, unit: string, digits: number, pick: (figures: Measured) => ReadonlyArray<number>): Array<string> => [
  `| ${title} | plain: ${unit} median (range) | personal data: ${unit} median (range) | personal data ÷ plain |`,
  "| --- | --- | --- | --- |",
  ...kinds.map((kind) => {
    const plain = spread(pick(of(kind, "plain")))
    const personal = spread(pick(of(kind, "personal data")))
    return `| ${kind} | ${cell(plain, digits)} | ${cell(personal, digits)} | ${format(personal.median / plain.median, 2)} |`
  }),
  ""
]

process.stdout.write(
  [
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${load()} at the end`,
    `Each ledger: ${format(totalEvents)} events in batches of ${batchSize}, every one with an actor, one in ${SHAPE.authorities.every} also with an authority; ${pairs} pairs, the order alternating`,
    "",
    ...table("appends", "events/s", 0, (figures) => figures.appendRate),
    ...table("readAllForReplay, whole log", "events/s", 0, (figures) => figures.replayRate),
    ...table("verify", "s", 2, (figures) => figures.verifySeconds),
    "Where the personal-data store's time goes, medians of seconds a ledger: each phase, and the part spent inside the vault's own queries and transactions (the rest over plain is committing and restoring values in memory, and the larger events).",
    "",
    "| store | appends: plain | appends: personal data | of which vault `keep` | vault `entriesOf` | replay: plain | replay: personal data | of which vault `read` | verify: plain | verify: personal data | of which vault `read` |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...kinds.map((kind) => {
      const plain = of(kind, "plain")
      const personal = of(kind, "personal data")
      const seconds = (figures: ReadonlyArray<number>) => format(spread(figures).median, 2)
      const phase = (rates: ReadonlyArray<number>) => seconds(rates.map((rate) => totalEvents / rate))
      return `| ${kind} | ${phase(plain.appendRate)} | ${phase(personal.appendRate)} | ${seconds(personal.appendKeep)} | ${seconds(personal.appendEntriesOf)} | ${phase(plain.replayRate)} | ${phase(personal.replayRate)} | ${seconds(personal.replayRead)} | ${seconds(plain.verifySeconds)} | ${seconds(personal.verifySeconds)} | ${seconds(personal.verifyRead)} |`
    }),
    "",
    ...(kinds.includes("sqlite")
      ? [
          `SQLite file after verify: plain ${format(spread(of("sqlite", "plain").bytes).median / 2 ** 20, 1)} MiB, personal data ${format(spread(of("sqlite", "personal data").bytes).median / 2 ** 20, 1)} MiB`,
          ""
        ]
      : [])
  ].join("\n")
)
