import type { PlanLink } from "@plan-ledger/core"
import { readingOf } from "./PrintedCodes.js"

/** Pence in £1,000: the unit of an amount's figure. */
const PENCE_PER_THOUSAND = 100_000

/**
 * A cell of an accepted file whose stored value is not what the cell says: the file's line, the
 * column, the cell as written and what the ledger holds instead.
 */
export interface SilentChange {
  readonly line: number
  readonly column: string
  readonly cell: string
  readonly stored: string
}

/**
 * Compares what the ledger holds for one row with what its cells say, by the rules the importers
 * document — and nothing looser: text is the cell without its surrounding spaces, line breaks
 * inside kept as written; an amount or FTE figure is the decimal the cell writes, to the penny or
 * hundredth, read here on its own with integers (never with the importers' reader); a list is its
 * `;`-separated items; a link cell is its printed items' links, each with its kind, as the rules
 * read them (`PrintedCodes.ts`), and the cell as printed; a fixed value is read in any case; a
 * blank cell is absent (zero only in a budget line's money columns). A code naming what the plan
 * must define is one it defines. A row the ledger does not hold at all is a silent change of every
 * cell it has.
 */
export class RowCheck {
  readonly changes: Array<SilentChange> = []

  constructor(
    private readonly line: number,
    private readonly cells: Readonly<Record<string, string>>
  ) {}

  cell(column: string): string {
    return (this.cells[column] ?? "").trim()
  }

  /** A cell of a fixed value (a row type, a section, a kind), read in any case as the rules read it. */
  word(column: string): string {
    return this.cell(column).toLowerCase()
  }

  /** The row is not in the ledger: every cell it holds was lost. */
  missing(what: string): void {
    for (const [column, cell] of Object.entries(this.cells))
      if (cell.trim() !== "") this.changes.push({ line: this.line, column, cell, stored: `no ${what}` })
  }

  private differs(column: string, stored: unknown): void {
    this.changes.push({
      line: this.line,
      column,
      cell: this.cells[column] ?? "",
      stored: stored === undefined ? "nothing" : JSON.stringify(stored)
    })
  }

  /** A text cell: stored as written, or absent when blank. */
  text(column: string, stored: string | undefined): void {
    const expected = this.cell(column)
    if ((expected === "" ? undefined : expected) !== stored) this.differs(column, stored)
  }

  /** A cell that must be one of a set of words, in any case: stored as that word, or absent when blank. */
  choice(column: string, values: ReadonlyArray<string>, stored: string | undefined): void {
    const written = this.cell(column).toLowerCase()
    const expected = written === "" ? undefined : values.find((value) => value === written)
    if (expected !== stored || (written !== "" && expected === undefined)) this.differs(column, stored)
  }

  /** Whether a consultation is statutory: `yes`, `no` or `not stated` in any case; blank is not stated. */
  statutory(column: string, stored: boolean | "not-stated"): void {
    const expected = { yes: true, no: false, "not stated": "not-stated", "": "not-stated" }[this.cell(column).toLowerCase()]
    if (expected !== stored) this.differs(column, stored)
  }

  /**
   * A cell naming what the plan must define (a priority's theme, an action's priorities, the
   * action a risk threatens): an accepted file's every such code is one the plan now defines.
   */
  defined(column: string, codes: ReadonlyArray<string>, defines: (code: string) => boolean): void {
    for (const code of codes.filter((named) => !defines(named)))
      this.changes.push({
        line: this.line,
        column,
        cell: this.cells[column] ?? "",
        stored: `a reference to "${code}", which the plan does not define`
      })
  }

  /** An amount or FTE figure in units of `scale` (pence per £000, hundredths per FTE); `blank` is what a blank cell means. */
  decimal(column: string, scale: number, stored: number | undefined, blank: number | undefined): void {
    const expected = this.cell(column) === "" ? blank : scaledDecimal(this.cell(column), scale)
    if (expected !== stored) this.differs(column, stored)
  }

