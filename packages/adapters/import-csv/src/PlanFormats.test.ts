import { type PlanCommand } from "@plan-ledger/core"
import { formatImportProblem, type ImportResult } from "@plan-ledger/core/adapters"
import { describe, expect, it } from "vitest"
import { importBudget } from "./BudgetImporter.js"
import { importConsultations } from "./ConsultationsImporter.js"
import { importContributingIndicators } from "./ContributingIndicatorsImporter.js"
import { importLeadRoles } from "./LeadRolesImporter.js"
import { importPriorities } from "./PrioritiesImporter.js"
import { importProgress } from "./ProgressImporter.js"
import { importThemes } from "./ThemesImporter.js"
import { importVariations } from "./VariationsImporter.js"

const planId = "lcsp-2009-10"
const commands = (result: ImportResult): ReadonlyArray<PlanCommand> => (result.ok ? result.commands : [])
const problems = (result: ImportResult): ReadonlyArray<string> => (result.ok ? [] : result.problems.map(formatImportProblem))
const table =
  (importer: typeof importThemes, fileName: string, header: string) =>
  (...rows: ReadonlyArray<string>): ImportResult =>
    importer({ fileName, text: [header, ...rows].join("\n"), planId, options: {} })

// Consultations as the LCSP Service Level Business Plan 2009/10 (Kent County Council) lists them.
const consultations = table(importConsultations, "consultations.csv", "consultation_id,name,purpose,statutory")

describe("what plans print, held as printed", () => {
  it("reads yes and no in any case, and a blank statutory cell as not stated — never as no", () => {
    expect(
      commands(consultations("C1,Parent survey,views of parents,No", "C2,Pupil survey,views of pupils,YES", "C3,Review,views,")).map(
        (command) => (command._tag === "RecordConsultation" ? command.statutory : undefined)
      )
    ).toEqual([false, true, "not-stated"])
    const noColumn = importConsultations({
      fileName: "c.csv",
      text: "consultation_id,name,purpose\nC1,Parent survey,views",
      planId,
      options: {}
    })
    expect(commands(noColumn).at(0)).toMatchObject({ statutory: "not-stated" })
    expect(problems(consultations("C1,Parent survey,views,perhaps"))).toEqual([
      'consultations.csv:2:4 (statutory): "perhaps" is not a valid statutory — one of yes, no, not stated'
    ])
  })

  // Lead roles as the LCSP business plan 2009/10 prints them, NI 117 and a Towards 2010 target in one cell.
  it("reads several codes in one lead-role cell, each with its kind, and whether the plan leads or supports", () => {
    const leadRoles = table(importLeadRoles, "lead-roles.csv", "code,description,lead_officer,role")
    expect(commands(leadRoles("NI 117; Towards 2010 Target 42,Reduce young people not in education,LCSP Manager,Support")).at(0)).toEqual({
      _tag: "AssignLeadRole",
      planId,
      code: "NI 117; Towards 2010 Target 42",
      description: "Reduce young people not in education",
      leadOfficer: "LCSP Manager",
      links: [
        { kind: "indicator", code: "NI 117" },
        { kind: "directorate-target", code: "Towards 2010 Target 42" }
      ],
      role: "support"
    })
    expect(commands(leadRoles("NI 117,Reduce young people not in education,LCSP Manager,")).at(0)).not.toHaveProperty("links")
  })

  it("lists contributing indicators by code and title, with no values and no lead", () => {
    const listed = table(importContributingIndicators, "contributing-indicators.csv", "code,title")
    expect(
      commands(listed("NI 50,Emotional health of children", "NI51,Effectiveness of child and adolescent mental health services"))
    ).toEqual([
      { _tag: "ListContributingIndicator", planId, code: "NI 50", title: "Emotional health of children" },
      { _tag: "ListContributingIndicator", planId, code: "NI 51", title: "Effectiveness of child and adolescent mental health services" }
    ])
    expect(problems(listed("NI 5O,Emotional health of children"))).toEqual([
      'contributing-indicators.csv:2:1 (code): "NI 5O" is shaped like a plan code but holds a letter where a digit belongs — the code as its plan prints it, such as NI 50'
    ])
  })

  it("records progress without a date as undated, and refuses a date that is not a day of the calendar", () => {
    const progress = table(importProgress, "progress.csv", "action_id,recorded_on,status,note")
    expect(commands(progress("EWB1.1,,on-track,Counselling audit under way")).at(0)).toEqual({
      _tag: "RecordActionProgress",
      planId,
      actionId: "EWB1.1",
      status: "on-track",
      note: "Counselling audit under way"
    })
    expect(problems(progress("EWB1.1,2009-02-31,on-track,"))).toEqual([
      'progress.csv:2:2 (recorded_on): "2009-02-31" is not a date: February 2009 has 28 days — a date written YYYY-MM-DD, such as 2009-09-30'
    ])
  })

  it("keeps the partnership of a county plan's priority and a theme's introduction", () => {
    const priorities = table(importPriorities, "priorities.csv", "code,title,partnership,links")
    expect(commands(priorities("EWB1,Emotional well being,Ashford 1,CYPP 13; CYPP P5; CYPP 2D; CYPP - Priority 1")).at(0)).toMatchObject({
      partnership: "Ashford 1",
      links: [
        { kind: "cypp-priority", code: "CYPP 13" },
        { kind: "cypp-priority", code: "CYPP P5" },
        { kind: "cypp-outcome", code: "CYPP 2D" },
        { kind: "cypp-priority", code: "CYPP - Priority 1" }
      ]
    })
    const themes = table(importThemes, "themes.csv", "theme_code,theme,introduction")
    expect(commands(themes('EWB,Emotional Well Being,"Children told us they want someone to talk to."')).at(0)).toMatchObject({
      introduction: "Children told us they want someone to talk to."
    })
  })

  it("keeps a quoted cell over several lines whose later line holds many commas", () => {
    const variations = importVariations({
      fileName: "variations.csv",
      text: 'section,description,amount,justification\npressure,Pay,295,"Pay award\nof 2.45%, with increments, on-costs, pensions, national insurance, and the like, as agreed"',
      planId,
      options: {}
    })
    expect(problems(variations)).toEqual([])
    expect(commands(variations)).toHaveLength(1)
  })
})

