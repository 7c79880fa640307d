import { describe, expect, it } from "vitest"
import { dropSqliteExperimentalWarning } from "./SqliteExperimentalWarning.js"

// The text Node 22 emits when node:sqlite is first loaded.
const SQLITE_WARNING = "SQLite is an experimental feature and might change at any time"

// A process whose `emitWarning` records what reaches it, instead of printing it.
const recordingProcess = () => {
  const reached: Array<ReadonlyArray<unknown>> = []
  const target = {
    emitWarning: (...warning: ReadonlyArray<unknown>) => void reached.push(warning)
  } as unknown as NodeJS.Process
  dropSqliteExperimentalWarning(target)
  return { target, reached }
}

const sqliteWarningAsError = (): Error => Object.assign(new Error(SQLITE_WARNING), { name: "ExperimentalWarning" })

describe("node:sqlite's experimental warning", () => {
  it("is dropped, however its type is passed", () => {
    const { target, reached } = recordingProcess()
    target.emitWarning(SQLITE_WARNING, "ExperimentalWarning")
    target.emitWarning(SQLITE_WARNING, { type: "ExperimentalWarning" })
    target.emitWarning(sqliteWarningAsError())
    expect(reached).toEqual([])
  })

  it("is the only warning dropped: other experimental warnings and other types of warning pass unchanged", () => {
    const { target, reached } = recordingProcess()
    const wasi = "WASI is an experimental feature and might change at any time"
    target.emitWarning(wasi, "ExperimentalWarning")
    target.emitWarning(SQLITE_WARNING, "DeprecationWarning", "DEP0000")
    target.emitWarning("a plain warning")
    expect(reached).toEqual([[wasi, "ExperimentalWarning"], [SQLITE_WARNING, "DeprecationWarning", "DEP0000"], ["a plain warning"]])
  })
})
