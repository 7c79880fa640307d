import { formatImportProblem, type ImportResult, type PlanCommand } from "@plan-ledger/core"
import { describe, expect, it } from "vitest"
import { importActions } from "./ActionsImporter.js"

const header = "action_id,priority_code,action,lead,deliverables,resources,target_dates,links"
const actions = (...rows: ReadonlyArray<string>): ImportResult =>
  importActions({ fileName: "actions.csv", text: [header, ...rows].join("\n"), planId: "ashford-1-lcypp", options: {} })
const commands = (result: ImportResult): ReadonlyArray<PlanCommand> => (result.ok ? result.commands : [])
const problems = (result: ImportResult): ReadonlyArray<string> => (result.ok ? [] : result.problems.map(formatImportProblem))

// Rows in the words of Kent County Council, Ashford 1 LCSP, Local Children and Young People's
// Plan 2008–2011 (Priority 1): leads, resources and target dates as printed, the action paraphrased.
describe("the key actions table", () => {
  it("keeps lead partners, resources and target dates as printed", () => {
    expect(
      commands(
        actions(
          'Priority 1.1,Priority 1,Improve access to services,Education / CSS / Health,Joint training; Directory of services,"£10,000 – KCF",Training by December 08.  Fully functioning July 09.,'
        )
      )
    ).toEqual([
      {
        _tag: "AddKeyAction",
        planId: "ashford-1-lcypp",
        actionId: "Priority 1.1",
        title: "Improve access to services",
        leadPartners: ["Education", "CSS", "Health"],
        priorityCodes: ["Priority 1"],
        links: [],
        plannedOutcomes: ["Joint training", "Directory of services"],
        targetDates: ["Training by December 08.  Fully functioning July 09."],
        funding: "£10,000 – KCF"
      }
    ])
  })

  it("takes a single lead as the accountable officer and reads each link's kind from its code", () => {
    expect(commands(actions("EWB1.1,EWB1,Audit counselling services,LCSPM,,,,NI 50; Outcome 2d")).at(0)).toMatchObject({
      accountableManager: "LCSPM",
      leadPartners: [],
      links: [
        { kind: "indicator", code: "NI 50" },
        { kind: "cypp-outcome", code: "Outcome 2d" }
      ]
    })
  })

  it("refuses the whole file when an action has no priority or appears twice, naming each line", () => {
    expect(
      problems(
        actions(
          "Priority 1.2,Priority 1,Health event,Health,,Staff time,July 09,",
          "Priority 1.2,Priority 1,Again,Health,,,,",
          "Priority 1.3,,No priority,,,,,"
        )
      )
    ).toEqual([
      "actions.csv:3:1 (action_id): key action Priority 1.2 appears twice (first on line 2) — each record once per file",
      "actions.csv:4:2 (priority_code): priority_code is blank — the code of the priority the action serves, such as EWB1"
    ])
  })
})
