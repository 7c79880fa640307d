import type { PlanCommand } from "@plan-ledger/core"

// "Consultation Exercises, Satisfaction Surveys, Reviews", Kent County Council, LCSP Service Level Business Plan 2009/10 (section 2): every
// row, in the order printed. Names, dates, target groups, areas, contractors and contacts as
// printed (a blank cell is left out); what each wants to find out is paraphrased. None is
// statutory.

/**
 * The plan's three consultations, surveys and reviews.
 *
 * @category data
 * @since 0.2.0
 */
export const consultationCommands = (planId: string): ReadonlyArray<PlanCommand> => [
  {
    _tag: "RecordConsultation",
    planId,
    consultationId: "nfer-pupil-survey",
    name: "Support for the NFER Pupil Survey",
    targetGroup: "All Kent pupils (approx 235,000 children)",
    area: "Kent",
    contractor: "NFER",
    purpose: "Find out what children and young people think of their lives under the five Every Child Matters outcomes",
    statutory: false,
    contact: "Anthony Mort"
  },
  {
    _tag: "RecordConsultation",
    planId,
    consultationId: "lcsp-participation",
    name: "LCSP ongoing participation arrangements",
    dates: "ongoing",
    feedbackDate: "ongoing",
    targetGroup: "varied",
    area: "LCSP",
    contractor: "Locally determined",
    purpose:
      "Give children, young people, parents and carers continuing chances to say what they think of their lives and of the services they use",
    statutory: false,
    contact: "LCSP Manager"
  },
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
    statutory: false,
    contact: "Joy Ackroyd"
  }
]
