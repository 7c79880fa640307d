import { formatImportProblem, type ImportResult } from "@plan-ledger/core/adapters"
import { describe, expect, it } from "vitest"
import { importProgress } from "./ProgressImporter.js"

const header = "action_id,recorded_on,status,note,revised_target_date"
const progress = (...rows: ReadonlyArray<string>): ImportResult =>
  importProgress({ fileName: "progress.csv", text: [header, ...rows].join("\n"), planId: "p", options: {} })
const problems = (result: ImportResult): ReadonlyArray<string> => (result.ok ? [] : result.problems.map(formatImportProblem))

describe("the progress table", () => {
  it("records a slipped action with its new target date", () => {
    expect(progress("EWB1.1,2009-09-30,slipped,Training delayed,December 09")).toMatchObject({
      ok: true,
      commands: [
        {
          _tag: "RecordActionProgress",
          actionId: "EWB1.1",
          recordedOn: "2009-09-30",
          status: "slipped",
          note: "Training delayed",
          revisedTargetDate: "December 09"
        }
      ]
    })
  })

  it("refuses a slip without a new date, a withdrawal without a reason, a bad date and two updates for one day", () => {
    expect(
      problems(
        progress(
          "A,2009-09-30,slipped,,",
          "B,2009-09-30,withdrawn,,",
          "C,30/09/2009,on-track,,",
          "D,2009-09-30,on-track,,",
          "D,2009-09-30,completed,,"
        )
      )
    ).toEqual([
      "progress.csv:2:5 (revised_target_date): a slipped action has no new target date — the new target date as stated, such as December 09",
      "progress.csv:3:4 (note): a withdrawn action has no reason — why it was withdrawn",
      'progress.csv:4:2 (recorded_on): "30/09/2009" is not a date — a date written YYYY-MM-DD, such as 2009-09-30',
      "progress.csv:6:2 (recorded_on): progress of D on 2009-09-30 appears twice (first on line 5) — each record once per file"
    ])
  })
})
