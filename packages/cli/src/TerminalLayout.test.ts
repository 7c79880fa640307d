import { describe, expect, it } from "vitest"
import type { Io } from "./Io.js"
import { terminalLayout } from "./TerminalLayout.js"

const io = (terminalColumns: number | undefined, env: Readonly<Record<string, string>> = {}): Io => ({
  stdout: () => undefined,
  stderr: () => undefined,
  interactive: false,
  ...(terminalColumns === undefined ? {} : { terminalColumns }),
  cwd: "/",
  env,
  user: "officer",
  now: () => new Date(0)
})

describe("the layout of show's Markdown", () => {
  it("is plain when piped or written to --out", () => {
    expect(terminalLayout(io(undefined), undefined)).toBeUndefined()
    expect(terminalLayout(io(120), "budget.md")).toBeUndefined()
  })

  it("fits a terminal's width, in colour unless NO_COLOR is set", () => {
    expect(terminalLayout(io(120), undefined)).toEqual({ width: 120, color: true })
    expect(terminalLayout(io(80, { NO_COLOR: "1" }), undefined)).toEqual({ width: 80, color: false })
    expect(terminalLayout(io(80, { NO_COLOR: "" }), undefined)).toEqual({ width: 80, color: true })
  })

  it("follows FORCE_COLOR over NO_COLOR, and FORCE_COLOR=0 turns colour off", () => {
    expect(terminalLayout(io(80, { NO_COLOR: "1", FORCE_COLOR: "1" }), undefined)).toEqual({ width: 80, color: true })
    expect(terminalLayout(io(80, { FORCE_COLOR: "0" }), undefined)).toEqual({ width: 80, color: false })
  })
})
