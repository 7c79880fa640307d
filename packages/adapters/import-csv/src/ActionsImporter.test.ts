import { type PlanCommand } from "@plan-ledger/core"
import { formatImportProblem, type ImportResult } from "@plan-ledger/core/adapters"
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

  it("refuses the whole file when an action appears twice, naming each line", () => {
    expect(
      problems(actions("Priority 1.2,Priority 1,Health event,Health,,Staff time,July 09,", "Priority 1.2,Priority 1,Again,Health,,,,"))
    ).toEqual(["actions.csv:3:1 (action_id): key action Priority 1.2 appears twice (first on line 2) — each record once per file"])
  })

  it("imports an action whose priority cell is blank, or a table with no priority column, with no priority — never a made-up one", () => {
    expect(commands(actions("Priority 1.3,,No priority,,,,,")).at(0)).toMatchObject({ actionId: "Priority 1.3", priorityCodes: [] })
    const noColumn = importActions({
      fileName: "actions.csv",
      text: "action_id,action,target_dates\nKA1,Improve access to services,by 1 April 2010",
      planId: "ashford-1-lcypp",
      options: {}
    })
    expect(commands(noColumn)).toEqual([
      {
        _tag: "AddKeyAction",
        planId: "ashford-1-lcypp",
        actionId: "KA1",
        title: "Improve access to services",
        leadPartners: [],
        priorityCodes: [],
        links: [],
        plannedOutcomes: [],
        targetDates: ["by 1 April 2010"]
      }
    ])
  })

  it("names each priority an action serves as a reference the plan must define, where its cell stands", () => {
    const result = actions("EWB1.1,EWB1; EWB9,Audit counselling services,LCSPM,,,,")
    expect(result.ok && result.references).toEqual([
      { kind: "priority", code: "EWB1", at: { file: "actions.csv", line: 2, column: 2, columnName: "priority_code" } },
      { kind: "priority", code: "EWB9", at: { file: "actions.csv", line: 2, column: 2, columnName: "priority_code" } }
    ])
  })

  it("finds NI codes inside a link's printed text and keeps the cell as printed", () => {
    const action = commands(
      actions("EWB1.1,EWB1,Audit counselling services,LCSPM,,,,LAA NI51 Effectiveness of CAMHS; Lead LAA NI 117; (NI55)")
    ).at(0)
    expect(action).toMatchObject({
      links: [
        { kind: "laa-target", code: "LAA NI 51" },
        { kind: "indicator", code: "NI 51" },
        { kind: "laa-target", code: "LAA NI 117" },
        { kind: "indicator", code: "NI 117" },
        { kind: "indicator", code: "NI 55" }
      ],
      linksStated: "LAA NI51 Effectiveness of CAMHS; Lead LAA NI 117; (NI55)"
    })
  })

  it("refuses a code with a letter where a digit belongs, with the code it most likely means", () => {
    expect(problems(actions("EWB1.1,EWB1,Audit counselling services,LCSPM,,,,NI 1l7; NI 5O"))).toEqual([
      'actions.csv:2:8 (links): "NI 1l7" is shaped like a plan code but holds a letter where a digit belongs — the code as its plan prints it, such as NI 117',
      'actions.csv:2:8 (links): "NI 5O" is shaped like a plan code but holds a letter where a digit belongs — the code as its plan prints it, such as NI 50'
    ])
  })
})
