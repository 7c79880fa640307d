import { PartnershipList, PopulationRollUp } from "@plan-ledger/core"
import { address, blank, formula, rowNumber, type SheetCell, type SheetRow, type SheetTable, text } from "./SheetTable.js"

type Population = PartnershipList.PartnershipList["partnerships"][number]["population"]

// Partnership, kind, manager, board, then the 0-19 count and, for every other band, its count and share.
const FIRST_FIGURE = 5
const countColumn = (bandIndex: number): number => (bandIndex === 0 ? FIRST_FIGURE : FIRST_FIGURE + 2 * bandIndex - 1)
const whole = (count: number | undefined): SheetCell => (count === undefined ? blank : { _tag: "Figure", value: count, format: "general" })

// A band's share of the 0-19 population, as a formula over the row's own counts.
const shareCell = (row: number, bandIndex: number, population: Population): SheetCell => {
  const fraction = PopulationRollUp.share(population, PopulationRollUp.AGE_BANDS[bandIndex] ?? "0-19")
  return fraction === undefined
    ? blank
    : formula(
        `${address(countColumn(bandIndex), row)}/${address(countColumn(0), row)}`,
        fraction.numerator / fraction.denominator,
        "percent"
      )
}

const populationCells = (row: number, population: Population, countOf: (bandIndex: number) => SheetCell): ReadonlyArray<SheetCell> =>
  PopulationRollUp.AGE_BANDS.flatMap((_, bandIndex) =>
    bandIndex === 0 ? [countOf(0)] : [countOf(bandIndex), shareCell(row, bandIndex, population)]
  )

/**
 * The local partnerships on a date as a sheet: kind, manager, board and population by age band,
 * each band's share of the 0–19 population as a formula over the row's counts, and the county
 * total as SUM formulas over the partnerships (cached with the roll-up's figures). When the
 * county states its own population, that row follows, and the notes name any band where the two
 * disagree.
 *
 * @category sheets
 * @since 0.3.0
 */
export const partnershipsSheet = (view: PartnershipList.PartnershipList): SheetTable => {
  const rows: Array<SheetRow> = view.partnerships.map((partnership, index) => ({
    cells: [
      ...PartnershipList.printedFacts(partnership).map(text),
      ...populationCells(rowNumber(index), partnership.population, (bandIndex) =>
        whole(partnership.population[PopulationRollUp.AGE_BANDS[bandIndex] ?? "0-19"]?.count)
      )
    ]
  }))
  const totals = Object.fromEntries(view.rollUp.bands.map((band) => [band.ageBand, { count: band.total }])) as Population
  const totalRow = rowNumber(rows.length)
  const lastPartnershipRow = rowNumber(view.partnerships.length - 1)
  rows.push({
    cells: [
      text(view.county === undefined ? "Total" : `${view.county.name} total`),
      blank,
      blank,
      blank,
      ...populationCells(totalRow, totals, (bandIndex) => {
        const column = countColumn(bandIndex)
        const total = view.rollUp.bands[bandIndex]?.total ?? 0
        return view.partnerships.length === 0
          ? whole(total)
          : formula(`SUM(${address(column, rowNumber(0))}:${address(column, lastPartnershipRow)})`, total, "general")
      })
    ],
    bold: true
  })
  const county = view.county
  if (county !== undefined && view.rollUp.bands.some((band) => band.stated !== undefined))
    rows.push({
      cells: [
        text(`${county.name} (as stated)`),
        text(county.kind),
        blank,
        blank,
        ...populationCells(rowNumber(rows.length), county.population, (bandIndex) => whole(view.rollUp.bands[bandIndex]?.stated))
      ]
    })
  return {
    name: "Partnerships",
    headers: [...PartnershipList.FACT_HEADINGS, ...PopulationRollUp.PRINTED_HEADINGS],
    rows,
    notes: [
      ...(view.effectiveOn === undefined ? [] : [`As they stood on ${view.effectiveOn}.`]),
      ...PopulationRollUp.disagreements(view.rollUp)
    ]
  }
}
