import type { PlanCommand, PlanLink } from "@plan-ledger/core"

type Priority = readonly [code: string, title: string, links: ReadonlyArray<PlanLink>]

const KENT_CYPP: PlanLink = { kind: "strategy", code: "Kent Children and Young Peoples Plan" }
const LCYPP: PlanLink = { kind: "strategy", code: "Local Children and Young Peoples Plan" }

// "The LCSP will fulfill its core purpose by:", Kent County Council, LCSP Service Level Business Plan 2009/10 (introduction, "Core
// Purpose of Local Children Services Partnerships"): ten numbered ways the LCSPs will fulfil their
// core purpose, recorded as the plan's priorities under the plan's own numbers (titles
// paraphrased). The plan groups them under no theme. Links name only the plans these items name
// themselves: the Kent Children and Young Peoples Plan and the Local Children and Young Peoples
// Plan.
const PRIORITIES: ReadonlyArray<Priority> = [
  [
    "1",
    "Put the Kent Children and Young People's Plan and county targets into effect locally, with partners committed to children's wellbeing and life chances, liaising with the Local Strategic Partnership and other local partnerships",
    [KENT_CYPP]
  ],
  [
    "2",
    "Build a shared understanding of local children's, families' and communities' needs through multi-agency needs analysis of national, county and local data and feedback",
    []
  ],
  [
    "3",
    "Champion the wellbeing of all children and young people and keep them safe from harm, working with the local Kent Safeguarding Children Board",
    []
  ],
  [
    "4",
    "Agree and drive forward the priorities of this business plan and the Local Children and Young People's Plan: delivery strategies, implementation plans, intended outcomes and joint working",
    [LCYPP]
  ],
  [
    "5",
    "Engage children, young people, families and the wider community directly in identifying issues and in developing and improving services",
    []
  ],
  [
    "6",
    "Promote integrated working across professions and partnerships with early identification and intervention, and make CAF, the lead professional function and ContactPoint work well",
    []
  ],
  ["7", "Manage performance effectively, acting where needed to keep the focus and manage risk", []],
  [
    "8",
    "Oversee the contracting, procurement and finance arising from this business plan and the Local Children and Young People's Plan, within KCC and partnership rules",
    [LCYPP]
  ],
  ["9", "Direct mainstream and additional funding towards better outcomes for children and young people and value for money", []],
  [
    "10",
    "Promote local community cohesion and economic regeneration strategies with the Local Strategic Partnership and other local partnerships",
    []
  ]
]

/**
 * The plan's priorities: the ten numbered ways the LCSPs will fulfil their core purpose.
 *
 * @category data
 * @since 0.2.0
 */
export const priorityCommands = (planId: string): ReadonlyArray<PlanCommand> =>
  PRIORITIES.map(([code, title, links]): PlanCommand => ({ _tag: "AddPriority", planId, code, title, links }))
