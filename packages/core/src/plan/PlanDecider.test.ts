import { describe, expect, it } from "vitest"
import type { PlanEvent } from "./PlanEvent.js"
import * as Fte from "../money/Fte.js"
import * as Money from "../money/Money.js"
import * as Period from "../period/Period.js"
import { planSpecification as spec } from "../testkit/DeciderSpecification.js"
import type { BudgetCommand } from "./budget/BudgetCommand.js"
import { withAmounts } from "./CommandFigures.js"
import type { PlanCommand } from "./PlanCommand.js"
import * as PlanDecider from "./PlanDecider.js"
import type { EnvelopeFacts } from "@plan-ledger/eventstore"

const planId = "lcsp-2009-10"
const facts: EnvelopeFacts = { actor: "officer", reason: "import", effectiveDate: Period.CalendarDate.make("2009-04-01") }
const period = Period.financialYear("2009/10")
const drafted: PlanEvent = {
  _tag: "PlanDrafted",
  planId,
  kind: "service-business-plan",
  title: "LCSP plan 2009/10",
  ownerId: "kcc-cfe",
  period
}
const approved: PlanEvent = { _tag: "PlanApproved", planId, approvedBy: "Cabinet", approvedOn: Period.CalendarDate.make("2009-03-16") }

const figures = {
  fte: Fte.fromDecimal("19.5"),
  employeeCosts: Money.fromThousands("870.1"),
  runningCosts: Money.zero,
  contractsAndProjects: Money.zero,
  externalIncome: Money.zero,
  internalIncome: Money.zero
}
type SetBudgetLine = Extract<BudgetCommand, { _tag: "SetBudgetLine" }>
const lineFields = (overrides: Partial<SetBudgetLine> = {}): SetBudgetLine => ({
  _tag: "SetBudgetLine",
  planId,
  lineId: "behaviour-service",
  activity: "Behaviour Service",
  cabinetMember: "MD",
  figures,
  stated: {},
  ...overrides
})
const setLine = (overrides: Partial<SetBudgetLine> = {}): PlanCommand => withAmounts(lineFields(overrides))
const lineAdded: PlanEvent = { ...lineFields(), _tag: "BudgetLineAdded", fundingSource: "unspecified" }

