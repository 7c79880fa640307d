import { LedgerEvents } from "@plan-ledger/core/store"
// The fault harness: appending processes killed at random moments, and a PostgreSQL server
// restarted under running writers. Each run counts the events its writers were told were stored
// (acknowledged) and checks, after every fault, that the store verifies and still holds every one
// of them. `faults.ts` runs it large; `FaultHarness.integration.test.ts` runs it small in CI.
import { type ChildProcess, exec, spawn } from "node:child_process"
import { promisify } from "node:util"
import { repairJsonlStore } from "@plan-ledger/store-jsonl"
import { openStore } from "@plan-ledger/stores"

/** How to start the appending child process: the program and arguments before the worker's own. */
export interface WorkerCommand {
  readonly executable: string
  readonly prefix: ReadonlyArray<string>
  readonly cwd: string
}

/** What a run found. `lost` must be 0 and `verifyFailures` empty. */
export interface FaultFigures {
  readonly faults: number
  readonly acknowledged: number
  readonly lost: number
  readonly tornTailsRepaired: number
  readonly retries: number
  readonly verifyFailures: ReadonlyArray<string>
}

/** A seeded pseudo-random source (mulberry32), so a run can be repeated exactly. */
export const seededRandom = (seed: number): (() => number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state)
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

const startWorker = (worker: WorkerCommand, args: ReadonlyArray<string>): ChildProcess =>
  spawn(worker.executable, [...worker.prefix, ...args], { cwd: worker.cwd, stdio: ["ignore", "pipe", "pipe"] })

// Everything the child printed, as whole lines (a line cut by the kill was never acknowledged).
const output = (child: ChildProcess): { readonly lines: () => ReadonlyArray<string>; readonly stderr: () => string } => {
  let stdout = ""
  let stderr = ""
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")))
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")))
  return { lines: () => stdout.split("\n").slice(0, -1), stderr: () => stderr }
}

const exited = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.once("exit", (code) => resolve(code)))

// A worker's `ack <ids>` lines: one for each batch the store acknowledged.
const acknowledgements = (lines: ReadonlyArray<string>): ReadonlyArray<string> => lines.filter((line) => line.startsWith("ack "))

const acknowledgedIds = (lines: ReadonlyArray<string>): ReadonlyArray<string> =>
  acknowledgements(lines).flatMap((line) => line.slice("ack ".length).split(" "))

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds))

// Reopens the store as a user would after a crash — a JSON-lines ledger's torn tail is moved aside
// first — verifies it and counts the acknowledged events it no longer holds.
const reopenAndCheck = async (
  url: string,
  acknowledged: ReadonlySet<string>
): Promise<{ readonly lost: number; readonly repaired: boolean; readonly failure: string | undefined }> => {
  const repaired = url.startsWith("jsonl:")
    ? (await repairJsonlStore(url.slice("jsonl:".length), { events: LedgerEvents })).outcome === "torn-tail"
    : false
  const store = await openStore(url)
  try {
    const report = await store.verify()
    const held = new Set<string>()
    for await (const event of store.readAll()) held.add(event.eventId)
    const lost = [...acknowledged].filter((eventId) => !held.has(eventId)).length
    return {
      lost,
      repaired,
      failure: report.ok ? undefined : `${report.damage.kind} at ${report.damage.globalPosition}: ${report.damage.message}`
    }
  } finally {
    await store.close()
  }
}

/**
 * Kills an appending process with SIGKILL `kills` times, each at a random moment up to
 * `maxDelayMs` after it opened the store; after every kill reopens, verifies, and checks that every
 * event acknowledged so far is held. A fresh ledger (from `freshUrl`) is started every
 * `killsPerLedger` kills, so a long run's ledgers stay small.
 */
