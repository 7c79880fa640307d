import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { run } from "../src/Cli.js"
import type { Io } from "../src/Io.js"

/**
 * A fresh working directory with its own store — a SQLite file in it, unless `storeIn` names
 * another store URL for the directory — and a way to run the CLI in it.
 */
export const cliSandbox = (storeIn: (cwd: string) => string = (cwd) => `sqlite:${join(cwd, "ledger.db")}`) => {
  const cwd = mkdtempSync(join(tmpdir(), "plan-ledger-cli-"))
  const store = storeIn(cwd)
  let now = "2026-11-24T10:00:00.000Z"
  /** Sets the clock of the invocations that follow (what they record as `recordedAt`). */
  const at = (instant: string): void => {
    now = instant
  }
  const invoke = async (...argv: ReadonlyArray<string>) => {
    let stdout = ""
    let stderr = ""
    let stdoutWrites = 0
    const io: Io = {
      stdout: (text) => {
        stdout += text
        stdoutWrites += 1
      },
      stderr: (text) => {
        stderr += text
      },
      interactive: false,
      cwd,
      env: { PLAN_LEDGER_STORE: store },
      user: "test-officer",
      now: () => new Date(now)
    }
    const code = await run(argv, io)
    return { code, stdout, stderr, stdoutWrites }
  }
  const json = async (...argv: ReadonlyArray<string>) => {
    const result = await invoke(...argv)
    if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.stderr}`)
    return JSON.parse(result.stdout)
  }
  /** How many events the store holds (from `verify`). */
  const eventCount = async (): Promise<number> => {
    const { stdout, stderr } = await invoke("verify")
    // A store that was never created holds no events: read commands say so instead of creating it.
    if (stderr.includes("no ledger at")) return 0
    return Number(/: (\d+) events?/.exec(stdout)?.[1] ?? Number.NaN)
  }
  return { cwd, store, at, invoke, json, eventCount }
}

/** A CSV table of the bundled example. */
export const exampleCsv = (name: string): string =>
  fileURLToPath(new URL(`../../../examples/kent-lcsp-2009-10/csv/${name}`, import.meta.url))

/** A CSV table of one of the bundled local children and young people's plans. */
export const lcyppCsv = (example: string, name: string): string =>
  fileURLToPath(new URL(`../../../examples/${example}/csv/${name}`, import.meta.url))
