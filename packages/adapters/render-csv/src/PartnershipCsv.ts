import { type IndicatorRollUp, type PartnershipList, type PartnershipProfile, Period, PopulationRollUp } from "@plan-ledger/core"
import { csvDocument } from "./CsvCell.js"

const { AGE_BANDS } = PopulationRollUp
const count = (value: number | undefined): string => (value === undefined ? "" : String(value))

/**
 * The local partnerships on a date, one row each, and a last row with the county roll-up (the
 * sum of their counts).
 *
 * @category renderers
 * @since 0.3.0
 */
export const partnershipList = (view: PartnershipList.PartnershipList): string =>
  csvDocument(
    [
      "row_type",
      "partnership_id",
      "name",
      "kind",
      "transformed_on",
      "manager",
      "manager_appointed_on",
      "board_established_on",
      ...AGE_BANDS.map((band) => `ages_${band}`)
    ],
    [
      ...view.partnerships.map((partnership) => [
        "partnership",
        partnership.partnershipId,
        partnership.name,
        partnership.kind,
        partnership.transformedOn ?? "",
        partnership.manager?.name ?? "",
        partnership.manager?.appointedOn ?? "",
        partnership.board?.establishedOn ?? "",
        ...AGE_BANDS.map((band) => count(partnership.population[band]?.count))
      ]),
      [
        "county-total",
        view.county?.partnershipId ?? "",
        view.county?.name ?? "",
        "",
        "",
        "",
        "",
        "",
        ...view.rollUp.bands.map((band) => count(band.total))
      ],
      ...(view.county === undefined
        ? []
        : [
            [
              "county-stated",
              view.county.partnershipId,
              view.county.name,
              "",
              "",
              "",
              "",
              "",
              ...view.rollUp.bands.map((band) => count(band.stated))
            ]
          ])
    ]
  )

/**
 * One partnership's dated facts, one row each, in date order.
 *
 * @category renderers
 * @since 0.3.0
 */
export const partnershipProfile = (view: PartnershipProfile.PartnershipProfile): string => {
  const { partnership } = view
  const rows: Array<ReadonlyArray<string>> = [
    ...(partnership.transformedOn === undefined ? [] : [[partnership.transformedOn, "transformed", partnership.kind, ""]]),
    ...partnership.managers.map((manager) => [manager.appointedOn, "manager-appointed", manager.name, ""]),
    ...(partnership.boardEstablishedOn === undefined ? [] : [[partnership.boardEstablishedOn, "board-established", "", ""]]),
    ...partnership.boardAgencies.map((member) => [member.joinedOn, "board-agency", member.agency, ""]),
    ...partnership.populationCounts.map((counted) => [counted.countedOn, "population", `ages ${counted.ageBand}`, String(counted.count)]),
    ...partnership.settingsCounts.map((counted) => [counted.countedOn, "settings", counted.settingKind, String(counted.count)]),
    ...view.plans.map((plan) => ["", "plan", `${plan.planId} (${plan.status})`, ""])
  ]
  return csvDocument(
    ["date", "fact", "subject", "count"],
    rows.sort((left, right) => (left[0] ?? "").localeCompare(right[0] ?? ""))
  )
}

/**
 * An indicator's county roll-up, one row per period and kind.
 *
 * @category renderers
 * @since 0.3.0
 */
export const indicatorRollUp = (view: IndicatorRollUp.IndicatorRollUp): string =>
  csvDocument(
    ["code", "period", "kind", "county_value", "numerator", "denominator", "partnerships", "without_value", "refused"],
    view.refused !== undefined
      ? [[view.code, "", "", "", "", "", "", "", view.refused]]
      : view.rows.map((row) => [
          view.code,
          Period.label(row.period),
          row.kind,
          row.value === undefined ? "" : String(row.value),
          row.basis === undefined ? "" : String(row.basis.numerator),
          row.basis === undefined ? "" : String(row.basis.denominator),
          String(row.areas.length),
          row.missingAreas.join("; "),
          row.refused ?? ""
        ])
  )
