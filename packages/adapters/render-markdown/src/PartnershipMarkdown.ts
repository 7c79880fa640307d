import {
  type IndicatorRollUp,
  PartnershipList,
  PartnershipOnDate,
  type PartnershipProfile,
  Period,
  PopulationRollUp
} from "@plan-ledger/core"
import { bold, markdownText as text, table } from "./MarkdownTable.js"

type Population = PartnershipOnDate.PartnershipOnDate["population"]

const count = (value: number | undefined): string => (value === undefined ? "" : value.toLocaleString("en-GB"))
const populationCells = PopulationRollUp.printedRow
const POPULATION_HEADERS = PopulationRollUp.PRINTED_HEADINGS

const rollUpLines = (rollUp: PopulationRollUp.PopulationRollUp): ReadonlyArray<string> => [
  ...rollUp.bands.flatMap((band) =>
    band.partnershipsWithoutCount === 0 ? [] : [`- Ages ${band.ageBand}: ${band.partnershipsWithoutCount} partnership(s) have no count.`]
  ),
  ...PopulationRollUp.disagreements(rollUp).map((sentence) => `- ${sentence}`)
]

/**
 * The local partnerships on a date with their kind, manager, board and population, and the county
 * total built up from them (shares recomputed from the counts).
 *
 * @category renderers
 * @since 0.3.0
 */
export const partnershipList = (view: PartnershipList.PartnershipList): string => {
  const totals = Object.fromEntries(view.rollUp.bands.map((band) => [band.ageBand, { count: band.total }])) as Population
  const findings = rollUpLines(view.rollUp)
  const agreed =
    view.county === undefined ? [] : ["", "The partnerships' counts add up to the county's stated population in every age band."]
  return [
    `## Partnerships${view.effectiveOn === undefined ? "" : ` on ${view.effectiveOn}`}`,
    "",
    view.partnerships.length === 0
      ? "The ledger holds no local partnerships yet."
      : table(
          [...PartnershipList.FACT_HEADINGS, ...POPULATION_HEADERS],
          ["left", "left", "left", "left", ...POPULATION_HEADERS.map((): "right" => "right")],
          [
            ...view.partnerships.map((partnership) => [
              ...PartnershipList.printedFacts(partnership),
              ...populationCells(partnership.population)
            ]),
            [bold(view.county === undefined ? "Total" : `${view.county.name} total`), "", "", "", ...populationCells(totals).map(bold)]
          ]
        ),
    ...(findings.length === 0 ? agreed : ["", ...findings]),
    ""
  ].join("\n")
}

const dated = (what: string, date: string): string => `- ${date}: ${what}`

/**
 * One partnership's story in date order, then the plans it owns and their status.
 *
 * @category renderers
 * @since 0.3.0
 */
export const partnershipProfile = (view: PartnershipProfile.PartnershipProfile): string => {
  const { partnership } = view
  const events = [
    ...(partnership.transformedOn === undefined
      ? []
      : [{ date: partnership.transformedOn, what: `transformed from ${view.registeredAs} to ${partnership.kind}` }]),
    ...partnership.managers.map(({ name, appointedOn }) => ({ date: appointedOn, what: `manager appointed: ${text(name)}` })),
    ...(partnership.boardEstablishedOn === undefined ? [] : [{ date: partnership.boardEstablishedOn, what: "board established" }]),
    ...partnership.boardAgencies.map(({ agency, joinedOn }) => ({ date: joinedOn, what: `on the board: ${text(agency)}` })),
    ...partnership.settingsCounts.map(({ settingKind, count: settings, named, countedOn }) => ({
      date: countedOn,
      what: `${settings} ${settingKind}(s) served${named.length === 0 ? "" : `, among them ${named.map(text).join(", ")}`}`
    }))
  ].sort((left, right) => left.date.localeCompare(right.date))
  const now = PartnershipOnDate.on(partnership, undefined)
  return [
    `## ${text(partnership.name)} (${text(partnership.partnershipId)})`,
    "",
    `- Kind: ${partnership.kind}${partnership.transformedOn === undefined ? "" : ` (registered as a ${view.registeredAs})`}`,
    `- Area: ${text(partnership.area)}`,
    ...(partnership.formerNames.length === 0 ? [] : [`- Former names: ${partnership.formerNames.map(text).join(", ")}`]),
    "",
    "### History",
    "",
    ...(events.length === 0 ? ["Nothing recorded beyond its registration."] : events.map(({ date, what }) => dated(what, date))),
    "",
    "### Population",
    "",
    table(
      POPULATION_HEADERS,
      POPULATION_HEADERS.map((): "right" => "right"),
      [populationCells(now.population)]
    ),
    "",
    "### Plans",
    "",
    view.plans.length === 0
      ? "It owns no plans in the ledger."
      : table(
          ["Plan", "Title", "Kind", "Period", "Status", "Superseded by"],
          ["left", "left", "left", "left", "left", "left"],
          view.plans.map((plan) => [
            plan.planId,
            plan.title,
            plan.kind,
            Period.label(plan.period),
            plan.status,
            plan.supersededBy.join(", ")
          ])
        ),
    ""
  ].join("\n")
}

// A county value to the precision councils print shares and rates in.
const rolledUpValue = (value: number): string => value.toLocaleString("en-GB", { maximumFractionDigits: 1 })

/**
 * An indicator rolled up from the partnerships to the county: one row per period and kind, with
 * the counts behind a share or rate, the partnerships without a value, and why a value is refused.
 *
 * @category renderers
 * @since 0.3.0
 */
export const indicatorRollUp = (view: IndicatorRollUp.IndicatorRollUp): string =>
  [
    `## ${text(view.code)}${view.title === undefined ? "" : ` — ${text(view.title)}`}: county roll-up`,
    "",
    view.refused !== undefined
      ? `Not rolled up: ${text(view.refused)}.`
      : view.rows.length === 0
        ? "No partnership reports a value for it."
        : table(
            ["Period", "Kind", "County", "Numerator", "Denominator", "Partnerships", "Without a value", "Not rolled up because"],
            ["left", "left", "right", "right", "right", "right", "left", "left"],
            view.rows.map((row) => [
              Period.label(row.period),
              row.kind,
              row.value === undefined ? "" : rolledUpValue(row.value),
              row.basis === undefined ? "" : count(row.basis.numerator),
              row.basis === undefined ? "" : count(row.basis.denominator),
              String(row.areas.length),
              row.missingAreas.join(", "),
              row.refused ?? ""
            ])
          ),
    ""
  ].join("\n")
