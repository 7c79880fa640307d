import type { DomainEvent } from "../../../event/DomainEvent.js"
import * as Period from "../../../period/Period.js"

// A slice of Kent County Council, Cranbrook and Paddock Wood LCSP, Local Children and Young
// People's Plan 2008–2011 (Key Theme 1: Emotional Well Being), as events: the theme, two of its
// priorities, what parents said, and key actions with the plan's own leads, budgets and links.
// Action titles are paraphrased; codes, leads, amounts and links are as printed.
export const PLAN_ID = "cranbrook-paddock-wood-lcypp"

export const lcyppEvents: ReadonlyArray<DomainEvent> = [
  {
    _tag: "PlanDrafted",
    planId: PLAN_ID,
    kind: "local-children-and-young-peoples-plan",
    title: "Cranbrook and Paddock Wood LCYPP 2008–2011",
    ownerId: "cranbrook-paddock-wood",
    period: Period.MultiYear.make({ from: Period.CalendarDate.make("2008-09-01"), to: Period.CalendarDate.make("2011-08-31") })
  },
  { _tag: "ThemeAdded", planId: PLAN_ID, code: "EWB", name: "Emotional Well Being", ecmOutcome: "be-healthy" },
  {
    _tag: "PlanPriorityAdded",
    planId: PLAN_ID,
    code: "EWB1",
    title: "Clear pathways to counselling and therapeutic services",
    theme: "EWB",
    links: [
      { kind: "strategy", code: "CAMHS Strategy" },
      { kind: "cypp-outcome", code: "Outcome 2d" },
      { kind: "indicator", code: "NI 50" }
    ]
  },
  { _tag: "PlanPriorityAdded", planId: PLAN_ID, code: "EWB2", title: "Build resilience early", theme: "EWB", links: [] },
  {
    _tag: "VoiceRecorded",
    planId: PLAN_ID,
    voiceId: "EWB-parents-1",
    themeCode: "EWB",
    speaker: "parents",
    statement: "Parents want to recognise early signs of distress"
  },
  {
    _tag: "KeyActionAdded",
    planId: PLAN_ID,
    actionId: "EWB1.1",
    title: "Audit current counselling and therapeutic services",
    leadPartners: ["LCSPM", "LCM"],
    priorityCodes: ["EWB1"],
    links: [],
    plannedOutcomes: ["Clear pathways from universal to specialist support"],
    targetDates: ["By: Summer 2009"],
    funding: "Aiming High: £27000"
  },
  {
    _tag: "KeyActionAdded",
    planId: PLAN_ID,
    actionId: "EWB1.2",
    title: "Make sure services work well with schools",
    leadPartners: [],
    priorityCodes: ["EWB1"],
    links: [],
    plannedOutcomes: [],
    targetDates: [],
    funding: "£500"
  }
]
