import type { CatalogueCommand, PlanCommand } from "@plan-ledger/core"

/**
 * The id of the National Indicator Set catalogue (2008).
 *
 * @category identifiers
 * @since 0.2.0
 */
export const NATIONAL_INDICATOR_CATALOGUE_ID = "national-indicator-set-2008"

// "Support to following National Indicators" and the lead roles table of Kent County Council, LCSP
// Service Level Business Plan 2009/10: codes and short titles as printed, without a unit or a
// polarity, which the plan does not state for them.
const SUPPORTED: ReadonlyArray<readonly [code: string, title: string]> = [
  ["NI 51", "Effectiveness of CAMHS"],
  ["NI 54", "Services for disabled children"],
  ["NI 55", "Obesity in primary school age children in Reception"],
  ["NI 56", "Obesity in primary school age children in year 6"],
  ["NI 58", "Emotional and behavioural health of children in care"],
  ["NI 72", "Early Years Foundation Stage: at least 78 points with at least 6 in each personal, social, emotional and communication scale"],
  ["NI 74", "Key Stage 3: level 5 or above in both English and Maths"],
  ["NI 81", "Inequality gap in achieving a Level 3 qualification by 19"],
  ["NI 82", "Inequality gap in achieving a Level 2 qualification by 19"],
  ["NI 86", "Secondary schools judged good or outstanding for behaviour"],
  ["NI 88", "Percentage of schools providing extended services"],
  ["NI 91", "Participation of 17 year-olds in education or training"],
  ["NI 92", "Narrowing the gap between the lowest achieving 20% in the Early Years Foundation Stage Profile and the rest"],
  ["NI 99", "Looked after children reaching level 4 in English at Key Stage 2"],
  ["NI 100", "Children in care reaching level 4 in Maths at Key Stage 2"],
  ["NI 101", "Looked after children achieving 5 A*-C GCSEs including English and Maths"],
  ["NI 102", "Achievement gap between pupils eligible for free school meals and their peers at Key Stages 2 and 4"],
  ["NI 104", "SEN/non-SEN gap at the Key Stage 2 English and Maths threshold"],
  ["NI 105", "SEN/non-SEN gap in 5 A*-C GCSEs including English and Maths"],
  ["NI 106", "Young people from low income backgrounds progressing to higher education"],
  ["NI 109", "Number of Sure Start Children's Centres"],
  ["NI 110", "Young people's participation in positive activities"],
  ["NI 111", "First time entrants to the Youth Justice System aged 10-17"],
  ["NI 112", "Under 18 conception rate"],
  ["NI 115", "Substance misuse by young people"],
  ["NI 116", "Proportion of children in poverty"]
]

/**
 * The National Indicator catalogue the business plan gives: the national indicators of its KPI
 * table (the commands `indicatorCommands` reads from `csv/indicators.csv`) with their units and
 * polarities, and the indicators it supports, by code and title.
 *
 * @category data
 * @since 0.2.0
 */
export const nationalIndicatorCatalogueCommands = (
  kpiTable: ReadonlyArray<PlanCommand>,
  catalogueId: string = NATIONAL_INDICATOR_CATALOGUE_ID
): ReadonlyArray<CatalogueCommand> => [
  ...kpiTable.flatMap((command): ReadonlyArray<CatalogueCommand> =>
    command._tag === "AddPlanIndicator" && command.code.startsWith("NI ")
      ? [
          {
            _tag: "CatalogueNationalIndicator",
            catalogueId,
            code: command.code,
            title: command.title,
            unit: command.unit,
            polarity: command.polarity
          }
        ]
      : []
  ),
  ...SUPPORTED.map(([code, title]): CatalogueCommand => ({ _tag: "CatalogueNationalIndicator", catalogueId, code, title }))
]
