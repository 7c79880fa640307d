import { LedgerEvents } from "@plan-ledger/core/store"
// Appends the generated workload to a fresh SQLite ledger in a fresh process — batches, then
// single events — and prints what it measured as one JSON line, with the durability settings the
// store opened the ledger with and the SQLite version its driver runs. The driver is the one
// PLAN_LEDGER_SQLITE_DRIVER names, as for any process that opens a store.
import { openSqliteEventStore } from "@plan-ledger/store-sqlite"
import { appendWorkload, singleEventLatency } from "./Append.js"

const [path, events, batch, singles] = process.argv.slice(2)
if (path === undefined || events === undefined || batch === undefined || singles === undefined) {
  process.stderr.write("usage: node dist/appendChild.js <fresh ledger path> <events> <batch size> <single appends>\n")
  process.exit(2)
}
const store = await openSqliteEventStore(path, { events: LedgerEvents })
const batches = await appendWorkload(store, Number(events), Number(batch), () => undefined)
const single = await singleEventLatency(store, Number(singles))
const setting = (name: string): string => String(store.database.pragma(name))
const figures = {
  driver: store.database.driver,
  sqlite: String(store.database.prepare("SELECT sqlite_version()").get()?.[0]),
  journalMode: setting("journal_mode"),
  // 2 is FULL.
  synchronous: setting("synchronous") === "2" ? "FULL" : setting("synchronous"),
  batchEventsPerSecond: batches.eventsPerSecond,
  singleMedianMs: single.medianMs,
  singleP99Ms: single.p99Ms
}
await store.close()
process.stdout.write(`${JSON.stringify(figures)}\n`)