describe("plan decider", () => {
  it("drafts a plan once; drafting the same plan again records nothing", () => {
    const { _tag, ...fields } = drafted
    spec
      .given([])
      .when({ _tag: "DraftPlan", ...fields })
      .then([drafted])
    spec
      .given([drafted])
      .when({ _tag: "DraftPlan", ...fields })
      .then([])
    spec
      .given([drafted])
      .when({ _tag: "DraftPlan", ...fields, title: "Another plan" })
      .thenFails({ _tag: "PlanAlreadyDrafted", planId })
  })

  it("refuses content for a plan that was never drafted", () => {
    spec.given([]).when(setLine()).thenFails({ _tag: "PlanNotDrafted", planId, command: 'budget line "Behaviour Service"' })
  })

  it("adds a budget line, and records nothing when the same line is set again", () => {
    spec.given([drafted]).when(setLine()).then([lineAdded])
    spec.given([drafted, lineAdded]).when(setLine()).then([])
  })

  it("renames a line under its stable id, and revises changed figures", () => {
    const newFigures = { ...figures, fte: Fte.fromDecimal("20.0") }
    spec
      .given([drafted, lineAdded])
      .when(setLine({ activity: "Behaviour Support Service", figures: newFigures }))
      .then([
        { _tag: "BudgetLineRenamed", planId, lineId: "behaviour-service", activity: "Behaviour Support Service" },
        {
          _tag: "BudgetLineRevised",
          planId,
          lineId: "behaviour-service",
          cabinetMember: "MD",
          fundingSource: "unspecified",
          figures: newFigures,
          stated: {}
        }
      ])
  })

  it("moves a line to another unit", () => {
    spec
      .given([drafted, lineAdded])
      .when(setLine({ unit: "Attendance and Behaviour" }))
      .then([{ _tag: "BudgetLineMoved", planId, lineId: "behaviour-service", unit: "Attendance and Behaviour" }])
  })

  it("refuses two lines with the same activity label", () => {
    spec
      .given([drafted, lineAdded])
      .when(setLine({ lineId: "other" }))
      .thenFails({ _tag: "DuplicateActivity", activity: "Behaviour Service", existingLineId: "behaviour-service" })
  })

  it("frees a renamed line's old label for another line, and holds its new one", () => {
    const renamed = { _tag: "BudgetLineRenamed" as const, planId, lineId: "behaviour-service", activity: "Behaviour Support Service" }
    spec
      .given([drafted, lineAdded, renamed])
      .when(setLine({ lineId: "other" }))
      .then([{ ...lineAdded, lineId: "other" }])
    spec
      .given([drafted, lineAdded, renamed])
      .when(setLine({ lineId: "other", activity: "Behaviour Support Service" }))
      .thenFails({ _tag: "DuplicateActivity", activity: "Behaviour Support Service", existingLineId: "behaviour-service" })
  })

  it("refuses positive income, positive savings and negative FTE", () => {
    spec
      .given([drafted])
      .when(setLine({ figures: { ...figures, externalIncome: Money.fromThousands("80.0") } }))
      .thenFails({ _tag: "InvalidFigure", field: "external income" })
    spec
      .given([drafted])
      .when(setLine({ figures: { ...figures, fte: Fte.fromDecimal("-1") } }))
      .thenFails({ _tag: "InvalidFigure", field: "FTE" })
    spec
      .given([drafted])
      .when(
        withAmounts({
          _tag: "SetVariationItem",
          planId,
          itemId: "publicity",
          section: "saving",
          description: "Publicity Saving",
          amount: Money.fromThousands("23")
        })
      )
      .thenFails({ _tag: "InvalidFigure", field: "amount" })
  })

  it("refuses a silent change to an approved plan", () => {
    spec
      .given([drafted, lineAdded, approved])
      .when(setLine({ figures: { ...figures, runningCosts: Money.fromThousands("10.0") } }))
      .thenFails({ _tag: "ApprovedPlanChangeRefused", planId, subject: 'budget line "Behaviour Service"', approvedBy: "Cabinet" })
  })

  it("records a change to an approved plan as a restatement when an authority is given", () => {
    const restatedFigures = { ...figures, runningCosts: Money.fromThousands("10.0") }
    spec
      .given([drafted, lineAdded, approved])
      .when(setLine({ figures: restatedFigures }), { authority: "Cabinet Member decision 09/01234" })
      .then([
        { _tag: "PlanRestated", planId, subject: 'budget line "Behaviour Service"', authority: "Cabinet Member decision 09/01234" },
        {
          _tag: "BudgetLineRevised",
          planId,
          lineId: "behaviour-service",
          cabinetMember: "MD",
          fundingSource: "unspecified",
          figures: restatedFigures,
          stated: {}
        }
      ])
  })

  it("needs no restatement to repeat what an approved plan already holds", () => {
    spec.given([drafted, lineAdded, approved]).when(setLine()).then([])
  })

  it("approves once; revising or re-approving differently afterwards is refused", () => {
    spec
      .given([drafted])
      .when({ _tag: "ApprovePlan", planId, approvedBy: "Cabinet", approvedOn: Period.CalendarDate.make("2009-03-16") })
      .then([approved])
    spec
      .given([drafted, approved])
      .when({ _tag: "ApprovePlan", planId, approvedBy: "Council", approvedOn: Period.CalendarDate.make("2009-03-20") })
      .thenFails({ _tag: "PlanAlreadyApproved" })
    spec
      .given([drafted, approved])
      .when({ _tag: "RevisePlan", planId, revision: "v2" })
      .thenFails({ _tag: "PlanAlreadyApproved", approvedOn: "2009-03-16" })
  })

  it("takes no changes once superseded", () => {
    const superseded: PlanEvent = {
      _tag: "PlanSuperseded",
      planId,
      supersededBy: "lcsp-2010-11",
      supersededOn: Period.CalendarDate.make("2010-04-01")
    }
    spec
      .given([drafted, superseded])
      .when(setLine(), { authority: "anyone" })
      .thenFails({ _tag: "PlanIsSuperseded", supersededBy: ["lcsp-2010-11"] })
  })

  it("is superseded by several plans on one date, each named once", () => {
    const supersededOn = Period.CalendarDate.make("2008-09-01")
    const by = (successor: string): PlanEvent => ({ _tag: "PlanSuperseded", planId, supersededBy: successor, supersededOn })
    spec
      .given([drafted, by("ashford-1-lcypp")])
      .when({ _tag: "SupersedePlan", planId, supersededBy: "cranbrook-paddock-wood-lcypp", supersededOn })
      .then([by("cranbrook-paddock-wood-lcypp")])
    spec
      .given([drafted, by("ashford-1-lcypp")])
      .when({ _tag: "SupersedePlan", planId, supersededBy: "ashford-1-lcypp", supersededOn })
      .then([])
    spec
      .given([drafted, by("ashford-1-lcypp")])
      .when({ _tag: "SupersedePlan", planId, supersededBy: "lcsp-2010-11", supersededOn: Period.CalendarDate.make("2010-04-01") })
      .thenFails({ _tag: "PlanIsSuperseded", supersededBy: ["ashford-1-lcypp"] })
  })

  it("needs an indicator in the plan before its values are reported", () => {
    const report: PlanCommand = {
      _tag: "ReportIndicatorValue",
      planId,
      code: "NI 117",
      area: "kent",
      period,
      kind: "target",
      value: 5.9,
      qualifiers: []
    }
    spec.given([drafted]).when(report).thenFails({ _tag: "IndicatorNotInPlan", code: "NI 117" })
    const indicator: PlanCommand = {
      _tag: "AddPlanIndicator",
      planId,
      code: "NI 117",
      title: "16-18 NEET",
      unit: "percent",
      polarity: "lower-is-better",
      categories: ["LAA"],
      area: "kent"
    }
    const { _tag: _command, ...indicatorFields } = indicator
    const { _tag: _report, ...reportFields } = report
    spec
      .given([drafted])
      .when([indicator, report])
      .then([
        { _tag: "PlanIndicatorAdded", ...indicatorFields },
        { _tag: "IndicatorValueReported", ...reportFields }
      ])
  })

  it("records an unavailable value with its reason, and nothing when it is reported again", () => {
    const indicatorAdded: PlanEvent = {
      _tag: "PlanIndicatorAdded",
      planId,
      code: "NI 69",
      title: "Bullying",
      unit: "percent",
      polarity: "lower-is-better",
      categories: [],
      area: "kent"
    }
    const unavailable: PlanCommand = {
      _tag: "ReportIndicatorUnavailable",
      planId,
      code: "NI 69",
      area: "kent",
      period,
      kind: "estimate",
      reason: "Awaiting direction from DCSF"
    }
    const { _tag, ...fields } = unavailable
    spec
      .given([drafted, indicatorAdded])
      .when(unavailable)
      .then([{ _tag: "IndicatorValueUnavailable", ...fields }])
    spec
      .given([drafted, indicatorAdded, { _tag: "IndicatorValueUnavailable", ...fields }])
      .when(unavailable)
      .then([])
  })

  describe("key-action progress", () => {
    // Ashford 1's first key action and its printed target dates, Kent County Council, Ashford 1
    // LCSP, Local Children and Young People's Plan 2008–2011 (Priority 1).
    const action: PlanEvent = {
      _tag: "KeyActionAdded",
      planId,
      actionId: "Priority 1.1",
      title: "Improve access to services and local pathways",
      leadPartners: ["Education", "CSS", "Health"],
      priorityCodes: ["Priority 1"],
      links: [],
      plannedOutcomes: [],
      targetDates: ["Training by December 08. Fully functioning July 09."],
      funding: "£10,000 – KCF"
    }
    const recordedOn = Period.CalendarDate.make("2009-09-30")
    const progress = (fields: Partial<Extract<PlanCommand, { _tag: "RecordActionProgress" }>>): PlanCommand => ({
      _tag: "RecordActionProgress",
      planId,
      actionId: "Priority 1.1",
      recordedOn,
      status: "on-track",
      ...fields
    })

    it("is recorded only for an action the plan holds", () => {
      spec.given([drafted]).when(progress({})).thenFails({ _tag: "ActionNotInPlan", actionId: "Priority 1.1" })
      spec
        .given([drafted, action])
        .when(progress({ status: "completed", note: "Point of access open" }))
        .then([
          {
            _tag: "ActionProgressRecorded",
            planId,
            actionId: "Priority 1.1",
            recordedOn,
            status: "completed",
            note: "Point of access open"
          }
        ])
    })

    it("needs a new target date to slip and a reason to withdraw", () => {
      spec
        .given([drafted, action])
        .when(progress({ status: "slipped" }))
        .thenFails({ _tag: "ProgressIncomplete", missing: "new target date" })
      spec
        .given([drafted, action])
        .when(progress({ status: "withdrawn" }))
        .thenFails({ _tag: "ProgressIncomplete", missing: "reason (a note)" })
      spec
        .given([drafted, action])
        .when(progress({ status: "slipped", revisedTargetDate: "December 09" }))
        .then([
          {
            _tag: "ActionProgressRecorded",
            planId,
            actionId: "Priority 1.1",
            recordedOn,
            status: "slipped",
            revisedTargetDate: "December 09"
          }
        ])
    })

    it("records the same update again as nothing, and a different one for the same date as a correction", () => {
      const recorded: PlanEvent = { _tag: "ActionProgressRecorded", planId, actionId: "Priority 1.1", recordedOn, status: "on-track" }
      spec.given([drafted, action, recorded]).when(progress({})).then([])
      spec
        .given([drafted, action, recorded])
        .when(progress({ status: "completed" }))
        .then([{ ...recorded, status: "completed" }])
    })

    it("goes on after approval without restating the plan: monitoring is not a change to it", () => {
      spec
        .given([drafted, action, approved])
        .when(progress({}))
        .then([{ _tag: "ActionProgressRecorded", planId, actionId: "Priority 1.1", recordedOn, status: "on-track" }])
    })
  })

  it("lists every command that breaks a rule, with its place, and decides the others", () => {
    const positiveIncome = setLine({ figures: { ...figures, externalIncome: Money.fromThousands("80.0") } })
    const secondLine = setLine({ lineId: "early-years", activity: "Behaviour Service" })
    const violations = PlanDecider.decideEach([positiveIncome, setLine(), secondLine], [{ ...facts, data: drafted }], facts)
    expect(violations.map(({ index, violation }) => [index, violation._tag])).toEqual([
      [0, "InvalidFigure"],
      [2, "DuplicateActivity"]
    ])
  })

  describe("mapping prior-year lines onto this year's", () => {
    // Behaviour Service of the 2009/10 budget table, split here into two lines to map.
    const prior = { controllableExpenditure: Money.fromThousands("849.1"), fte: Fte.fromDecimal("18.8") }
    const support: PlanEvent = { ...lineAdded, lineId: "behaviour-support", activity: "Behaviour Support", prior }
    const outreach: PlanEvent = { ...lineAdded, lineId: "behaviour-outreach", activity: "Behaviour Outreach", prior }
    const split: Extract<BudgetCommand, { _tag: "MapPriorYearLines" }> = {
      _tag: "MapPriorYearLines",
      planId,
      mappingId: "behaviour-split",
      kind: "split",
      priorLineIds: ["behaviour-service"],
      lineIds: ["behaviour-support", "behaviour-outreach"],
      reason: "the Behaviour Service is budgeted as support and outreach"
    }
    const { _tag, ...mapping } = split
    const mapped: PlanEvent = { _tag: "PriorYearLinesMapped", ...mapping }

    it("records a mapping of existing lines, and nothing when it is recorded again", () => {
      spec.given([drafted, support, outreach]).when(split).then([mapped])
      spec.given([drafted, support, outreach, mapped]).when(split).then([])
    })

    it("refuses a mapping naming a line the plan does not have", () => {
      spec
        .given([drafted, support])
        .when(split)
        .thenFails({ _tag: "InvalidLineMapping", mappingId: "behaviour-split", problem: "the plan has no budget line behaviour-outreach" })
    })

    it("refuses a split into one line, and a merge of one line", () => {
      spec
        .given([drafted, support, outreach])
        .when({ ...split, lineIds: ["behaviour-support"] })
        .thenFails({ _tag: "InvalidLineMapping", mappingId: "behaviour-split" })
      spec
        .given([drafted, support, outreach])
        .when({ ...split, kind: "merged" })
        .thenFails({ _tag: "InvalidLineMapping", mappingId: "behaviour-split" })
    })

    it("refuses a line with no prior-year figures, a line mapped twice, and a move without the plan it came from", () => {
      spec
        .given([drafted, support, { ...lineAdded, lineId: "behaviour-outreach", activity: "Behaviour Outreach" }])
        .when(split)
        .thenFails({ _tag: "InvalidLineMapping", problem: 'budget line "Behaviour Outreach" states no prior-year figures to compare' })
      spec
        .given([drafted, support, outreach, mapped])
        .when({ ...split, mappingId: "again" })
        .thenFails({ _tag: "InvalidLineMapping", problem: 'budget line "Behaviour Support" is already mapped by "behaviour-split"' })
      spec
        .given([drafted, support])
        .when({ ...split, kind: "moved-in", lineIds: ["behaviour-support"] })
        .thenFails({ _tag: "InvalidLineMapping", problem: "a moved-in mapping names the plan the lines came from" })
    })
  })

  describe("budget rows printed without a label", () => {
    const continuationFields = lineFields({
      lineId: "behaviour-service-continuation-1",
      activity: undefined,
      rowType: "continuation",
      continues: "behaviour-service"
    })
    const continuation = withAmounts(continuationFields)
    const { _tag, ...continued } = continuationFields
    const continuationAdded: PlanEvent = { ...continued, _tag: "BudgetLineAdded", fundingSource: "unspecified" }

    it("records a continuation of a labelled line, and nothing when it is set again", () => {
      spec.given([drafted, lineAdded]).when(continuation).then([continuationAdded])
      spec.given([drafted, lineAdded, continuationAdded]).when(continuation).then([])
    })

    it("refuses a row with neither label nor row type, or with both", () => {
      spec
        .given([drafted])
        .when(setLine({ activity: undefined }))
        .thenFails({ _tag: "InvalidBudgetLine", problem: "has no activity label and no row type" })
      spec
        .given([drafted])
        .when(setLine({ rowType: "unlabelled" }))
        .thenFails({ _tag: "InvalidBudgetLine", problem: "has an activity label and the row type unlabelled" })
    })

    it("refuses a continuation of a line the plan lacks or of a row without a label, and a line that would change what it is", () => {
      spec.given([drafted]).when(continuation).thenFails({ _tag: "InvalidBudgetLine", problem: "continues no budget line the plan has" })
      spec
        .given([drafted, lineAdded, continuationAdded])
        .when({ ...continuation, lineId: "again", continues: "behaviour-service-continuation-1" })
        .thenFails({ _tag: "InvalidBudgetLine", subject: 'continuation row "again" of budget line "behaviour-service-continuation-1"' })
      spec
        .given([drafted, lineAdded, continuationAdded])
        .when({ ...continuation, rowType: "unlabelled", continues: undefined })
        .thenFails({
          _tag: "InvalidBudgetLine",
          problem: 'was recorded as continuation row "behaviour-service-continuation-1" of budget line "behaviour-service"'
        })
    })

    it("links a line to the plan it carries once, and refuses a line the plan lacks or its own plan", () => {
      const link: PlanCommand = { _tag: "LinkCarriedPlan", planId, lineId: "behaviour-service", carriedPlanId: "ashford-2009-10" }
      const { _tag: _command, ...linked } = link
      spec
        .given([drafted, lineAdded])
        .when(link)
        .then([{ _tag: "BudgetLineCarriesPlan", ...linked }])
      spec
        .given([drafted, lineAdded, { _tag: "BudgetLineCarriesPlan", ...linked }])
        .when(link)
        .then([])
      spec.given([drafted]).when(link).thenFails({ _tag: "InvalidBudgetLine", subject: 'budget line "behaviour-service"' })
      spec
        .given([drafted, lineAdded])
        .when({ ...link, carriedPlanId: planId })
        .thenFails({ _tag: "InvalidBudgetLine", problem: "cannot carry its own plan" })
    })
  })
})
