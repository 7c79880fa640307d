import type { PlanCommand, PlanLink } from "@plan-ledger/core"
import { KCYPP_PRIORITY_CODES } from "./leadRoles.js"

interface KeyAction {
  readonly actionId: string
  readonly title: string
  readonly accountableManager: string
  readonly priorityCodes: ReadonlyArray<string>
  readonly links: ReadonlyArray<PlanLink>
  readonly plannedOutcomes: ReadonlyArray<string>
  readonly targetDates: ReadonlyArray<string>
}

const outcomes = (...codes: ReadonlyArray<string>): ReadonlyArray<PlanLink> => codes.map((code) => ({ kind: "cypp-outcome", code }))
const enablers = (...codes: ReadonlyArray<string>): ReadonlyArray<PlanLink> => codes.map((code) => ({ kind: "key-enabler", code }))
/** A printed link that names no code, read as `PlanLinkText` reads it: a named policy or requirement. */
const named = (printed: string): PlanLink => ({ kind: "strategy", code: printed })

const CABINET_DECISION = named("Cabinet decision and member policy")
const ONGOING_REPORTING = ["Ongoing 6 monthly and full year reporting"]

// "LCSP key actions, projects and developments 2009 - 10", Kent County Council, LCSP Service Level Business Plan 2009/10 (section 2, "Core
// Business, Key Actions, Projects and Developments"). Every numbered action, under the plan's own
// number; sub-actions (4.1 and 4.2, ...) belong to their action. Titles and deliverables are
// paraphrased; a/c managers, CYPP outcome and key enabler codes and target dates are as printed,
// one target date per printed entry. The deliverables column is headed "planned for 2008/09" in
// the plan, in a 2009-10 table: they are recorded as this plan's deliverables.
//
// The plan does not print which of its numbered priorities each action serves. An action names
// one only where it takes up that priority's own subject: integrated processes (CAF, lead
// professional) → 6, links with local partnerships and the LSP → 1, safeguarding → 3,
// participation of children, families and community → 5, outcomes through the LCYPP → 4.
// "CYPP all priorities and outcomes" (action 14) links the eight CYPP priorities of the lead
// roles table.
const KEY_ACTIONS: ReadonlyArray<KeyAction> = [
  {
    actionId: "1",
    title: "Lead the local implementation of the special units and designations review in pilot LCSPs",
    accountableManager: "LCSP Managers",
    priorityCodes: [],
    links: [CABINET_DECISION, ...outcomes("5B", "7A", "7B")],
    plannedOutcomes: ["Better local provision for children and young people with SEN", "Better outcomes for pupils with SEN"],
    targetDates: ["Ongoing"]
  },
  {
    actionId: "2",
    title:
      "Improve local services for children and young people with learning difficulties and/or disabilities with LCSP partners and the voluntary and community sector, using the Aiming High programme for new provision for families",
    accountableManager: "LCSP Manager / LCSP Specialist Teachers / Child Health Locality Manager",
    priorityCodes: [],
    links: outcomes("5B", "2A", "3A"),
    plannedOutcomes: [
      "Accurate data on local children and young people with learning difficulties and/or disabilities",
      "Children, young people, families, carers and local providers more involved in developing services",
      "Local services reviewed, with new provision where local needs call for it"
    ],
    targetDates: ["July 09", "Ongoing", "Sept 09 and ongoing"]
  },
  {
    actionId: "3",
    title: "Develop existing and new alternative curriculum provision",
    accountableManager: "LCSP Managers / AC Managers",
    priorityCodes: [],
    links: [CABINET_DECISION, ...outcomes("6B", "7C", "7D")],
    plannedOutcomes: [
      "Alternative curriculum funding and staffing transferred to LCSPs",
      "Existing provision reviewed with improvement plans"
    ],
    targetDates: ["April 09", "Sept 09"]
  },
  {
    actionId: "4",
    title: "Reduce permanent and fixed-term exclusions and intervene early for pupils at risk",
    accountableManager: "LCSP Manager / Specialist teachers and Educational Psychologists",
    priorityCodes: [],
    links: outcomes("7C", "6B", "2A", "2B", "8A"),
    plannedOutcomes: ["Fewer permanent and fixed-term exclusions", "Less bullying"],
    targetDates: ONGOING_REPORTING
  },
  {
    actionId: "5",
    title: "Improve school attendance, especially for vulnerable groups",
    accountableManager: "LCSP Manager and EWOs",
    priorityCodes: [],
    links: outcomes("7B", "7C", "5A", "5B", "5C", "5D"),
    plannedOutcomes: ["Better attendance for all pupils and for particular vulnerable groups", "Better outcomes for vulnerable groups"],
    targetDates: ONGOING_REPORTING
  },
  {
    actionId: "6",
    title: "Develop effective children's centre provision, plan phase 3 centres and bring partners into the programme",
    accountableManager: "LCSP Manager / Early years team / Children's Centre Manager(s)",
    priorityCodes: [],
    links: outcomes("1C", "7A", "3A", "3B"),
    plannedOutcomes: [
      "New centres opened on time",
      "More vulnerable families engaged",
      "More partner services offered through children's centres",
      "Better outcomes for young children"
    ],
    targetDates: ONGOING_REPORTING
  },
  {
    actionId: "7",
    title: "Put CAF and the lead professional function into practice in the LCSP so staff use them to give quick, easy access to services",
    accountableManager: "LCSP Manager",
    priorityCodes: ["6"],
    links: [named("Nationally required"), ...enablers("A", "C")],
    plannedOutcomes: [
      "CAF and the lead professional function in place across all LCSPs",
      "Children, young people, parents and staff judge them positively"
    ],
    targetDates: ["July 2008", "Ongoing"]
  },
  {
    actionId: "8",
    title:
      "Build partnerships between schools and early years settings, and help schools develop provision for young people aged 14 and over with the 14-19 planning forum",
    accountableManager: "LCSP Manager / PEP headteacher / Early Years Team; LCSP Manager / AC Manager",
    priorityCodes: [],
    links: outcomes("7A", "7B", "7C", "7D"),
    plannedOutcomes: [
      "Collaborative projects suited to local schools and settings, with strong engagement from them",
      "Schools and settings give positive feedback",
      "Better Key Stage 4 attainment and progression to further learning",
      "Fewer young people not in education, employment or training"
    ],
    targetDates: ONGOING_REPORTING
  },
  {
    actionId: "9",
    title: "Lead the development of schools' extended services to meet local needs",
    accountableManager: "Extended Schools Development Manager and team",
    priorityCodes: [],
    links: outcomes("3A", "6A", "5A", "5B"),
    plannedOutcomes: ["More extended services offered through schools", "Strong take-up by children, young people and the wider community"],
    targetDates: ONGOING_REPORTING
  },
  {
    actionId: "10",
    title:
      "Strengthen links with other local partnerships, notably the LSP, CSP and 14-19 planning forum, to combine effort, cut fragmentation and duplication and give better value for money",
    accountableManager: "LCSP Manager",
    priorityCodes: ["1"],
    links: enablers("A", "B", "C"),
    plannedOutcomes: [
      "Better partnership working and services in the key areas the LCSP Board names",
      "Better outcomes in key priority areas"
    ],
    targetDates: ONGOING_REPORTING
  },
  {
    actionId: "11",
    title: "Develop early years provision so that individual needs are found as early as possible and young children are ready for school",
    accountableManager: "LCSP and Early Years team",
    priorityCodes: [],
    links: outcomes("7A", "3B"),
    plannedOutcomes: [
      "Better inspection results for early years settings",
      "Strong take-up of the training offered to settings",
      "Better foundation stage results"
    ],
    targetDates: ONGOING_REPORTING
  },
  {
    actionId: "12",
    title: "Make sure LCSP staff understand their safeguarding duties in full, and promote good practice in schools and partner agencies",
    accountableManager: "LCSP Manager",
    priorityCodes: ["3"],
    links: outcomes("8C"),
    plannedOutcomes: [
      "Better advice and guidance for children, young people and families on managing risks such as e-safety",
      "Every school, setting and children's centre fully compliant with safeguarding procedures"
    ],
    targetDates: ONGOING_REPORTING
  },
  {
    actionId: "13",
    title:
      "Develop participation arrangements in the LCSP area, joined up with partners' wherever possible, so the voice of children, young people, families and the community is central to developing services",
    accountableManager: "Extended Schools Development Manager",
    priorityCodes: ["5"],
    links: outcomes("3A", "6A", "5A", "5C"),
    plannedOutcomes: [
      "High participation by children, young people and parents/carers",
      "Clear progress in engaging hard-to-reach groups",
      "Evidence that the views of children, young people and parents are heard and acted on",
      "Positive feedback from children, young people and parents/carers"
    ],
    targetDates: ONGOING_REPORTING
  },
  {
    actionId: "14",
    title: "Improve the key outcomes the Local Children and Young People's Plan identifies for local children, young people and families",
    accountableManager: "LCSP Manager and team",
    priorityCodes: ["4"],
    links: KCYPP_PRIORITY_CODES.map((code) => ({ kind: "cypp-priority", code })),
    plannedOutcomes: ["Better outcomes in key areas"],
    targetDates: ONGOING_REPORTING
  }
]

/**
 * Every key action, project and development of the plan, with its accountable manager, links,
 * deliverables and target dates.
 *
 * @category data
 * @since 0.2.0
 */
export const keyActionCommands = (planId: string): ReadonlyArray<PlanCommand> =>
  KEY_ACTIONS.map((action): PlanCommand => ({ _tag: "AddKeyAction", planId, leadPartners: [], ...action }))
