import {
  type IndicatorRollUp,
  PartnershipList,
  PartnershipOnDate,
  type PartnershipProfile,
  Period,
  PopulationRollUp
} from "@plan-ledger/core"
import { htmlTable } from "./HtmlTable.js"
import { escapeHtml } from "./HtmlText.js"

type Population = PartnershipOnDate.PartnershipOnDate["population"]

const count = (value: number | undefined): string => (value === undefined ? "" : value.toLocaleString("en-GB"))
const populationCells = PopulationRollUp.printedRow
const POPULATION_COLUMNS = PopulationRollUp.PRINTED_HEADINGS.map((heading) => ({ heading, figures: true }))

/**
 * The local partnerships on a date with the county roll-up of their populations, and the bands
 * where the roll-up and the county's own figure disagree.
 *
 * @category renderers
 * @since 0.3.0
 */
export const partnershipListSection = (view: PartnershipList.PartnershipList): string => {
  const totals = Object.fromEntries(view.rollUp.bands.map((band) => [band.ageBand, { count: band.total }])) as Population
  const table = htmlTable(
    `Local partnerships${view.effectiveOn === undefined ? "" : ` on ${view.effectiveOn}`}`,
    [...PartnershipList.FACT_HEADINGS.map((heading) => ({ heading })), ...POPULATION_COLUMNS],
    [
      ...view.partnerships.map((partnership) => ({
        cells: [...PartnershipList.printedFacts(partnership), ...populationCells(partnership.population)]
      })),
      {
        cells: [view.county === undefined ? "Total" : `${view.county.name} total`, "", "", "", ...populationCells(totals)],
        kind: "total" as const
      }
    ]
  )
  const notes = PopulationRollUp.disagreements(view.rollUp).map((sentence) => `<li>${escapeHtml(sentence)}</li>`)
  return notes.length === 0 ? table : `${table}<ul class="findings">${notes.join("")}</ul>`
}

/**
 * One partnership's dated facts and the plans it owns.
 *
 * @category renderers
 * @since 0.3.0
 */
export const partnershipProfileSection = (view: PartnershipProfile.PartnershipProfile): string => {
  const { partnership } = view
  const facts = [
    ...(partnership.transformedOn === undefined
      ? []
      : [[partnership.transformedOn, `transformed from ${view.registeredAs} to ${partnership.kind}`]]),
    ...partnership.managers.map(({ name, appointedOn }) => [appointedOn, `manager appointed: ${name}`]),
    ...(partnership.boardEstablishedOn === undefined ? [] : [[partnership.boardEstablishedOn, "board established"]]),
    ...partnership.boardAgencies.map(({ agency, joinedOn }) => [joinedOn, `on the board: ${agency}`]),
    ...partnership.settingsCounts.map(({ settingKind, count: settings, countedOn }) => [countedOn, `${settings} ${settingKind}(s) served`])
  ].sort((left, right) => (left[0] ?? "").localeCompare(right[0] ?? ""))
  return [
    htmlTable(
      `${partnership.name}: history`,
      [{ heading: "Date" }, { heading: "What happened" }],
      facts.map((cells) => ({ cells }))
    ),
    htmlTable(`${partnership.name}: population`, POPULATION_COLUMNS, [
      { cells: populationCells(PartnershipOnDate.on(partnership, undefined).population) }
    ]),
    htmlTable(
      `${partnership.name}: plans`,
      [{ heading: "Plan" }, { heading: "Title" }, { heading: "Period" }, { heading: "Status" }, { heading: "Superseded by" }],
      view.plans.map((plan) => ({ cells: [plan.planId, plan.title, Period.label(plan.period), plan.status, plan.supersededBy.join(", ")] }))
    )
  ].join("")
}

/**
 * An indicator rolled up to the county, one row per period and kind.
 *
 * @category renderers
 * @since 0.3.0
 */
export const indicatorRollUpSection = (view: IndicatorRollUp.IndicatorRollUp): string =>
  view.refused !== undefined
    ? `<p>Not rolled up: ${escapeHtml(view.refused)}.</p>`
    : htmlTable(
        `${view.code}${view.title === undefined ? "" : ` — ${view.title}`}: county roll-up`,
        [
          { heading: "Period" },
          { heading: "Kind" },
          { heading: "County", figures: true },
          { heading: "Numerator", figures: true },
          { heading: "Denominator", figures: true },
          { heading: "Partnerships", figures: true },
          { heading: "Without a value" },
          { heading: "Not rolled up because" }
        ],
        view.rows.map((row) => ({
          cells: [
            Period.label(row.period),
            row.kind,
            row.value === undefined ? "" : row.value.toLocaleString("en-GB", { maximumFractionDigits: 1 }),
            row.basis === undefined ? "" : count(row.basis.numerator),
            row.basis === undefined ? "" : count(row.basis.denominator),
            String(row.areas.length),
            row.missingAreas.join(", "),
            row.refused ?? ""
          ]
        }))
      )