// A budget row as the LCSP business plan 2009/10 prints it, its figures typed as Excel formats them.
const budgetHeader =
  "activity,fte,employee_costs,running_costs,contracts_projects,external_income,internal_income,cabinet_member,prior_controllable,prior_fte"
const budget = (row: string): ImportResult => importBudget({ fileName: "budget.csv", text: `${budgetHeader}\n${row}`, planId, options: {} })

describe("figures as Excel prints them", () => {
  it("reads a £ sign, parentheses for a negative and a dash for zero exactly", () => {
    const [line] = commands(budget('Behaviour Service,19.5,£870.10, - ,-,(15.0),"£1,210.40",MD,849.1,18.8'))
    expect(line).toMatchObject({
      figures: {
        employeeCosts: { pence: 87_010_000 },
        runningCosts: { pence: 0 },
        contractsAndProjects: { pence: 0 },
        externalIncome: { pence: -1_500_000 },
        internalIncome: { pence: 121_040_000 }
      }
    })
  })

  it("refuses a figure with a multiplier word or two signs, with the fix", () => {
    expect(problems(budget("Behaviour Service,19.5,1.5m,(-15.0),0,0,0,MD,849.1,18.8"))).toEqual([
      'budget.csv:2:3 (employee_costs): "1.5m" has a multiplier word, which a figure column does not read — the whole figure in the column\'s unit, such as 1500 for 1.5k — a decimal in £000 such as 1,520.3',
      'budget.csv:2:4 (running_costs): "(-15.0)" is negative twice (a minus sign inside parentheses) — either a minus sign or parentheses, such as -15.0 or (15.0) — a decimal in £000 such as 1,520.3'
    ])
  })
})
