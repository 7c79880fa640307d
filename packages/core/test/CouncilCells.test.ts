import { readFileSync } from "node:fs"
import { describe, expect, it } from "vitest"
import * as PlanLinkText from "../src/plan/content/PlanLinkText.js"
import * as Resource from "../src/plan/content/Resource.js"
import * as TargetDate from "../src/plan/content/TargetDate.js"
import { amountsIn } from "../src/plan/content/phrase/AmountPhrase.js"
import { datesIn } from "../src/plan/content/phrase/DatePhrase.js"

// Short cells as printed in public plans and reports of councils other than the bundled Kent
// plans (and of the departments that funded them), each with its source: see the fixture's
// "sources". The grammar is tested on what it was not written for.
interface Corpus {
  readonly sources: ReadonlyArray<{
    readonly id: string
    readonly title: string
    readonly council: string
    readonly year: number
    readonly url: string
  }>
  readonly cells: ReadonlyArray<{ readonly source: string; readonly kind: "amount" | "date" | "codes"; readonly cell: string }>
}

const corpus = JSON.parse(readFileSync(new URL("./fixtures/council-cells.json", import.meta.url), "utf8")) as Corpus
const cellsOf = (kind: Corpus["cells"][number]["kind"]) => corpus.cells.filter((cell) => cell.kind === kind).map(({ cell }) => cell)

// A code-like run a strategy must never swallow: a plan's prefix followed by a number.
const CODE_LIKE = /\b(?:NI|LAA\d?|K?CYPP|KCT|T2010|Towards\s?2010)\s?[-–:]?\s?(?:target\s?|priority\s?)?\d/iu

/** Whether a cell reads completely: every character explained by a rule, nothing left as unread text. */
const completeness = {
  amount: (cell: string) => Resource.parse(cell).unread.length === 0,
  date: (cell: string) => {
    const dates = TargetDate.parse(cell)
    return dates.unread.length === 0 && dates.milestones.length > 0
  },
  codes: (cell: string) => {
    const reading = PlanLinkText.read(cell)
    return reading.unread.length === 0 && reading.malformed.length === 0
  }
}

describe("the council cell corpus", () => {
  it("names a source — title, council, year and address — for every cell", () => {
    const sources = new Set(corpus.sources.map((source) => source.id))
    expect(corpus.cells.filter((cell) => !sources.has(cell.source))).toEqual([])
    expect(corpus.sources.filter((source) => source.title === "" || source.council === "" || !/^https?:\/\//u.test(source.url))).toEqual([])
    expect(corpus.cells.filter((cell) => cell.cell.length > 80)).toEqual([])
  })

  it("takes every figure only from a span the amount grammar reads whole, and lists what it could not read", () => {
    for (const cell of cellsOf("amount")) {
      const resources = Resource.parse(cell)
      for (const part of resources.parts) {
        const printed = cell.slice(part.span.start, part.span.end)
        if (part.kind === "amount" || part.kind === "range") {
          // The part's span is one amount phrase, read again on its own to the same figure.
          const [again, ...more] = amountsIn(printed)
          expect({ cell, printed, span: again?.span, more }).toEqual({ cell, printed, span: { start: 0, end: printed.length }, more: [] })
        }
        if (part.kind === "stated") expect(resources.unread.map((unread) => unread.text)).toContain(part.text)
      }
      // Money the grammar does not read never becomes a figure: no figure's span holds an unread "£".
      const unreadPounds = resources.unread.filter((unread) => unread.text.includes("£"))
      for (const unread of unreadPounds)
        expect(
          resources.parts.filter(
            (part) => part.kind !== "stated" && part.span.start >= unread.span.start && part.span.end <= unread.span.end
          )
        ).toEqual([])
    }
  })

  it("dates every milestone only from a span the date grammar reads whole", () => {
    for (const cell of cellsOf("date")) {
      for (const milestone of TargetDate.parse(cell).milestones) {
        const printed = cell.slice(milestone.span.start, milestone.span.end)
        if (milestone.due.kind === "ongoing" && milestone.due.from !== undefined) continue
        const [again] = datesIn(printed)
        expect({ cell, printed, due: again?.value }).toEqual({ cell, printed, due: milestone.due })
      }
    }
  })

  it("never files a recognisable code as a strategy, and refuses none it reads", () => {
    for (const cell of cellsOf("codes")) {
      const reading = PlanLinkText.read(cell)
      expect({ cell, swallowed: reading.links.filter((link) => link.kind === "strategy" && CODE_LIKE.test(link.code)) }).toEqual({
        cell,
        swallowed: []
      })
      expect({ cell, malformed: reading.malformed }).toEqual({ cell, malformed: [] })
    }
  })

  it("reads most cells completely, and keeps the rest as text with a finding", () => {
    const complete = corpus.cells.filter((cell) => completeness[cell.kind](cell.cell))
    const incomplete = corpus.cells.filter((cell) => !completeness[cell.kind](cell.cell))
    // Every cell not read completely has something to report: unread text, or no date at all.
    for (const { kind, cell } of incomplete) {
      const reported =
        kind === "amount"
          ? Resource.parse(cell).unread.length
          : kind === "date"
            ? TargetDate.parse(cell).unread.length + (TargetDate.parse(cell).milestones.length === 0 ? 1 : 0)
            : PlanLinkText.read(cell).unread.length
      expect({ cell, reported: reported > 0 }).toEqual({ cell, reported: true })
    }
    expect(complete.length + incomplete.length).toBe(corpus.cells.length)
    console.info(
      `council cell corpus: ${corpus.cells.length} cells from ${corpus.sources.length} sources; ${complete.length} read completely (${((100 * complete.length) / corpus.cells.length).toFixed(1)}%)`
    )
  })
})
