import { InvalidFigure } from "@plan-ledger/core"
import { WrongExpectedRevision } from "@plan-ledger/eventstore"
import { describe, expect, it } from "vitest"
import { ExitCode } from "./ExitCode.js"
import type { Io } from "./Io.js"
import { reportLedgerError } from "./LedgerErrorExit.js"

const capture = () => {
  let stderr = ""
  const io: Io = {
    stdout: () => undefined,
    stderr: (text) => void (stderr += text),
    interactive: false,
    cwd: "/",
    env: {},
    user: "test",
    now: () => new Date(0)
  }
  return { io, stderr: () => stderr }
}

describe("ledger errors on the command line", () => {
  it("exits 3 for a write conflict that retries did not resolve, saying what happened", () => {
    const { io, stderr } = capture()
    expect(reportLedgerError(io, new WrongExpectedRevision({ stream: "plan-x", expected: 4, actual: 5 }))).toBe(ExitCode.conflict)
    expect(stderr()).toContain('stream "plan-x" is at revision 5, but the append expected revision 4')
  })

  it("exits 2 for a broken rule: nothing was written", () => {
    const { io } = capture()
    expect(
      reportLedgerError(io, new InvalidFigure({ planId: "p", subject: "budget line", field: "external income", rule: "is negative" }))
    ).toBe(ExitCode.input)
  })
})
