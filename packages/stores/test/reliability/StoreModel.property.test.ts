// Model-based tests of every store: random interleavings of appends (at the right revision, at a
// wrong one, at any), idempotent re-appends of stored batches, reads and verifies, spread over
// several store instances opened on the same file or database, checked after every step against a
// model — the list of event ids the log must hold, in order, and each stream's part of it.
import { randomUUID } from "node:crypto"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type EventStore, InMemoryEventStore, type NewEvent } from "@plan-ledger/core"
import { sampleEvent } from "@plan-ledger/core/testkit"
import { openJsonlEventStore } from "@plan-ledger/store-jsonl"
import { openPostgresEventStore } from "@plan-ledger/store-postgres"
import { freshSchemaUrl, postgresTestUrl } from "@plan-ledger/store-postgres/testkit"
import { openSqliteEventStore } from "@plan-ledger/store-sqlite"
import fc from "fast-check"
import { afterAll, describe, expect, it } from "vitest"

const directory = mkdtempSync(join(tmpdir(), "plan-ledger-model-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

const STREAMS = ["partnership-ashford", "partnership-dover", "plan-kent-lcsp"] as const
const INSTANCES = 3

type Command =
  | {
      readonly kind: "append"
      readonly instance: number
      readonly stream: number
      readonly size: number
      readonly expected: "current" | "wrong" | "any"
    }
  | { readonly kind: "re-append"; readonly instance: number; readonly batch: number }
  | { readonly kind: "read-stream"; readonly instance: number; readonly stream: number }
  | { readonly kind: "read-all"; readonly instance: number }
  | { readonly kind: "verify"; readonly instance: number }

const instance = fc.nat({ max: INSTANCES - 1 })
const stream = fc.nat({ max: STREAMS.length - 1 })
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant("append" as const),
      instance,
      stream,
      size: fc.integer({ min: 1, max: 3 }),
      expected: fc.constantFrom("current" as const, "wrong" as const, "any" as const)
    }),
    weight: 4
  },
  { arbitrary: fc.record({ kind: fc.constant("re-append" as const), instance, batch: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("read-stream" as const), instance, stream }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("read-all" as const), instance }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("verify" as const), instance }), weight: 1 }
)

// What the log must hold: every stored event id in global order with its stream, and the batches
// stored so far (for re-appends).
interface Model {
  readonly log: Array<{ readonly eventId: string; readonly stream: string }>
  readonly batches: Array<{ readonly stream: string; readonly events: ReadonlyArray<NewEvent> }>
}

const revisionOf = (model: Model, name: string): number | undefined => {
  const count = model.log.filter((entry) => entry.stream === name).length
  return count === 0 ? undefined : count - 1
}

const collect = async <Item>(items: AsyncIterable<Item>): Promise<Array<Item>> => {
  const collected: Array<Item> = []
  for await (const item of items) collected.push(item)
  return collected
}

const step = async (stores: ReadonlyArray<EventStore>, model: Model, next: Command): Promise<void> => {
  const store = stores[next.instance % stores.length] as EventStore
  if (next.kind === "append") {
    const name = STREAMS[next.stream] as string
    const current = revisionOf(model, name)
    const events = Array.from({ length: next.size }, () => sampleEvent({ eventId: randomUUID() }))
    const expectedRevision =
      next.expected === "any" ? ("any" as const) : next.expected === "current" ? (current ?? ("no-stream" as const)) : (current ?? -1) + 2
    if (next.expected === "wrong") {
      await expect(store.appendToStream(name, events, { expectedRevision })).rejects.toMatchObject({ _tag: "WrongExpectedRevision" })
      return
    }
    const result = await store.appendToStream(name, events, { expectedRevision })
    for (const event of events) model.log.push({ eventId: event.eventId, stream: name })
    model.batches.push({ stream: name, events })
    expect(result).toEqual({ appended: true, nextExpectedRevision: revisionOf(model, name), lastGlobalPosition: model.log.length })
  } else if (next.kind === "re-append") {
    const batch = model.batches[next.batch % Math.max(model.batches.length, 1)]
    if (batch === undefined) return
    const result = await store.appendToStream(batch.stream, batch.events, { expectedRevision: "any" })
    expect(result.appended).toBe(false)
  } else if (next.kind === "read-stream") {
    const name = STREAMS[next.stream] as string
    const events = await collect(store.readStream(name))
    expect(events.map((event) => event.eventId)).toEqual(model.log.filter((entry) => entry.stream === name).map((entry) => entry.eventId))
    expect(events.map((event) => event.streamRevision)).toEqual(events.map((_event, index) => index))
  } else if (next.kind === "read-all") {
    const events = await collect(store.readAll())
    expect(events.map((event) => event.eventId)).toEqual(model.log.map((entry) => entry.eventId))
  } else {
    expect(await store.verify()).toMatchObject({ ok: true, eventsChecked: model.log.length })
  }
}

const POSTGRES_TEST_URL = postgresTestUrl()

// Each store kind opens `INSTANCES` instances on one fresh ledger (the memory store cannot be
// shared between instances, so it runs as one).
const KINDS: ReadonlyArray<readonly [string, number, () => Promise<ReadonlyArray<EventStore>>]> = [
  ["memory", 100, async () => [InMemoryEventStore.make()]],
  [
    "sqlite",
    60,
    async () => {
      const path = join(directory, `${randomUUID()}.db`)
      return Promise.all(Array.from({ length: INSTANCES }, () => openSqliteEventStore(path)))
    }
  ],
  [
    "jsonl",
    60,
    async () => {
      const path = join(directory, `${randomUUID()}.jsonl`)
      return Promise.all(Array.from({ length: INSTANCES }, () => openJsonlEventStore(path)))
    }
  ],
  ...(POSTGRES_TEST_URL === undefined
    ? []
    : [
        [
          "postgres",
          20,
          async () => {
            const url = freshSchemaUrl(POSTGRES_TEST_URL ?? "")
            const first = await openPostgresEventStore(url)
            return [first, ...(await Promise.all(Array.from({ length: INSTANCES - 1 }, () => openPostgresEventStore(url))))]
          }
        ] as const
      ])
]

describe.each(KINDS)("%s store against its model", (_name, runs, open) => {
  it("holds exactly what the model says after any interleaving of appends, conflicts, re-appends, reads and verifies", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 25 }), async (commands) => {
        const stores = await open()
        const model: Model = { log: [], batches: [] }
        try {
          for (const next of commands) await step(stores, model, next)
          await step(stores, model, { kind: "verify", instance: 0 })
          await step(stores, model, { kind: "read-all", instance: stores.length - 1 })
        } finally {
          await Promise.all(stores.map((store) => store.close()))
        }
      }),
      { numRuns: runs }
    )
  }, 180_000)
})
