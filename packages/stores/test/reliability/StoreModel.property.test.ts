// Model-based tests of every store across several processes: random interleavings of appends (at
// the right revision, at a wrong one, at any), appends racing each other from several processes,
// idempotent re-appends of stored batches, reads and verifies, each run in a chosen worker process
// holding its own handle on one ledger, checked against a model — the list of event ids the log
// must hold, in order, and each stream's part of it.
//
// The memory store lives inside one process and cannot be shared with another, so it runs in this
// process alone (racing appends are then concurrent calls on its one handle).
//
// PLAN_LEDGER_MODEL_RUNS=<n> runs n command sequences per store instead of the few `pnpm test`
// runs; each store's figures are printed at the end.
import { type ChildProcess, fork } from "node:child_process"
import { randomUUID } from "node:crypto"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import type { NewEvent } from "@plan-ledger/core"
import type { ExpectedRevision } from "@plan-ledger/eventstore"
import { sampleEvent } from "@plan-ledger/core/testkit"
import { freshSchemaUrl, POSTGRES_SKIP_REASON, postgresTestUrl } from "@plan-ledger/store-postgres/testkit"
import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type StoreAnswer, type StoreRequest, storeSession } from "./StoreSession.js"

const directory = mkdtempSync(join(tmpdir(), "plan-ledger-model-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))
const repositoryRoot = fileURLToPath(new URL("../../../..", import.meta.url))
const worker = fileURLToPath(new URL("./storeSessionWorker.ts", import.meta.url))
// Built once for the run into plain JavaScript by the test setup (test/workers), or, without it, run from source.
const bundle = (JSON.parse(process.env["PLAN_LEDGER_TEST_WORKER_BUNDLES"] ?? "{}") as Record<string, string | undefined>)[worker]

const STREAMS = ["partnership-ashford", "partnership-dover", "plan-kent-lcsp"] as const
const PROCESSES = 3
const LARGE_RUNS = process.env["PLAN_LEDGER_MODEL_RUNS"] === undefined ? undefined : Number(process.env["PLAN_LEDGER_MODEL_RUNS"])

// One store handle, in this process or in a worker process of its own.
interface StoreProcess {
  readonly ask: (request: StoreRequest) => Promise<StoreAnswer>
  readonly stop: () => Promise<void>
}

const inThisProcess = (): StoreProcess => ({ ask: storeSession(), stop: async () => undefined })

const inWorkerProcess = (): StoreProcess => {
  const child: ChildProcess = fork(bundle ?? worker, [], {
    cwd: repositoryRoot,
    execArgv: bundle === undefined ? ["--import", "tsx", "--conditions=@plan-ledger/source"] : [],
    stdio: ["ignore", "inherit", "inherit", "ipc"]
  })
  const pending = new Map<number, { readonly resolve: (answer: StoreAnswer) => void; readonly reject: (cause: Error) => void }>()
  let nextId = 0
  child.on("message", (message: { readonly id: number; readonly answer: StoreAnswer }) => {
    pending.get(message.id)?.resolve(message.answer)
    pending.delete(message.id)
  })
  child.on("exit", (code, signal) => {
    for (const { reject } of pending.values()) reject(new Error(`the worker process ended (${signal ?? code}) before it answered`))
    pending.clear()
  })
  return {
    ask: (request) =>
      new Promise((resolve, reject) => {
        nextId += 1
        pending.set(nextId, { resolve, reject })
        child.send({ id: nextId, request })
      }),
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve())
        child.disconnect()
      })
  }
}

type Append = {
  readonly process: number
  readonly stream: number
  readonly size: number
  readonly expected: "current" | "wrong" | "any"
}
type Command =
  | ({ readonly kind: "append" } & Append)
  | { readonly kind: "race"; readonly appends: ReadonlyArray<Append> }
  | { readonly kind: "re-append"; readonly process: number; readonly batch: number }
  | { readonly kind: "read-stream"; readonly process: number; readonly stream: number }
  | { readonly kind: "read-all"; readonly process: number }
  | { readonly kind: "verify"; readonly process: number }

