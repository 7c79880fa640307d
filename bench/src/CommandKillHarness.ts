// A `plan-ledger` command killed at random moments: each kill starts the command writing into a
// fresh target and sends SIGKILL at a random moment between the command's start-up and a little
// past the time a whole run of it takes, then sorts what the target holds into the kinds a run
// may leave — or partial, which must never happen. `CopyKillHarness.ts` (for `copy`) and
// `ImportKillHarness.ts` (for `import`) say what to run, into what, and how to sort it.
import { type ChildProcess, spawn } from "node:child_process"
import type { WorkerCommand } from "./FaultHarness.js"

/** What one kill's target was found to be: one of the kinds the command may leave, or partial. */
export type Sorted<Kind extends string> = { readonly kind: Kind } | { readonly partial: string }

/** What a run found. `partial` must be empty. */
export interface CommandKillFigures<Kind extends string> {
  readonly kills: number
  /** Kills that came after the command had finished (the target must then be whole). */
  readonly finishedFirst: number
  /** How many targets were found to be of each kind. */
  readonly sorted: Readonly<Record<Kind, number>>
  /** The targets a killed command left partial, each with what was found. */
  readonly partial: ReadonlyArray<string>
}

/** What a command that ran to its end printed, and its exit code. */
export interface CommandResult {
  readonly exitCode: number | null
  readonly stdout: string
  readonly stderr: string
}

const exited = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.once("exit", (code) => resolve(code)))

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds))

// What a command prints is read when it runs to its end, and left unread when it is to be killed.
const start = (cli: WorkerCommand, args: ReadonlyArray<string>, output: "ignore" | "pipe"): ChildProcess =>
  spawn(cli.executable, [...cli.prefix, ...args], { cwd: cli.cwd, stdio: ["ignore", output, output] })

/** Runs the command to its end and returns what it printed and its exit code. */
export const runCommand = async (cli: WorkerCommand, args: ReadonlyArray<string>): Promise<CommandResult> => {
  const child = start(cli, args, "pipe")
  let stdout = ""
  let stderr = ""
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")))
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")))
  const exitCode = await exited(child)
  return { exitCode, stdout, stderr }
}

/** How long the command takes, start to exit, in milliseconds; it must succeed. */
export const timeCommand = async (cli: WorkerCommand, args: ReadonlyArray<string>): Promise<number> => {
  const started = performance.now()
  const result = await runCommand(cli, args)
  if (result.exitCode !== 0) throw new Error(`plan-ledger ${args.join(" ")} failed (exit ${result.exitCode}): ${result.stderr}`)
  return performance.now() - started
}

/** The median of `runs` timings by `time`, so that one slow run (a cold cache, a busy moment) does not set a kill window. */
export const medianTime = async (runs: number, time: () => Promise<number>): Promise<number> => {
  const times: Array<number> = []
  for (let run = 0; run < runs; run++) times.push(await time())
  const median = times.sort((left, right) => left - right)[Math.floor(runs / 2)]
  if (median === undefined) throw new Error(`a median of ${runs} timings needs one at least`)
  return median
}

/**
 * When kills land: from just before the end of the command's start-up (which writes nothing) to a
 * little past the time a whole run takes.
 */
export const killWindow = (startUpMs: number, wholeRunMs: number): Pick<KillSchedule, "minDelayMs" | "maxDelayMs"> => ({
  minDelayMs: startUpMs * 0.9,
  maxDelayMs: wholeRunMs * 1.1
})

/**
 * How many kills, when each comes (`minDelayMs` to `maxDelayMs` after the command started, drawn
 * with `random`), the command line they run and what to call after each.
 */
export interface KillSchedule {
  readonly kills: number
  readonly minDelayMs: number
  readonly maxDelayMs: number
  readonly random: () => number
  readonly cli: WorkerCommand
  readonly onKill?: (done: number) => void
}

/**
 * Kills the command `command(target)` writing into a fresh target `kills` times, each at a random
 * moment from `minDelayMs` to `maxDelayMs` after it started (the command's start-up, which writes
 * nothing, can be left out), and sorts every target it left with `sort`.
 */
export const commandKillRun = async <Kind extends string>(
  options: KillSchedule & {
    readonly kinds: ReadonlyArray<Kind>
    readonly command: (target: string) => ReadonlyArray<string>
    readonly freshTarget: () => string | Promise<string>
    readonly sort: (target: string) => Promise<Sorted<Kind>>
  }
): Promise<CommandKillFigures<Kind>> => {
  let finishedFirst = 0
  const sorted = Object.fromEntries(options.kinds.map((kind) => [kind, 0])) as Record<Kind, number>
  const partial: Array<string> = []
  for (let kill = 0; kill < options.kills; kill++) {
    const target = await options.freshTarget()
    const child = start(options.cli, options.command(target), "ignore")
    const end = exited(child)
    await sleep(options.minDelayMs + options.random() * (options.maxDelayMs - options.minDelayMs))
    if (child.exitCode !== null) finishedFirst += 1
    child.kill("SIGKILL")
    await end
    const found = await options.sort(target)
    if ("kind" in found) sorted[found.kind] += 1
    else partial.push(`kill ${kill + 1} (${target}): ${found.partial}`)
    options.onKill?.(kill + 1)
  }
  return { kills: options.kills, finishedFirst, sorted, partial }
}
