import { describe, expect, it } from "vitest"
import { formatImportProblem } from "./Importer.js"
import { unresolvedReferences } from "./PlanReference.js"

describe("a reference the plan does not define", () => {
  it("is refused in one line, a line break in the cell written as \\u000A", () => {
    const [problem, ...others] = unresolvedReferences(
      undefined,
      [],
      [{ kind: "action", code: "EWB1.1\nEWB1.2", at: { file: "risks.csv", line: 3, column: 4, columnName: "action_id" } }]
    )
    expect(others).toEqual([])
    expect(problem === undefined ? "" : formatImportProblem(problem)).toBe(
      'risks.csv:3:4 (action_id): action "EWB1.1\\u000AEWB1.2" is not defined by the plan — an action_id the actions table defines (import the actions first), or the id corrected'
    )
  })

  it("quotes a long code by its first 40 characters", () => {
    const [problem] = unresolvedReferences(
      undefined,
      [],
      [{ kind: "theme", code: "T".repeat(100), at: { file: "p.csv", line: 2, column: 3 } }]
    )
    expect(problem?.problem).toBe(`theme "${"T".repeat(40)}…" is not defined by the plan`)
  })
})
