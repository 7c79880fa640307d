import type { EventStore } from "@plan-ledger/core"
import { counted } from "./Words.js"

/**
 * What a writing command has stored, kept as it writes, so that a command stopped part-way
 * (Ctrl-C) can say what was stored and what was not. Each append is atomic: it is stored whole or
 * not at all, and the log counts it once the store has acknowledged it.
 *
 * @category output
 * @since 0.5.0
 */
export interface WriteLog {
  /** Names the work a command is about to record (`import`) and its parts, one append each, in order. */
  readonly expect: (work: string, parts: ReadonlyArray<string>) => void
  /** Runs one append unless the command is stopping (then it never settles); `label` names it when no part was expected. */
  readonly append: <Result>(label: string, write: () => Promise<Result>) => Promise<Result>
  /** Adds what to do, and say, when the command stops (a temporary ledger removed). */
  readonly onStop: (atStop: () => string) => void
  /** Stops: no further append starts; waits for the one under way, and says what was and was not stored. */
  readonly stop: () => Promise<string>
}

const quotedList = (parts: ReadonlyArray<string>): string => parts.join("; ")

/**
 * A fresh log, for one run of the command line.
 *
 * @example
 * import { makeWriteLog } from "./WriteLog.js"
 * const writes = makeWriteLog()
 * writes.expect("import", ["the budget table from budget.csv"])
 * await writes.stop() // "stopped: nothing of the budget table from budget.csv was stored"
 *
 * @category constructors
 * @since 0.5.0
 */
export const makeWriteLog = (): WriteLog => {
  let work: { readonly name: string; readonly parts: ReadonlyArray<string> } | undefined
  const recorded: Array<string> = []
  const atStop: Array<() => string> = []
  let underWay: Promise<unknown> = Promise.resolve()
  let stopping = false

  const said = (): string => {
    if (work === undefined)
      return recorded.length === 0
        ? "stopped"
        : `stopped: ${counted(recorded.length, "append")} recorded (the last: ${recorded.at(-1)}); nothing more was stored`
    const { name, parts } = work
    const done = recorded.length
    if (done >= parts.length)
      return `stopped after the ${name} was complete: ${quotedList(parts)} ${parts.length === 1 ? "is" : "are"} recorded`
    if (done === 0) return `stopped: nothing of ${quotedList(parts)} was stored`
    return `stopped: ${done} of ${parts.length} recorded (${quotedList(parts.slice(0, done))}); nothing of ${quotedList(parts.slice(done))} was stored`
  }

  return {
    expect: (name, parts) => {
      work = { name, parts }
    },
    append: (label, write) => {
      if (stopping) return new Promise(() => undefined)
      const appended = write()
      underWay = appended.then(
        () => recorded.push(work?.parts[recorded.length] ?? label),
        () => undefined
      )
      return appended
    },
    onStop: (step) => {
      atStop.push(step)
    },
    stop: async () => {
      stopping = true
      await underWay
      return [said(), ...atStop.map((step) => step())].join("; ")
    }
  }
}

/**
 * The same store, its appends noted in the log. An append's label is the table its events were
 * read from, or its stream.
 *
 * @category output
 * @since 0.5.0
 */
export const withWriteLog = <Store extends EventStore>(store: Store, writes: WriteLog | undefined): Store =>
  writes === undefined
    ? store
    : {
        ...store,
        appendToStream: (stream, events, options) => {
          const table = events[0]?.source?.table
          return writes.append(table === undefined ? stream : `'${table}'`, () => store.appendToStream(stream, events, options))
        }
      }