const processIndex = fc.nat({ max: PROCESSES - 1 })
const streamIndex = fc.nat({ max: STREAMS.length - 1 })
const append = (expected: fc.Arbitrary<Append["expected"]>): fc.Arbitrary<Append> =>
  fc.record({ process: processIndex, stream: streamIndex, size: fc.integer({ min: 1, max: 3 }), expected })
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    arbitrary: append(fc.constantFrom("current" as const, "wrong" as const, "any" as const)).map((drawn) => ({
      kind: "append" as const,
      ...drawn
    })),
    weight: 4
  },
  {
    // Appends sent from several processes at once, at the stream's current revision or at any: two
    // at the current revision of one stream conflict, and only one may win.
    arbitrary: fc
      .array(append(fc.constantFrom("current" as const, "any" as const)), { minLength: 2, maxLength: PROCESSES + 1 })
      .map((appends) => ({ kind: "race" as const, appends })),
    weight: 2
  },
  { arbitrary: fc.record({ kind: fc.constant("re-append" as const), process: processIndex, batch: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("read-stream" as const), process: processIndex, stream: streamIndex }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("read-all" as const), process: processIndex }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("verify" as const), process: processIndex }), weight: 1 }
)

// What the log must hold: every stored event id in global order with its stream, and the batches
// stored so far (for re-appends).
interface Batch {
  readonly stream: string
  readonly events: ReadonlyArray<NewEvent>
}
interface Model {
  readonly log: Array<{ readonly eventId: string; readonly stream: string }>
  readonly batches: Array<Batch>
}

const revisionOf = (model: Model, stream: string): number | undefined => {
  const count = model.log.filter((entry) => entry.stream === stream).length
  return count === 0 ? undefined : count - 1
}

// The model after a batch is stored, and what the store must have answered for it.
const record = (model: Model, batch: Batch): StoreAnswer => {
  for (const event of batch.events) model.log.push({ eventId: event.eventId, stream: batch.stream })
  model.batches.push(batch)
  return {
    kind: "appended",
    result: { appended: true, nextExpectedRevision: revisionOf(model, batch.stream) ?? -1, lastGlobalPosition: model.log.length }
  }
}

const expectedRevisionOf = (model: Model, next: Append): ExpectedRevision => {
  const current = revisionOf(model, STREAMS[next.stream] as string)
  if (next.expected === "any") return "any"
  return next.expected === "current" ? (current ?? "no-stream") : (current ?? -1) + 2
}

const newBatch = (next: Append): Batch => ({
  stream: STREAMS[next.stream] as string,
  events: Array.from({ length: next.size }, () => sampleEvent({ eventId: randomUUID() }))
})

const CONFLICT = { kind: "refused", tag: "WrongExpectedRevision" }

// Appends sent at once from several processes. The acknowledged batches, in the order of their
// positions, must follow each other without a gap from the model's end, each written where the
// model's stream then ended if it named a revision; a batch may be refused only as a conflict,
// only if it named a revision, and only if another racer's batch on its stream was stored.
const race = async (processes: ReadonlyArray<StoreProcess>, model: Model, appends: ReadonlyArray<Append>): Promise<number> => {
  const racers = appends.map((next) => ({
    batch: newBatch(next),
    expectedRevision: expectedRevisionOf(model, next),
    process: next.process
  }))
  const answers = await Promise.all(
    racers.map(({ batch, expectedRevision, process: index }) =>
      (processes[index % processes.length] as StoreProcess).ask({ kind: "append", ...batch, expectedRevision })
    )
  )
  const stored = racers
    .flatMap((racer, index) => {
      const answer = answers[index] as StoreAnswer
      return answer.kind === "appended" ? [{ ...racer, lastGlobalPosition: answer.result.lastGlobalPosition, answer }] : []
    })
    .sort((first, second) => first.lastGlobalPosition - second.lastGlobalPosition)
  for (const { batch, expectedRevision, answer } of stored) {
    if (expectedRevision !== "any") expect(expectedRevision).toBe(revisionOf(model, batch.stream) ?? "no-stream")
    expect(answer).toEqual(record(model, batch))
  }
  racers.forEach((racer, index) => {
    const answer = answers[index] as StoreAnswer
    if (answer.kind === "appended") return
    expect(answer).toMatchObject(CONFLICT)
    expect(racer.expectedRevision).not.toBe("any")
    expect(stored.some((winner) => winner.batch.stream === racer.batch.stream)).toBe(true)
  })
  return racers.length - stored.length
}

