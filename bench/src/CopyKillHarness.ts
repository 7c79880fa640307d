// `plan-ledger copy` killed at random moments (`CommandKillHarness.ts`): each kill starts a copy of
// one source ledger into a fresh target and sends SIGKILL at a random moment between the command's
// start-up and a little past the time a whole copy takes, then looks at the target as a user would
// — without repair — and sorts it: absent or empty (the copy never took the target's place),
// complete (every event, and it verifies), or partial, which a copy must never leave.
// `copyKills.ts` runs it large; `CopyKillHarness.integration.test.ts` runs it small in CI.
import { sampleEvents } from "@plan-ledger/core/testkit"
import { openStore } from "@plan-ledger/stores"
import { commandKillRun, type KillSchedule, type Sorted, timeCommand } from "./CommandKillHarness.js"
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

const describe = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause))

const copyArguments = (from: string, to: string): ReadonlyArray<string> => ["copy", "--from", from, "--to", to]

// What a target holds once the copy is gone: no ledger, or its events counted and verified. A
// store that refuses to open (a JSON-lines torn tail) or does not verify is partial.
const examine = async (url: string, sourceEvents: number): Promise<Sorted<"absent-or-empty" | "complete">> => {
  let store: Awaited<ReturnType<typeof openStore>>
  try {
    store = await openStore(url, { access: "read" })
  } catch (cause) {
    const message = describe(cause)
    return /no ledger at|no plan-ledger store at|reading never creates one/.test(message)
      ? { kind: "absent-or-empty" }
      : { partial: `refused to open: ${message}` }
  }
  try {
    let held = 0
    for await (const _event of store.readAll()) held += 1
    const report = await store.verify()
    if (!report.ok) return { partial: `${held} events that do not verify: ${report.damage.message}` }
    if (held === 0) return { kind: "absent-or-empty" }
    return held === sourceEvents ? { kind: "complete" } : { partial: `${held} of ${sourceEvents} events` }
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
export const timeOneCopy = (cli: WorkerCommand, from: string, to: string): Promise<number> => timeCommand(cli, copyArguments(from, to))

/**
 * Kills `plan-ledger copy` from `source` (holding `sourceEvents` events) into a fresh target
 * `kills` times, each at a random moment from `minDelayMs` to `maxDelayMs` after it started (the
 * command's start-up, which writes nothing, can be left out), and sorts every target it left.
 */
export const copyKillRun = async (
  options: KillSchedule & { readonly source: string; readonly sourceEvents: number; readonly freshTarget: () => string }
): Promise<CopyKillFigures> => {
  const { source, sourceEvents, ...run } = options
  const figures = await commandKillRun({
    ...run,
    kinds: ["absent-or-empty", "complete"],
    command: (target) => copyArguments(source, target),
    sort: (target) => examine(target, sourceEvents)
  })
  return {
    kills: figures.kills,
    finishedFirst: figures.finishedFirst,
    absentOrEmpty: figures.sorted["absent-or-empty"],
    complete: figures.sorted.complete,
    partial: figures.partial
  }
}
