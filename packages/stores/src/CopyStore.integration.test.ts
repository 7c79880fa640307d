import { viewOf } from "@plan-ledger/core/testkit"
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import {
  BudgetStatement,
  type EventStore,
  IndicatorScorecard,
  InMemoryEventStore,
  Ledger,
  type LedgerState,
  type RecordedEvent,
  ReconciliationFindings,
  StaffingTotals,
  VariationStatement
} from "@plan-ledger/core"
import { StoreUnavailable } from "@plan-ledger/eventstore"
import { sampleEvents } from "@plan-ledger/core/testkit"
import { MerkleProofs } from "@plan-ledger/eventstore"
import { loadKentLcsp200910, PLAN_ID } from "@plan-ledger/example-kent-lcsp-2009-10"
import { afterAll, describe, expect, it } from "vitest"
import { freshSchemaUrl, POSTGRES_SKIP_REASON, postgresTestUrl } from "@plan-ledger/store-postgres/testkit"
import { copyStore } from "./CopyStore.js"
import { openStore } from "./StoreUrl.js"

const POSTGRES_TEST_URL = postgresTestUrl()
const directory = mkdtempSync(join(tmpdir(), "plan-ledger-copy-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

const snapshot = async (url: string) => {
  const store = await openStore(url)
  const events: Array<Pick<RecordedEvent, "eventId" | "hash" | "globalPosition">> = []
  for await (const event of store.readAll()) events.push({ eventId: event.eventId, hash: event.hash, globalPosition: event.globalPosition })
  const state: LedgerState.LedgerState = await Ledger.make({ store }).state()
  const treeHead = await MerkleProofs.treeHead(store.merkle, events.length)
  await store.close()
  return {
    events,
    treeHead,
    projections: {
      budget: viewOf(BudgetStatement.project(state, PLAN_ID)),
      variations: viewOf(VariationStatement.project(state, PLAN_ID)),
      staffing: viewOf(StaffingTotals.project(state, PLAN_ID)),
      scorecard: viewOf(IndicatorScorecard.project(state, PLAN_ID)),
      findings: viewOf(ReconciliationFindings.project(state, PLAN_ID))
    }
  }
}

// What a copy must keep of each event besides its content: id, hash and batch boundary.
const sealingOf = async (store: EventStore): Promise<ReadonlyArray<readonly [string, string, boolean | undefined]>> => {
  const sealing: Array<readonly [string, string, boolean | undefined]> = []
  for await (const event of store.readAll()) sealing.push([event.eventId, event.hash, event.lastInBatch])
  return sealing
}

describe("copying a ledger between stores", () => {
  it(`keeps every id and hash, the tree head, and the example plan's projections, from memory to JSONL to SQLite${POSTGRES_TEST_URL === undefined ? "" : " to PostgreSQL"} to JSONL`, async () => {
    const memory = InMemoryEventStore.make()
    await loadKentLcsp200910(Ledger.make({ store: memory }))
    const urls = [
      `jsonl:${join(directory, "first.jsonl")}`,
      `sqlite:${join(directory, "copy.db")}`,
      ...(POSTGRES_TEST_URL === undefined ? [] : [freshSchemaUrl(POSTGRES_TEST_URL)]),
      `jsonl:${join(directory, "second.jsonl")}`
    ]
    const first = await copyStore(memory, urls[0] as string)
    expect(first.verified).toMatchObject({ ok: true, eventsChecked: first.events })
    expect(first.events).toBeGreaterThan(200)
    const reference = await snapshot(urls[0] as string)
    expect(reference.treeHead).toEqual(await MerkleProofs.treeHead(memory.merkle, first.events))
    const sealed = await sealingOf(memory)
    for (const [from, to] of urls.slice(1).map((to, index) => [urls[index], to] as const)) {
      const report = await copyStore(from as string, to)
      expect(report).toMatchObject({ events: first.events, verified: { ok: true, eventsChecked: first.events } })
      expect(await snapshot(to)).toEqual(reference)
      const copy = await openStore(to, { access: "read" })
      expect(await sealingOf(copy)).toEqual(sealed)
      await copy.close()
    }
    // Through SQLite (and PostgreSQL), a JSON-lines ledger comes back byte for byte.
    expect(readFileSync(join(directory, "second.jsonl"), "utf8")).toBe(readFileSync(join(directory, "first.jsonl"), "utf8"))
  })

  it("refuses to copy into a store that already holds events", async () => {
    const url = `sqlite:${join(directory, "busy.db")}`
    const memory = InMemoryEventStore.make()
    await loadKentLcsp200910(Ledger.make({ store: memory }))
    await copyStore(memory, url)
    await expect(copyStore(memory, url)).rejects.toMatchObject({
      _tag: "StoreUnavailable",
      message: expect.stringContaining("already holds events")
    })
  })

  it("refuses a source whose chain is broken, naming the event", async () => {
    const memory = InMemoryEventStore.make()
    await loadKentLcsp200910(Ledger.make({ store: memory }))
    memory.tamperForTesting(5, (record) => ({ ...record, actor: "someone else" }))
    await expect(copyStore(memory, `jsonl:${join(directory, "from-broken.jsonl")}`)).rejects.toMatchObject({
      message: expect.stringContaining("at position 5: hash-mismatch")
    })
  })
  if (POSTGRES_TEST_URL === undefined) it.skip(`takes the same copies through PostgreSQL too (skipped: ${POSTGRES_SKIP_REASON})`)
})

// More events than one import batch (1,000), so a failure comes after whole batches were written.
const SOURCE_EVENTS = 2500
const FAILS_AT = 2200

const sourceOf = async (): Promise<ReturnType<typeof InMemoryEventStore.make>> => {
  const memory = InMemoryEventStore.make()
  await memory.appendToStream("plan-a", sampleEvents(SOURCE_EVENTS), { expectedRevision: "no-stream" })
  return memory
}

// A source whose read fails after handing over some events, as a source on a lost connection would.
const failingAfter = (source: EventStore, count: number): EventStore => ({
  ...source,
  readAll: async function* () {
    let handed = 0
    for await (const event of source.readAll()) {
      if (handed++ === count) throw new StoreUnavailable({ store: "source", detail: "the source stopped answering" })
      yield event
    }
  }
})

const heldEvents = async (url: string): Promise<number> => {
  const store = await openStore(url)
  let count = 0
  for await (const _event of store.readAll()) count += 1
  expect(await store.verify()).toMatchObject({ ok: true, eventsChecked: count })
  await store.close()
  return count
}

const TARGETS: ReadonlyArray<readonly [string, () => string]> = [
  ["SQLite", () => `sqlite:${join(directory, `failed-${Math.random()}.db`)}`],
  ["JSONL", () => `jsonl:${join(directory, `failed-${Math.random()}.jsonl`)}`],
  ...(POSTGRES_TEST_URL === undefined ? [] : [["PostgreSQL", () => freshSchemaUrl(POSTGRES_TEST_URL ?? "")] as const])
]

describe.each(TARGETS)("a copy into %s that fails midway", (name, freshUrl) => {
  it("leaves the target empty when the source holds a tampered event after whole batches were written, and a later copy fills it", async () => {
    const source = await sourceOf()
    source.tamperForTesting(FAILS_AT, (record) => ({ ...record, actor: "someone else" }))
    const url = freshUrl()
    await expect(copyStore(source, url)).rejects.toMatchObject({
      _tag: "StoreUnavailable",
      message: expect.stringContaining(`at position ${FAILS_AT}: hash-mismatch`)
    })
    expect(await heldEvents(url)).toBe(0)
    // A JSON-lines copy is written beside the ledger and renamed over it only when whole: the
    // failed one left no ledger file, and nothing beside it.
    if (name === "JSONL") {
      expect(existsSync(url.slice("jsonl:".length))).toBe(false)
      expect(readdirSync(directory).filter((entry) => entry.includes(".copy-"))).toEqual([])
    }
    expect(await copyStore(await sourceOf(), url)).toMatchObject({
      events: SOURCE_EVENTS,
      verified: { ok: true, eventsChecked: SOURCE_EVENTS }
    })
  })

  it("leaves the target empty when the source stops answering midway", async () => {
    const url = freshUrl()
    await expect(copyStore(failingAfter(await sourceOf(), FAILS_AT), url)).rejects.toMatchObject({
      _tag: "StoreUnavailable",
      message: expect.stringContaining("the source stopped answering")
    })
    expect(await heldEvents(url)).toBe(0)
  })

  it("leaves the target empty when the source's events end inside a batch", async () => {
    const url = freshUrl()
    const source = await sourceOf()
    const cutShort: EventStore = {
      ...source,
      readAll: async function* () {
        let handed = 0
        for await (const event of source.readAll()) if (handed++ < FAILS_AT) yield event
      }
    }
    await expect(copyStore(cutShort, url)).rejects.toMatchObject({
      _tag: "StoreUnavailable",
      message: expect.stringContaining(`the events end inside a batch (event `)
    })
    expect(await heldEvents(url)).toBe(0)
  })
})
if (POSTGRES_TEST_URL === undefined) it.skip(`a copy into PostgreSQL that fails midway (skipped: ${POSTGRES_SKIP_REASON})`)
