import { describe, expect, it } from "vitest"
import type { DomainEvent } from "../../../event/DomainEvent.js"
import * as LedgerState from "../../../ledger/LedgerState.js"
import * as Period from "../../../period/Period.js"
import { foldable } from "../../../testkit/foldable.js"
import { viewOf } from "../../../testkit/viewOf.js"
import * as ContentFindings from "./ContentFindings.js"
import { lcyppEvents, PLAN_ID } from "./PlanContent.fixture.js"

const findingsOn = async (today: string, extra: ReadonlyArray<DomainEvent> = []) =>
  viewOf(ContentFindings.project(await LedgerState.replay(foldable([...lcyppEvents, ...extra])), PLAN_ID, { today }))

const codesOf = (findings: ReadonlyArray<ContentFindings.ContentFinding>) => findings.map((finding) => `${finding.code} ${finding.subject}`)

describe("content findings", () => {
  it("names the gaps an officer would fix", async () => {
    expect(codesOf(await findingsOn("2009-06-01"))).toEqual([
      "priority-without-action priority EWB2",
      "action-without-lead key action EWB1.2",
      "action-without-target-date key action EWB1.2",
      "resource-without-funding-source key action EWB1.2"
    ])
  })

  it("reports an overdue action without a progress update since it fell due, and not once progress is recorded", async () => {
    expect(codesOf(await findingsOn("2009-09-01"))).toContain("overdue-without-progress key action EWB1.1")
    const slipped: DomainEvent = {
      _tag: "ActionProgressRecorded",
      planId: PLAN_ID,
      actionId: "EWB1.1",
      recordedOn: Period.CalendarDate.make("2009-09-15"),
      status: "slipped",
      revisedTargetDate: "December 09"
    }
    expect(codesOf(await findingsOn("2009-10-01", [slipped]))).not.toContain("overdue-without-progress key action EWB1.1")
  })

  it("checks links against the reference catalogues once one of their kind is recorded", async () => {
    expect(codesOf(await findingsOn("2009-06-01")).filter((code) => code.startsWith("link-not-in-catalogue"))).toEqual([])
    // Outcome 2D is in the county plan; NI 50 is not catalogued in this ledger.
    const catalogue: ReadonlyArray<DomainEvent> = [
      { _tag: "CountyOutcomeCatalogued", catalogueId: "kcypp", priorityCode: "2", code: "2D", title: "Emotional health and well-being" },
      {
        _tag: "NationalIndicatorCatalogued",
        catalogueId: "ni",
        code: "NI 117",
        title: "16 to 18 year olds not in education, employment or training",
        unit: "percent",
        polarity: "lower-is-better"
      }
    ]
    expect(codesOf(await findingsOn("2009-06-01", catalogue)).filter((code) => code.startsWith("link-not-in-catalogue"))).toEqual([
      "link-not-in-catalogue priority EWB1"
    ])
  })

  it("reports text a rule did not read in resources, target dates and links, and never takes ongoing work from a date as overdue", async () => {
    const unseen: DomainEvent = {
      _tag: "KeyActionAdded",
      planId: PLAN_ID,
      actionId: "EWB1.3",
      title: "Extend the counselling service",
      accountableManager: "LCSPM",
      priorityCodes: ["EWB1"],
      leadPartners: [],
      links: [],
      linksStated: "Lead LAA NI 117; NI 113 Prevalence of Chlamydia in under 20 years olds",
      plannedOutcomes: [],
      targetDates: ["April 2008 and ongoing"],
      funding: "£15 000 from KCF"
    }
    const findings = await findingsOn("2010-06-01", [unseen])
    // The resources hold no amount the grammar reads, so none lacks a source; ongoing work is never overdue.
    expect(findings.filter((finding) => finding.subject === "key action EWB1.3").map((finding) => finding.message)).toEqual([
      "key action EWB1.3: unread text in resources: `£15 000 from KCF` — kept as printed; no figure, date or code is taken from it",
      "key action EWB1.3: unread text in links: `Prevalence of Chlamydia in under 20 years olds` — kept as printed; no figure, date or code is taken from it"
    ])
  })
})
