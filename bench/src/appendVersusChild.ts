// One measurement of appendVersus.ts: the workload of a checkout of the repository (its own
// generator, store and event schema, loaded from its sources) appended to a fresh SQLite ledger in
// batches, the clock running only around each `appendToStream`, so making the events (their ids,
// their figures) is not timed. Prints the rate and the store's durability settings as one JSON line.
//
//   node --import tsx --conditions=@plan-ledger/source bench/src/appendVersusChild.ts <checkout> <fresh ledger path> <events> <batch size>
import { createRequire } from "node:module"
import { join } from "node:path"
import { pathToFileURL } from "node:url"

const [checkout, path, events, batch] = process.argv.slice(2)
if (checkout === undefined || path === undefined || events === undefined || batch === undefined) {
  process.stderr.write("usage: appendVersusChild.ts <checkout> <fresh ledger path> <events> <batch size>\n")
  process.exit(2)
}

// A package as the checkout's benchmarks would import it: from its own workspace, its sources.
const resolveFrom = createRequire(join(checkout, "bench/package.json"))
const load = async (specifier: string): Promise<Record<string, unknown>> => import(pathToFileURL(resolveFrom.resolve(specifier)).href)
// The ledger's event schema: `@plan-ledger/core/store` since the kernel was split out, the root before.
const core = await load("@plan-ledger/core/store").catch(() => load("@plan-ledger/core"))
const { openSqliteEventStore } = (await load("@plan-ledger/store-sqlite")) as {
  openSqliteEventStore: (
    path: string,
    options: { events: unknown }
  ) => Promise<{
    appendToStream: (
      stream: string,
      events: ReadonlyArray<unknown>,
      options: { expectedRevision: number | "no-stream" }
    ) => Promise<{ nextExpectedRevision: number }>
    database: { pragma: (name: string) => unknown }
    close: () => Promise<void>
  }>
}
const { generate } = (await import(pathToFileURL(join(checkout, "bench/src/Workload.ts")).href)) as {
  generate: (events: number, batch: number) => Iterable<{ stream: string; events: ReadonlyArray<unknown> }>
}

const store = await openSqliteEventStore(path, { events: core.LedgerEvents })
const revisions = new Map<string, number>()
let appended = 0
let nanoseconds = 0n
for (const { stream, events: batchEvents } of generate(Number(events), Number(batch))) {
  const started = process.hrtime.bigint()
  const result = await store.appendToStream(stream, batchEvents, { expectedRevision: revisions.get(stream) ?? "no-stream" })
  nanoseconds += process.hrtime.bigint() - started
  revisions.set(stream, result.nextExpectedRevision)
  appended += batchEvents.length
}
// 2 is FULL.
const synchronous = String(store.database.pragma("synchronous")) === "2" ? "FULL" : String(store.database.pragma("synchronous"))
await store.close()
process.stdout.write(
  `${JSON.stringify({ events: appended, eventsPerSecond: Math.round(appended / (Number(nanoseconds) / 1e9)), synchronous })}\n`
)
