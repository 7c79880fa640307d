import { spawnSync } from "node:child_process"
import { performance } from "node:perf_hooks"

/** One run of a Node process: its wall-clock time, exit status, standard output and error. */
export interface TimedRun {
  readonly ms: number
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs `node <args>` to the end (with `env` added to this process's environment) and times it from spawn to exit. */
export const timedRun = (args: ReadonlyArray<string>, env: Readonly<Record<string, string>> = {}): TimedRun => {
  const started = performance.now()
  const result = spawnSync(process.execPath, args, {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 1 << 26,
    env: { ...process.env, ...env }
  })
  return { ms: performance.now() - started, status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** The last line a child process printed, read as the JSON figures it reports. */
export const lastJsonLine = <Figures>(stdout: string): Figures => JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as Figures

/** The median of some measurements (the mean of the middle two for an even count). */
export const median = (values: ReadonlyArray<number>): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}
