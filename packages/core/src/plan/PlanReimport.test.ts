import { Result } from "effect"
import { describe, expect, it } from "vitest"
import type { EnvelopeFacts } from "@plan-ledger/eventstore"
import * as Fte from "../money/Fte.js"
import * as Money from "../money/Money.js"
import * as Period from "../period/Period.js"
import type { PlanCommand } from "./PlanCommand.js"
import * as PlanDecider from "./PlanDecider.js"
import type { PlanEvent } from "./PlanEvent.js"

// Re-importing an unchanged table must record nothing, whatever shape the command has in memory
// (optional fields written out as `undefined`) and whatever shape the stored payload has after a
// trip through JSON (no such keys). One case per command kind: the record's type makes a new
// command kind fail to compile until it has a case here.

const planId = "lcsp-2009-10"
const period = Period.financialYear("2009/10")
const facts: EnvelopeFacts = { actor: "importer", reason: "import", effectiveDate: Period.CalendarDate.make("2009-04-01") }
const indicatorValue = { planId, code: "NI 117", area: "kent", period, kind: "actual" } as const

// Figures from Kent County Council, LCSP Service Level Business Plan 2009/10 (revenue budget,
// Behaviour Service line; staffing levels; key performance indicators).
const everyCommand: { readonly [Tag in PlanCommand["_tag"]]: Extract<PlanCommand, { readonly _tag: Tag }> } = {
  DraftPlan: {
    _tag: "DraftPlan",
    planId,
    kind: "service-business-plan",
    title: "LCSP plan 2009/10",
    ownerId: "kcc-cfe",
    period,
    priorPlanId: undefined
  },
  RevisePlan: { _tag: "RevisePlan", planId, revision: "draft 2" },
  ApprovePlan: { _tag: "ApprovePlan", planId, approvedBy: "Cabinet", approvedOn: Period.CalendarDate.make("2009-03-16") },
  SupersedePlan: { _tag: "SupersedePlan", planId, supersededBy: "lcsp-2010-11", supersededOn: Period.CalendarDate.make("2010-04-01") },
  AddTheme: { _tag: "AddTheme", planId, code: "EWB", name: "Emotional Well Being", ecmOutcome: undefined },
  RecordVoice: {
    _tag: "RecordVoice",
    planId,
    voiceId: "EWB-parents-1",
    themeCode: "EWB",
    speaker: "parents",
    statement: "Parents want to know the early signs of distress"
  },
  // The title of NI 50 in the National Indicator Set (Communities and Local Government, 2008).
  ListContributingIndicator: { _tag: "ListContributingIndicator", planId, code: "NI 50", title: "Emotional health of children" },
  RecordActionProgress: {
    _tag: "RecordActionProgress",
    planId,
    actionId: "KA1",
    recordedOn: Period.CalendarDate.make("2009-09-30"),
    status: "slipped",
    note: undefined,
    revisedTargetDate: "December 09"
  },
  AddPriority: {
    _tag: "AddPriority",
    planId,
    code: "P1",
    title: "Improve attendance",
    theme: undefined,
    ecmOutcome: "enjoy-and-achieve",
    links: [{ kind: "indicator", code: "NI 117" }]
  },
  AssignLeadRole: {
    _tag: "AssignLeadRole",
    planId,
    code: "NI 117",
    description: "Young people not in education, employment or training",
    leadOfficer: "LCSP manager"
  },
  AddKeyAction: {
    _tag: "AddKeyAction",
    planId,
    actionId: "KA1",
    title: "Set up partnership boards",
    accountableManager: undefined,
    leadPartners: [],
    priorityCodes: ["P1"],
    links: [],
    plannedOutcomes: [],
    targetDates: ["July 09"],
    funding: undefined
  },
  RecordRisk: {
    _tag: "RecordRisk",
    planId,
    riskId: "R1",
    description: "Partners withdraw",
    leadOfficer: "LCSP manager",
    actionId: undefined
  },
  RecordConsultation: {
    _tag: "RecordConsultation",
    planId,
    consultationId: "C1",
    name: "Parent survey",
    dates: undefined,
    feedbackDate: undefined,
    targetGroup: "Parents",
    area: undefined,
    contractor: undefined,
    purpose: "Hear what parents want",
    statutory: false,
    contact: undefined
  },
  SetBudgetLine: {
    _tag: "SetBudgetLine",
    planId,
    lineId: "behaviour-service",
    activity: "Behaviour Service",
    unit: undefined,
    cabinetMember: "MD",
    figures: {
      fte: Fte.of("19.5"),
      employeeCosts: Money.thousands("870.1"),
      runningCosts: Money.pence(0),
      contractsAndProjects: Money.pence(0),
      externalIncome: Money.pence(0),
      internalIncome: Money.pence(0)
    },
    prior: { controllableExpenditure: Money.thousands("849.1"), fte: Fte.of("18.8") },
    stated: { grossExpenditure: undefined, controllableExpenditure: Money.thousands("870.1") }
  },
  LinkCarriedPlan: { _tag: "LinkCarriedPlan", planId, lineId: "behaviour-service", carriedPlanId: "behaviour-service-2009-10" },
  MapPriorYearLines: {
    _tag: "MapPriorYearLines",
    planId,
    mappingId: "behaviour-from-special-needs",
    kind: "moved-in",
    fromPlanId: "special-needs-2008-09",
    priorLineIds: ["behaviour-support"],
    lineIds: ["behaviour-service"],
    reason: "Behaviour support transferred from the special needs unit"
  },
  StateBudgetTotals: {
    _tag: "StateBudgetTotals",
    planId,
    row: "controllable-totals",
    stated: { controllableExpenditure: Money.thousands("50,222.6"), fte: Fte.of("776.9"), runningCosts: undefined }
  },
  SetMemorandumItem: {
    _tag: "SetMemorandumItem",
    planId,
    itemId: "central",
    name: "Central Overheads",
    category: "central-overheads",
    amount: Money.thousands("1,078.3"),
    priorAmount: undefined
  },
  StateVariationOpening: { _tag: "StateVariationOpening", planId, label: "2008/09 budget", amount: Money.thousands("16,790") },
  SetVariationItem: {
    _tag: "SetVariationItem",
    planId,
    itemId: "v1",
    section: "base-adjustment",
    description: "Transfer of budgets to partnerships",
    amount: Money.thousands("9,055"),
    justification: undefined
  },
  StateVariationClosing: { _tag: "StateVariationClosing", planId, label: "2009/10 budget", amount: Money.thousands("50,222") },
  SetStaffingRow: {
    _tag: "SetStaffingRow",
    planId,
    rowType: "band",
    name: "Pt13 and above",
    priorFte: undefined,
    fte: Fte.of("776.9")
  },
  StateStaffingTotal: { _tag: "StateStaffingTotal", planId, priorFte: Fte.of("294.9"), fte: undefined },
  SetExternalFunding: { _tag: "SetExternalFunding", planId, source: "Sure Start grant", fte: Fte.of("26.0") },
  JustifyStaffingMovement: { _tag: "JustifyStaffingMovement", planId, category: "Externally funded", fte: Fte.of("17.2") },
  ExplainStaffingChange: { _tag: "ExplainStaffingChange", planId, explanation: "Staff transferred to the partnerships" },
  AddPlanIndicator: {
    _tag: "AddPlanIndicator",
    planId,
    code: "NI 117",
    title: "16 to 18 year olds not in education, employment or training",
    unit: "percent",
    polarity: "lower-is-better",
    categories: ["LAA"],
    area: "kent",
    dataSource: undefined
  },
  ReportIndicatorValue: { _tag: "ReportIndicatorValue", ...indicatorValue, value: 5.9, qualifiers: ["provisional"] },
  ReportIndicatorUnavailable: {
    _tag: "ReportIndicatorUnavailable",
    ...indicatorValue,
    kind: "target",
    reason: "Awaiting direction from DCSF"
  }
}

