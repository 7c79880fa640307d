import { Period, type PlanCommand } from "@plan-ledger/core"
import { DIRECTORATE_ID } from "./partnerships.js"

type KeyAction = readonly [actionId: string, title: string, accountableManager: string, outcomes: ReadonlyArray<string>, plannedOutcomes: ReadonlyArray<string>, targetDates: ReadonlyArray<string>]

// "LCSP key actions, projects and developments 2009 - 10", Kent County Council, LCSP Service Level Business Plan 2009/10 (titles paraphrased; CYPP
// outcome codes and target dates as printed).
const KEY_ACTIONS: ReadonlyArray<KeyAction> = [
  ["1", "Lead the local implementation of the special units and designations review in pilot LCSPs", "LCSP Managers", ["5B", "7A", "7B"], ["Better local provision and outcomes for children and young people with SEN"], ["Ongoing"]],
  ["3", "Develop existing and new alternative curriculum provision", "LCSP Managers / AC Managers", ["6B", "7C", "7D"], ["Alternative curriculum funding and staffing transferred to LCSPs", "Existing provision reviewed with improvement plans"], ["April 09", "Sept 09"]],
  ["4", "Reduce permanent and fixed-term exclusions and intervene early for pupils at risk", "LCSP Manager", ["7C", "6B", "2A", "2B", "8A"], ["Fewer permanent and fixed-term exclusions", "Less bullying"], ["Ongoing 6 monthly and full year reporting"]],
  ["5", "Improve school attendance, especially for vulnerable groups", "LCSP Manager and EWOs", ["7B", "7C", "5A", "5B", "5C", "5D"], ["Better attendance for all pupils and for vulnerable groups"], ["Ongoing 6 monthly and full year reporting"]],
  ["6", "Develop effective children's centre provision and plan phase 3 centres", "LCSP Manager / Early Years team", ["1C", "7A", "3A", "3B"], ["New centres opened on time", "More vulnerable families engaged"], ["Ongoing 6 monthly and full year reporting"]]
]

/**
 * The plan itself and part of its content: its draft, the NI 117 lead role, key actions and a
 * consultation.
 *
 * @category data
 * @since 0.1.0
 */
export const planContentCommands = (planId: string): ReadonlyArray<PlanCommand> => [
  {
    _tag: "DraftPlan",
    planId,
    kind: "service-business-plan",
    title: "Local Children's Services Partnerships service level business plan 2009/10",
    ownerId: DIRECTORATE_ID,
    period: Period.financialYear("2009/10")
  },
  {
    _tag: "AssignLeadRole",
    planId,
    code: "NI 117",
    description: "Reduce the number of 16-18 year olds not in education, employment or training",
    leadOfficer: "Strategy, Policy & Performance"
  },
  ...KEY_ACTIONS.map(
    ([actionId, title, accountableManager, outcomes, plannedOutcomes, targetDates]): PlanCommand => ({
      _tag: "AddKeyAction",
      planId,
      actionId,
      title,
      accountableManager,
      leadPartners: [],
      priorityCodes: [],
      links: outcomes.map((code) => ({ kind: "cypp-outcome" as const, code })),
      plannedOutcomes,
      targetDates
    })
  ),
  {
    _tag: "RecordConsultation",
    planId,
    consultationId: "lcsp-evaluation",
    name: "LCSP Evaluation",
    dates: "01/03/09 – 01/06/09",
    feedbackDate: "Sept 2009",
    targetGroup: "All LCSPs",
    area: "Kent",
    contractor: "Internally delivered",
    purpose: "Learn how integrated partnership working is developing locally across children's services",
    statutory: false
  }
]
