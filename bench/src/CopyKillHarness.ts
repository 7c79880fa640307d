// `plan-ledger copy` killed at random moments: each kill starts a copy of one source ledger into a
// fresh target and sends SIGKILL at a random moment between the command's start-up and a little
// past the time a whole copy takes, then looks at the target as a user would — without repair — and sorts it: absent or
// empty (the copy never took the target's place), complete (every event, and it verifies), or
// partial, which a copy must never leave. `copyKills.ts` runs it large;
// `CopyKillHarness.integration.test.ts` runs it small in CI.
import { type ChildProcess, spawn } from "node:child_process"
import { sampleEvents } from "@plan-ledger/core/testkit"
import { openStore } from "@plan-ledger/stores"
import type { WorkerCommand } from "./FaultHarness.js"

/** What a run found. `partial` must be empty. */
export interface CopyKillFigures {
  readonly kills: number
  /** Kills that came after the copy had finished (the target must then be complete). */
  readonly finishedFirst: number
  readonly absentOrEmpty: number
  readonly complete: number
  /** The targets a killed copy left neither empty nor complete, each with what was found. */
  readonly partial: ReadonlyArray<string>
}

const exited = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.once("exit", (code) => resolve(code)))

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds))

const describe = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause))

const startCopy = (cli: WorkerCommand, from: string, to: string): ChildProcess =>
  spawn(cli.executable, [...cli.prefix, "copy", "--from", from, "--to", to], { cwd: cli.cwd, stdio: ["ignore", "ignore", "pipe"] })

// What a target holds once the copy is gone: no ledger, or its events counted and verified. A
// store that refuses to open (a JSON-lines torn tail) or does not verify is partial.
const examine = async (url: string, sourceEvents: number): Promise<"absent-or-empty" | "complete" | string> => {
  let store: Awaited<ReturnType<typeof openStore>>
  try {
    store = await openStore(url, { access: "read" })
  } catch (cause) {
    const message = describe(cause)
    return /no ledger at|no plan-ledger store at|reading never creates one/.test(message)
      ? "absent-or-empty"
      : `refused to open: ${message}`
  }
  try {
    let held = 0
    for await (const _event of store.readAll()) held += 1
    const report = await store.verify()
    if (!report.ok) return `${held} events that do not verify: ${report.damage.message}`
    if (held === 0) return "absent-or-empty"
    return held === sourceEvents ? "complete" : `${held} of ${sourceEvents} events`
  } finally {
    await store.close()
  }
}

/** Writes the ledger every kill copies from: `events` sample events in batches of ten over ten streams. */
export const writeSourceLedger = async (url: string, events: number): Promise<void> => {
  const store = await openStore(url)
  try {
    for (let written = 0; written < events; written += 10) {
      const batch = sampleEvents(Math.min(10, events - written))
      await store.appendToStream(`plan-source-${written % 100}`, batch, { expectedRevision: "any" })
    }
  } finally {
    await store.close()
  }
}

/** How long one whole copy of the source takes, start to exit, in milliseconds. */
export const timeOneCopy = async (cli: WorkerCommand, from: string, to: string): Promise<number> => {
  const started = performance.now()
  const child = startCopy(cli, from, to)
  let stderr = ""
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")))
  const code = await exited(child)
  if (code !== 0) throw new Error(`the copy failed (exit ${code}): ${stderr}`)
  return performance.now() - started
}

/**
 * Kills `plan-ledger copy` from `source` (holding `sourceEvents` events) into a fresh target
 * `kills` times, each at a random moment from `minDelayMs` to `maxDelayMs` after it started (the
 * command's start-up, which writes nothing, can be left out), and sorts every target it left.
 */
export const copyKillRun = async (options: {
  readonly source: string
  readonly sourceEvents: number
  readonly freshTarget: () => string
  readonly kills: number
  readonly minDelayMs: number
  readonly maxDelayMs: number
  readonly random: () => number
  readonly cli: WorkerCommand
  readonly onKill?: (done: number) => void
}): Promise<CopyKillFigures> => {
  let finishedFirst = 0
  let absentOrEmpty = 0
  let complete = 0
  const partial: Array<string> = []
  for (let kill = 0; kill < options.kills; kill++) {
    const target = options.freshTarget()
    const child = startCopy(options.cli, options.source, target)
    const end = exited(child)
    await sleep(options.minDelayMs + options.random() * (options.maxDelayMs - options.minDelayMs))
    if (child.exitCode !== null) finishedFirst += 1
    child.kill("SIGKILL")
    await end
    const found = await examine(target, options.sourceEvents)
    if (found === "absent-or-empty") absentOrEmpty += 1
    else if (found === "complete") complete += 1
    else partial.push(`kill ${kill + 1} (${target}): ${found}`)
    options.onKill?.(kill + 1)
  }
  return { kills: options.kills, finishedFirst, absentOrEmpty, complete, partial }
}