// What a command needs recorded before it: the draft, and the indicator or key action it reports on.
const prerequisites = (command: PlanCommand): ReadonlyArray<PlanCommand> => {
  if (command._tag === "DraftPlan") return []
  if (command._tag === "ReportIndicatorValue" || command._tag === "ReportIndicatorUnavailable")
    return [everyCommand.DraftPlan, everyCommand.AddPlanIndicator]
  if (command._tag === "RecordActionProgress") return [everyCommand.DraftPlan, everyCommand.AddKeyAction]
  if (command._tag === "MapPriorYearLines" || command._tag === "LinkCarriedPlan")
    return [everyCommand.DraftPlan, everyCommand.SetBudgetLine]
  return [everyCommand.DraftPlan]
}

const decided = (commands: ReadonlyArray<PlanCommand>, history: ReadonlyArray<PlanEvent>): ReadonlyArray<PlanEvent> =>
  Result.getOrThrow(
    PlanDecider.decideAll(
      commands,
      history.map((data) => ({ ...facts, data })),
      facts
    )
  )

// The payloads as a store gives them back: through JSON, where `undefined` keys vanish.
const stored = (events: ReadonlyArray<PlanEvent>): ReadonlyArray<PlanEvent> =>
  JSON.parse(JSON.stringify(events)) as ReadonlyArray<PlanEvent>

describe("re-importing an unchanged table", () => {
  for (const command of Object.values(everyCommand) as ReadonlyArray<PlanCommand>) {
    it(`records nothing for ${command._tag} once its content is stored`, () => {
      const history = stored(decided([...prerequisites(command), command], []))
      expect(history.length).toBeGreaterThan(prerequisites(command).length)
      expect(decided([command], history)).toEqual([])
      expect(decided([command], decided([...prerequisites(command), command], []))).toEqual([])
    })
  }

  // Rows printed without an activity label: the figures are the test's own, the line ids those
  // the importer derives from the labelled line above.
  const continuation: PlanCommand = {
    ...everyCommand.SetBudgetLine,
    lineId: "behaviour-service-continuation-1",
    activity: undefined,
    rowType: "continuation",
    continues: "behaviour-service",
    prior: undefined
  }
  const unlabelled: PlanCommand = { ...continuation, lineId: "behaviour-service-unlabelled-1", rowType: "unlabelled", continues: undefined }
  for (const blank of [continuation, unlabelled]) {
    it(`records nothing for a ${blank._tag === "SetBudgetLine" ? blank.rowType : ""} row once it is stored`, () => {
      const commands = [everyCommand.DraftPlan, everyCommand.SetBudgetLine, blank]
      const history = stored(decided(commands, []))
      expect(history).toHaveLength(3)
      expect(decided([blank], history)).toEqual([])
      expect(decided([blank], decided(commands, []))).toEqual([])
    })
  }

  it("still records a change of any one field", () => {
    const history = stored(decided([everyCommand.DraftPlan, everyCommand.SetMemorandumItem], []))
    const changed = { ...everyCommand.SetMemorandumItem, priorAmount: Money.thousands("1,000.0") }
    const { _tag, amount, priorAmount, ...fields } = changed
    expect(decided([changed], history)).toEqual([
      { ...fields, _tag: "MemorandumItemRecorded", amount: amount.pence, priorAmount: priorAmount.pence }
    ])
  })
})