export const killRun = async (options: {
  readonly freshUrl: () => string
  readonly kills: number
  readonly killsPerLedger: number
  readonly batchSize: number
  readonly maxDelayMs: number
  readonly random: () => number
  readonly worker: WorkerCommand
  readonly onKill?: (done: number) => void
}): Promise<FaultFigures> => {
  let url = options.freshUrl()
  let acknowledged = new Set<string>()
  let total = 0
  let lost = 0
  let tornTailsRepaired = 0
  const verifyFailures: Array<string> = []
  for (let kill = 0; kill < options.kills; kill++) {
    if (kill > 0 && kill % options.killsPerLedger === 0) {
      url = options.freshUrl()
      acknowledged = new Set()
    }
    const child = startWorker(options.worker, [url, "plan-faults", String(options.batchSize)])
    const printed = output(child)
    const end = exited(child)
    // Killed at a random moment after the store is open: before, during or between appends.
    while (!printed.lines().includes("ready") && child.exitCode === null) await sleep(5)
    if (child.exitCode !== null) throw new Error(`the appending process exited by itself: ${printed.stderr()}`)
    await sleep(options.random() * options.maxDelayMs)
    child.kill("SIGKILL")
    await end
    const acked = acknowledgedIds(printed.lines())
    for (const eventId of acked) acknowledged.add(eventId)
    total += acked.length
    const checked = await reopenAndCheck(url, acknowledged)
    lost += checked.lost
    if (checked.repaired) tornTailsRepaired += 1
    if (checked.failure !== undefined) verifyFailures.push(`after kill ${kill + 1}: ${checked.failure}`)
    options.onKill?.(kill + 1)
  }
  return { faults: options.kills, acknowledged: total, lost, tornTailsRepaired, retries: 0, verifyFailures }
}

/**
 * Runs `writers` appending processes against a PostgreSQL ledger, each appending `batchesEach`
 * batches and retrying an append the store reports unavailable, while the server is restarted
 * `restarts` times (by `restartCommand`, a shell command) at random moments; then checks every
 * writer finished, the ledger verifies, and every acknowledged event is held.
 */
export const restartRun = async (options: {
  readonly url: string
  readonly writers: number
  readonly batchesEach: number
  readonly batchSize: number
  readonly restarts: number
  readonly restartCommand: string
  readonly random: () => number
  readonly worker: WorkerCommand
}): Promise<FaultFigures & { readonly writerFailures: ReadonlyArray<string> }> => {
  const children = Array.from({ length: options.writers }, (_unused, index) =>
    startWorker(options.worker, [options.url, `plan-writer-${index}`, String(options.batchSize), String(options.batchesEach), "--retry"])
  )
  const printed = children.map(output)
  const ends = children.map(exited)
  while (!printed.every((child) => child.lines().includes("ready"))) await sleep(5)
  let running = true
  void Promise.all(ends).then(() => (running = false))
  // Each restart lands at a random point of its own share of the first half of the writers' work
  // (the first in the second half of the first share, and so on), counted in acknowledged batches:
  // every restart meets writers mid-run however fast or loaded the machine is, with half the work
  // left for what they append while pg_ctl waits for the server to come back.
  const batches = options.writers * options.batchesEach
  const acknowledgedBatches = () => printed.reduce((sum, child) => sum + acknowledgements(child.lines()).length, 0)
  let restarted = 0
  while (restarted < options.restarts && running) {
    const at = (batches * (restarted + 0.5 + options.random() * 0.5)) / (2 * options.restarts)
    while (running && acknowledgedBatches() < at) await sleep(5)
    if (!running) break
    await promisify(exec)(options.restartCommand)
    restarted += 1
  }
  const codes = await Promise.all(ends)
  const writerFailures = codes.flatMap((code, index) =>
    code === 0 ? [] : [`writer ${index} exited ${code}: ${printed[index]?.stderr().trim() ?? ""}`]
  )
  const lines = printed.flatMap((child) => child.lines())
  const acknowledged = new Set(acknowledgedIds(lines))
  const checked = await reopenAndCheck(options.url, acknowledged)
  return {
    faults: restarted,
    acknowledged: acknowledged.size,
    lost: checked.lost,
    tornTailsRepaired: 0,
    retries: lines.filter((line) => line.startsWith("retry ")).length,
    verifyFailures: checked.failure === undefined ? [] : [checked.failure],
    writerFailures
  }
}
