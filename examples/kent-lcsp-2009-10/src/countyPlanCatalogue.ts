import type { CatalogueCommand } from "@plan-ledger/core"

/**
 * The id of the county Children and Young People's Plan 2008–2011 catalogue.
 *
 * @category identifiers
 * @since 0.2.0
 */
export const COUNTY_PLAN_CATALOGUE_ID = "kent-cypp-2008-11"

type Priority = readonly [code: string, title: string, outcomes: ReadonlyArray<readonly [code: string, title: string]>]

// The eight priorities of the county plan and their lettered outcomes, as the LCSP Service Level
// Business Plan 2009/10 lists them under "Key Corporate/Directorate Targets" (titles paraphrased;
// codes as printed).
const PRIORITIES: ReadonlyArray<Priority> = [
  [
    "1",
    "Reduce the impact of poverty on children's lives",
    [
      ["1A", "Parents are able to work or learn"],
      ["1B", "Children fulfil their potential whatever their family's means"],
      ["1C", "Families struggling with money get help and support"]
    ]
  ],
  [
    "2",
    "Resilience, and informed, healthy and safe choices",
    [
      ["2A", "Children are resilient, with social and emotional skills"],
      ["2B", "Less risk-taking: drugs, alcohol and teenage pregnancy"],
      ["2C", "Fewer children who are not a healthy weight"]
    ]
  ],
  [
    "3",
    "Better parenting and early help for families",
    [
      ["3A", "Parents and carers have help when they need it"],
      ["3B", "Parents have advice for the healthiest start in life"],
      ["3C", "Less domestic violence and substance misuse affecting children"]
    ]
  ],
  [
    "4",
    "Good, stable housing for vulnerable young people",
    [["4A", "Decent and suitable housing for families and vulnerable young people"]]
  ],
  [
    "5",
    "Life chances of vulnerable children, young carers among them",
    [
      ["5A", "Young carers live full and active lives"],
      ["5B", "Disabled children and those with learning difficulties are well served"],
      ["5C", "Looked after children fulfil their potential"],
      ["5D", "Black and minority ethnic children fulfil their potential"]
    ]
  ],
  [
    "6",
    "Things to do and places to go; adolescents at risk",
    [
      ["6A", "Children take part in youth, cultural and community activities"],
      ["6B", "Less youth offending"]
    ]
  ],
  [
    "7",
    "Engagement in education, employment and society",
    [
      ["7A", "Better outcomes in the early years"],
      ["7B", "Better attainment at every key stage, Key Stage 2 above all"],
      ["7C", "Participation and progress through 11-19 education and training"],
      ["7D", "Young people have the skills for further learning and work"]
    ]
  ],
  [
    "8",
    "Children safe and feeling safe; less bullying",
    [
      ["8A", "Less bullying and less harm from it"],
      ["8B", "Less fear of crime and anti-social behaviour involving young people"],
      ["8C", "Vulnerable children are safeguarded"]
    ]
  ]
]

// The county plan's key enablers, lettered as the business plan's key actions cite them ("CYPP key
// enablers A and C"), in the order the plan lists them.
const KEY_ENABLERS: ReadonlyArray<readonly [code: string, title: string]> = [
  ["A", "Integrated service delivery teams"],
  ["B", "Workforce planning and development"],
  ["C", "Integrated processes"],
  ["D", "Participation and involvement of children, young people, parents and carers"]
]

/**
 * The county plan catalogue: its 8 priorities, their 23 lettered outcomes and its 4 key enablers,
 * which local plans link to and `check` looks their links up in.
 *
 * @category data
 * @since 0.2.0
 */
export const countyPlanCatalogueCommands = (catalogueId: string = COUNTY_PLAN_CATALOGUE_ID): ReadonlyArray<CatalogueCommand> => [
  ...PRIORITIES.flatMap(([code, title, outcomes]): ReadonlyArray<CatalogueCommand> => [
    { _tag: "CatalogueCountyPriority", catalogueId, code, title },
    ...outcomes.map(([outcome, outcomeTitle]): CatalogueCommand => ({
      _tag: "CatalogueCountyOutcome",
      catalogueId,
      priorityCode: code,
      code: outcome,
      title: outcomeTitle
    }))
  ]),
  ...KEY_ENABLERS.map(([code, title]): CatalogueCommand => ({ _tag: "CatalogueKeyEnabler", catalogueId, code, title }))
]