  /** An indicator's value: the plain decimal the cell writes, with or without a `%`. */
  number(column: string, stored: number | undefined): void {
    const written = this.cell(column).replace(/%$/, "").trim().replace(/,/g, "")
    const expected = written === "" ? undefined : /^-?\d+(\.\d+)?$/.test(written) ? Number(written) : Number.NaN
    if (expected !== stored) this.differs(column, stored)
  }

  /** A `;`-separated list: its items, each without its surrounding spaces, blanks left out. */
  list(column: string, stored: ReadonlyArray<string>): void {
    const expected = listItems(this.cell(column))
    if (expected.join("\u0000") !== stored.join("\u0000")) this.differs(column, stored)
  }

  /** A cell read as items by its own rule (a lead's partners, split at `/`). */
  items(column: string, expected: ReadonlyArray<string>, stored: ReadonlyArray<string>): void {
    if (expected.join("\u0000") !== stored.join("\u0000")) this.differs(column, stored)
  }

  /**
   * A link cell: its links as the rules read each printed item, each with its kind and code, in
   * order, and the cell kept as printed (absent when blank).
   */
  links(column: string, stored: ReadonlyArray<PlanLink>, stated: string | undefined): void {
    const expected = readingOf(this.cell(column))
    if (expected === undefined || !sameLinks(expected, stored)) this.differs(column, stored)
    this.text(column, stated)
  }

  /**
   * A lead role's code cell: the code as printed, and the links it names each with its kind —
   * listed unless the cell is the one code it reads as, whose link is then the code itself.
   */
  leadCodes(column: string, code: string, stored: ReadonlyArray<PlanLink> | undefined): void {
    this.text(column, code)
    const expected = readingOf(this.cell(column))
    const single = expected !== undefined && expected.length === 1 && expected[0]?.code === this.cell(column)
    const held = stored ?? (single ? expected : undefined)
    if (expected === undefined || held === undefined || !sameLinks(expected, held)) this.differs(column, stored)
  }
}

const sameLinks = (expected: ReadonlyArray<PlanLink>, stored: ReadonlyArray<PlanLink>): boolean =>
  expected.length === stored.length &&
  expected.every((link, index) => link.kind === stored[index]?.kind && link.code === stored[index]?.code)

/** The items of a `;`-separated cell. */
export const listItems = (cell: string): ReadonlyArray<string> =>
  cell
    .split(";")
    .map((item) => item.trim())
    .filter((item) => item !== "")

/**
 * The decimal a cell writes, in units of `scale` per whole (100,000 pence per £000, 100 hundredths
 * per FTE), computed with integers: digits, an optional minus sign, an optional point, commas only
 * between groups of three — and what Excel's currency and accounting formats print, as the figure
 * columns document: a `£` before an amount (`£210.40`, `-£15.0`), parentheses for a negative
 * figure (`(15.0)`), a lone dash for zero. Anything else, or more decimals than `scale` holds, is
 * `NaN`, which no stored figure equals.
 */
export const scaledDecimal = (cell: string, scale: number): number => {
  if (cell === "-") return 0
  const bracketed = /^\((.*)\)$/.exec(cell)
  const inside = bracketed?.[1] ?? cell
  const pounds = scale === PENCE_PER_THOUSAND ? /^(-?)£(.*)$/.exec(inside) : null
  const written = pounds === null ? inside : `${pounds[1] ?? ""}${pounds[2] ?? ""}`
  const match = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(written)
  if (match === null || (bracketed !== null && written.startsWith("-"))) return Number.NaN
  const [, minus = "", whole = "", fraction = ""] = match
  const places = String(scale).length - 1
  const kept = fraction.replace(/0+$/, "")
  if (kept.length > places) return Number.NaN
  const units = BigInt(whole.replace(/,/g, "")) * BigInt(scale) + BigInt(kept.padEnd(places, "0") || "0")
  const value = Number(minus === "-" || bracketed !== null ? -units : units)
  return value === 0 ? 0 : value
}

/** The id a label gives when no id column does: `Physical & Sensory` → `physical-and-sensory`. */
export const slugOf = (label: string): string =>
  label
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
