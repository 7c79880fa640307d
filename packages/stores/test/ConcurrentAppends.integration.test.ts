import { LedgerEvents } from "@plan-ledger/core/store"
import { type ChildProcess, spawn } from "node:child_process"
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import type { RecordedEvent } from "@plan-ledger/core"
import { repairJsonlStore } from "@plan-ledger/store-jsonl"
import { afterAll, describe, expect, it } from "vitest"
import { freshSchemaUrl, POSTGRES_SKIP_REASON, postgresTestUrl } from "@plan-ledger/store-postgres/testkit"
import { openStore } from "../src/index.js"

const POSTGRES_TEST_URL = postgresTestUrl()
const directory = mkdtempSync(join(tmpdir(), "plan-ledger-concurrency-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))
const repositoryRoot = fileURLToPath(new URL("../../..", import.meta.url))
const worker = fileURLToPath(new URL("./appendWorker.ts", import.meta.url))
// Built once for the run into plain JavaScript by the test setup (test/workers), or, without it, run from source.
const bundle = (JSON.parse(process.env["PLAN_LEDGER_TEST_WORKER_BUNDLES"] ?? "{}") as Record<string, string | undefined>)[worker]
const workerArguments = bundle === undefined ? ["--import", "tsx", "--conditions=@plan-ledger/source", worker] : [bundle]

const startWorker = (...args: ReadonlyArray<string>): ChildProcess =>
  spawn(process.execPath, [...workerArguments, ...args], {
    cwd: repositoryRoot,
    stdio: ["ignore", "pipe", "pipe"]
  })

const finished = (child: ChildProcess): Promise<string> =>
  new Promise((resolve, reject) => {
    let stdout = ""
    let stderr = ""
    child.stdout?.on("data", (chunk) => (stdout += chunk))
    child.stderr?.on("data", (chunk) => (stderr += chunk))
    child.on("exit", (code) => (code === 0 ? resolve(stdout) : reject(new Error(`worker exited ${code}: ${stderr}`))))
  })

const readAll = async (url: string): Promise<Array<RecordedEvent>> => {
  const store = await openStore(url)
  const events: Array<RecordedEvent> = []
  for await (const event of store.readAll()) events.push(event)
  const report = await store.verify()
  await store.close()
  expect(report).toMatchObject({ ok: true, eventsChecked: events.length })
  return events
}

const WORKERS = 4
const APPENDS_EACH = 15

const STORES: ReadonlyArray<readonly [string, () => string]> = [
  ["sqlite", () => `sqlite:${join(directory, `shared-${Math.random()}.db`)}`],
  ["jsonl", () => `jsonl:${join(directory, `shared-${Math.random()}.jsonl`)}`],
  ...(POSTGRES_TEST_URL === undefined ? [] : [["postgres", () => freshSchemaUrl(POSTGRES_TEST_URL ?? "")] as const])
]

describe.each(STORES)("%s store shared by several processes", (_name, freshUrl) => {
  it(`loses and duplicates nothing when ${WORKERS} processes append to one stream with expected revisions`, async () => {
    const url = freshUrl()
    // Every worker waits for the go file, created once all of them are ready, so they really race.
    const goFile = join(directory, `go-${Math.random()}`)
    const workers = Array.from({ length: WORKERS }, () => startWorker("contend", url, "plan-shared", String(APPENDS_EACH), goFile))
    const done = workers.map(finished)
    await Promise.all(workers.map((child) => new Promise<void>((resolve) => child.stdout?.once("data", () => resolve()))))
    writeFileSync(goFile, "go")
    const outputs = await Promise.all(done)
    const events = await readAll(url)
    expect(events).toHaveLength(WORKERS * APPENDS_EACH)
    expect(events.map((event) => event.streamRevision)).toEqual(events.map((_event, index) => index))
    expect(events.map((event) => event.globalPosition)).toEqual(events.map((_event, index) => index + 1))
    expect(new Set(events.map((event) => event.eventId)).size).toBe(events.length)
    // The workers really did race: at least one append had to be retried.
    expect(outputs.reduce((conflicts, output) => conflicts + Number(/conflicts (\d+)/.exec(output)?.[1]), 0)).toBeGreaterThan(0)
  }, 120_000)

  it(`keeps a subscriber up to date, every event once and in global order, while ${WORKERS} processes append`, async () => {
    const url = freshUrl()
    const subscriberStore = await openStore(url)
    const delivered: Array<RecordedEvent> = []
    const controller = new AbortController()
    const subscription = subscriberStore.subscribe({
      signal: controller.signal,
      onEvents: (events) => {
        delivered.push(...events)
        if (delivered.length >= WORKERS * APPENDS_EACH) controller.abort()
      }
    })
    const goFile = join(directory, `go-${Math.random()}`)
    const workers = Array.from({ length: WORKERS }, (_, index) =>
      startWorker("contend", url, `plan-${index}`, String(APPENDS_EACH), goFile)
    )
    const done = workers.map(finished)
    await Promise.all(workers.map((child) => new Promise<void>((resolve) => child.stdout?.once("data", () => resolve()))))
    writeFileSync(goFile, "go")
    await Promise.all(done)
    await subscription
    await subscriberStore.close()
    expect(delivered.map((event) => event.globalPosition)).toEqual(delivered.map((_event, index) => index + 1))
    expect(delivered).toEqual(await readAll(url))
  }, 120_000)

  it("holds only whole batches after a process is killed in the middle of appending", async () => {
    const url = freshUrl()
    const batchSize = 40
    const child = startWorker("flood", url, "plan-flood", String(batchSize))
    // Killed while it appends: once its first batch is acknowledged, however slow the machine, and
    // a moment later, in the middle of whichever batch it is writing then.
    await new Promise<void>((resolve) => {
      let output = ""
      child.stdout?.on("data", (chunk) => {
        output += String(chunk)
        if (output.includes("appended")) resolve()
      })
    })
    await new Promise((resolve) => setTimeout(resolve, 400))
    child.kill("SIGKILL")
    await new Promise((resolve) => child.once("exit", resolve))
    if (url.startsWith("jsonl:")) {
      const path = url.slice("jsonl:".length)
      // The killed process may still hold the lock; the next append takes it over by itself.
      await repairJsonlStore(path, { events: LedgerEvents })
    }
    const events = await readAll(url)
    expect(events.length).toBeGreaterThan(0)
    expect(events.length % batchSize).toBe(0)
  }, 120_000)
})
if (POSTGRES_TEST_URL === undefined) it.skip(`postgres store shared by several processes (skipped: ${POSTGRES_SKIP_REASON})`)

const TAKEOVER_WORKERS = 12
const TAKEOVER_APPENDS_EACH = 5

describe("jsonl store whose lock was left by a process that died holding it", () => {
  it(`is taken over exactly once when ${TAKEOVER_WORKERS} processes find the stale lock at the same moment`, async () => {
    const path = join(directory, `stale-${Math.random()}.jsonl`)
    const url = `jsonl:${path}`
    // The dead holder: a process that has run and exited, its pid left in the lock's current hold.
    const ended = spawn(process.execPath, ["-e", ""], { stdio: "ignore" })
    await new Promise((resolve) => ended.once("exit", resolve))
    mkdirSync(`${path}.lock`)
    writeFileSync(join(`${path}.lock`, "000000000001"), String(ended.pid))
    const goFile = join(directory, `go-${Math.random()}`)
    const workers = Array.from({ length: TAKEOVER_WORKERS }, () =>
      startWorker("acknowledge", url, "plan-shared", String(TAKEOVER_APPENDS_EACH), goFile)
    )
    const done = workers.map(finished)
    await Promise.all(workers.map((child) => new Promise<void>((resolve) => child.stdout?.once("data", () => resolve()))))
    writeFileSync(goFile, "go")
    const outputs = await Promise.all(done)
    const acknowledged = outputs.flatMap((output) =>
      [...output.matchAll(/^ack (\S+) (\d+)$/gm)].map((match) => ({ eventId: match[1], position: Number(match[2]) }))
    )
    expect(acknowledged).toHaveLength(TAKEOVER_WORKERS * TAKEOVER_APPENDS_EACH)
    // No position was handed out twice, and the log holds exactly the acknowledged events, each
    // at the position its writer was told, in one unbroken chain (readAll checks verify).
    expect(new Set(acknowledged.map((ack) => ack.position)).size).toBe(acknowledged.length)
    const events = await readAll(url)
    expect(events.map((event) => event.globalPosition)).toEqual(events.map((_event, index) => index + 1))
    expect(events).toHaveLength(acknowledged.length)
    const positions = new Map(events.map((event) => [event.eventId, event.globalPosition]))
    for (const ack of acknowledged) expect(positions.get(ack.eventId ?? "")).toBe(ack.position)
  }, 120_000)
})