// Runs one command and checks its answer against the model; says how many racing appends lost.
const step = async (processes: ReadonlyArray<StoreProcess>, model: Model, next: Command): Promise<number> => {
  if (next.kind === "race") return race(processes, model, next.appends)
  const store = processes[next.process % processes.length] as StoreProcess
  if (next.kind === "append") {
    const batch = newBatch(next)
    const answer = await store.ask({ kind: "append", ...batch, expectedRevision: expectedRevisionOf(model, next) })
    expect(answer).toEqual(next.expected === "wrong" ? expect.objectContaining(CONFLICT) : record(model, batch))
  } else if (next.kind === "re-append") {
    const batch = model.batches[next.batch % Math.max(model.batches.length, 1)]
    if (batch === undefined) return 0
    const answer = await store.ask({ kind: "append", ...batch, expectedRevision: "any" })
    expect(answer).toMatchObject({ kind: "appended", result: { appended: false } })
  } else if (next.kind === "read-stream") {
    const stream = STREAMS[next.stream] as string
    const expected = model.log.filter((entry) => entry.stream === stream)
    expect(await store.ask({ kind: "read-stream", stream })).toEqual({
      kind: "events",
      events: expected.map((entry, revision) => ({
        eventId: entry.eventId,
        stream,
        streamRevision: revision,
        globalPosition: model.log.indexOf(entry) + 1
      }))
    })
  } else if (next.kind === "read-all") {
    expect(await store.ask({ kind: "read-all" })).toEqual({
      kind: "events",
      events: model.log.map((entry, index) => ({
        eventId: entry.eventId,
        stream: entry.stream,
        streamRevision: model.log.slice(0, index).filter((earlier) => earlier.stream === entry.stream).length,
        globalPosition: index + 1
      }))
    })
  } else {
    expect(await store.ask({ kind: "verify" })).toMatchObject({ kind: "verified", report: { ok: true, eventsChecked: model.log.length } })
  }
  return 0
}

const POSTGRES_TEST_URL = postgresTestUrl()

// Each store kind: how many command sequences `pnpm test` runs, how its processes are started,
// and a fresh ledger's URL for each sequence.
const KINDS: ReadonlyArray<readonly [string, number, () => StoreProcess, () => string]> = [
  ["memory", 100, inThisProcess, () => "memory:"],
  ["sqlite", 40, inWorkerProcess, () => `sqlite:${join(directory, `${randomUUID()}.db`)}`],
  ["jsonl", 40, inWorkerProcess, () => `jsonl:${join(directory, `${randomUUID()}.jsonl`)}`],
  ...(POSTGRES_TEST_URL === undefined ? [] : [["postgres", 15, inWorkerProcess, () => freshSchemaUrl(POSTGRES_TEST_URL ?? "")] as const])
]

describe.each(KINDS)("%s store against its model", (name, ciRuns, start, freshUrl) => {
  const runs = LARGE_RUNS ?? ciRuns
  const processes: Array<StoreProcess> = []
  const tally = { sequences: 0, commands: 0, races: 0, racersRefused: 0 }
  beforeAll(() => {
    processes.push(...Array.from({ length: name === "memory" ? 1 : PROCESSES }, start))
  })
  afterAll(() => Promise.all(processes.map((each) => each.stop())))

  it(
    `holds exactly what the model says after any interleaving of appends, conflicts, races, re-appends, reads and verifies from ${name === "memory" ? "one process" : `${PROCESSES} processes`}`,
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 25 }), async (commands) => {
          const url = freshUrl()
          const model: Model = { log: [], batches: [] }
          // The first process creates the ledger; the others open it once it exists.
          expect(await processes[0]?.ask({ kind: "open", url })).toEqual({ kind: "done" })
          const others = processes.slice(1)
          expect(await Promise.all(others.map((each) => each.ask({ kind: "open", url })))).toEqual(others.map(() => ({ kind: "done" })))
          try {
            for (const next of commands) tally.racersRefused += await step(processes, model, next)
            await step(processes, model, { kind: "verify", process: 0 })
            for (const [index] of processes.entries()) await step(processes, model, { kind: "read-all", process: index })
          } finally {
            await Promise.all(processes.map((each) => each.ask({ kind: "close" })))
          }
          tally.sequences += 1
          tally.commands += commands.length + 1 + processes.length
          tally.races += commands.filter((next) => next.kind === "race").length
        }),
        { numRuns: runs }
      )
      // Reached only when every sequence held to the model (fast-check throws on the first that did not).
      console.info(
        `${name}: ${tally.sequences} sequences, ${tally.commands} commands (${tally.races} races, ${tally.racersRefused} racing appends refused as conflicts) in ${processes.length} process(es), 0 discrepancies`
      )
    },
    Math.max(120_000, runs * 3_000)
  )
})
if (POSTGRES_TEST_URL === undefined) it.skip(`postgres store against its model (skipped: ${POSTGRES_SKIP_REASON})`)
