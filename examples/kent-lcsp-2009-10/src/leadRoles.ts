import type { PlanCommand } from "@plan-ledger/core"

type LeadRole = readonly [code: string, description: string, leadOfficer: string]

/**
 * The lead officer recorded for the eight Kent CYPP priorities: their rows print no lead
 * officer; the heading above them says the LCSPs lead on the priorities' local delivery (working
 * with the County lead officers for the outcomes).
 */
const LCSPS = "LCSPs"

// "Lead Roles" (section 2), table "Key Corporate/Directorate Targets", Kent County Council, LCSP Service Level Business Plan 2009/10:
// every row, in the order printed (descriptions paraphrased; codes and lead officers as printed).
// The plan's code for a 2010 target is its Plan column ("2010") with the target's number
// ("TARGET 16"). Three CYPP priority rows print the number before the word ("KCYPP 5 Priority");
// they are kept as printed.
const LEAD_ROLES: ReadonlyArray<LeadRole> = [
  // The LAA targets owned by the Kent Children's Trust, which all LCSPs support.
  [
    "NI 117",
    "Reduce the number of 16-18 year olds not in education, employment or training",
    "Karla Phillips Strategy, Policy & Performance (Sue Dunn)"
  ],
  [
    "NI 111",
    "Reduce the number of young people in Kent entering the youth justice system for the first time",
    "Angela Slaven Communities Directorate"
  ],
  ["NI 110", "Raise young people's participation in positive activities", "Nigel Baker Communities Directorate"],
  ["NI 55", "Obesity among primary school children in their reception year", "Richard Murrells Children's Health"],
  ["NI 51", "How effective child and adolescent mental health services (CAMHS) are", "Richard Murrells Children's Health (Duncan Ambrose)"],
  ["NI 109", "The number of Sure Start children's centres", "Alex Gamby School Organisation"],
  // The 2010 targets the LCSPs particularly support.
  [
    "2010 TARGET 10",
    "Raise the quality of early years education through stronger links between pre-schools, nurseries and primary schools, so children start primary school better able to learn",
    "School Organisation"
  ],
  [
    "2010 TARGET 11",
    "Help every child do well, with Key Stage 1 and Key Stage 2 results of 7 and 11 year olds rising faster than the national rate",
    "Standards & Achievement"
  ],
  [
    "2010 TARGET 12",
    "Work with headteachers towards zero tolerance of disruptive behaviour, bullying and vandalism in schools",
    "Commissioning"
  ],
  [
    "2010 TARGET 13",
    "Keep offering, and extend, multi-agency support that helps parents with the everyday problems they and their children face",
    "Strategy, Policy & Performance"
  ],
  [
    "2010 TARGET 14",
    "Listen to young people's views and take up their ideas to improve education and life in Kent",
    "Strategy, Policy & Performance"
  ],
  [
    "2010 TARGET 15",
    "Entitle every 13-19 year old student to the best careers guidance, and raise young people's aspirations through master classes given by businesses, entrepreneurs and academics",
    "School Organisation"
  ],
  [
    "2010 TARGET 16",
    "Preparing for employment: grow the 14-16 vocational programme to more than 4,000 students, with a varied curriculum suited to students and to the world of work",
    "School Organisation"
  ],
  [
    "2010 TARGET 51",
    "Promote healthy eating through nutritious school lunches in the Healthy Schools programme and community healthy-eating pilots for parents and carers",
    "Strategy, Policy & Performance"
  ],
  [
    "2010 TARGET 47",
    "Launch initiatives for more competitive sport in schools, after-school sports clubs, inter-school competitions and holiday sports programmes",
    "Standards & Achievement Joint with Communities"
  ],
  [
    "2010 TARGET 55",
    "Plan better for disabled young people's transition from childhood to adulthood and promote their independence",
    "Commissioning Joint with KASS"
  ],
  // The eight high level priorities of the Kent CYPP, whose local delivery the LCSPs lead through
  // the Local Children and Young Peoples Plans.
  [
    "KCYPP Priority 1",
    "Lessen the impact of poverty, generational and situational, on children's lives by tackling its causes and easing its effects (outcomes 1A to 1C)",
    LCSPS
  ],
  [
    "KCYPP Priority 2",
    "Build children's and young people's resilience so they make informed, healthy and safe choices and can cope, focusing on those with emotional or mental health problems (outcomes 2A to 2C)",
    LCSPS
  ],
  [
    "KCYPP Priority 3",
    "Improve parenting through Every Parent Matters and earlier multi-agency support for families in difficulty, including fathers' involvement, domestic violence and substance misuse, and young children's communication (outcomes 3A to 3C)",
    LCSPS
  ],
  ["KCYPP Priority 4", "Better and more stable housing for vulnerable children and young people into early adulthood (outcome 4A)", LCSPS],
  [
    "KCYPP 5 Priority",
    "Improve young carers' achievement and quality of life through the Young Carers Strategy (outcomes 5A to 5D)",
    LCSPS
  ],
  [
    "KCYPP 6 Priority",
    "More things to do and safe places to go for young people, and better outcomes for adolescents at risk, for instance through the Integrated Youth Strategy (outcomes 6A and 6B)",
    LCSPS
  ],
  [
    "KCYPP Priority 7",
    "Raise young people's engagement and participation in education, employment and society to prevent disaffection (outcomes 7A to 7D)",
    LCSPS
  ],
  ["KCYPP 8 Priority", "Reduce how often bullying happens in school and the community, and the harm it does (outcomes 8A to 8C)", LCSPS]
]

/**
 * The codes of the eight Kent CYPP priority rows, as printed.
 *
 * @category data
 * @since 0.2.0
 */
export const KCYPP_PRIORITY_CODES: ReadonlyArray<string> = LEAD_ROLES.map(([code]) => code).filter((code) => code.startsWith("KCYPP"))

/**
 * Every row of the lead roles table: the LAA targets and 2010 targets the LCSPs support, with
 * their lead officers, and the Kent CYPP priorities they lead on locally.
 *
 * @category data
 * @since 0.2.0
 */
export const leadRoleCommands = (planId: string): ReadonlyArray<PlanCommand> =>
  LEAD_ROLES.map(([code, description, leadOfficer]): PlanCommand => ({ _tag: "AssignLeadRole", planId, code, description, leadOfficer }))
