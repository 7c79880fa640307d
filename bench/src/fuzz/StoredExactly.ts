import type { PlanLink } from "@plan-ledger/core"

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
 * `;`-separated items; a blank cell is absent (zero only in a budget line's money columns). A row
 * the ledger does not hold at all is a silent change of every cell it has.
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

  /** A statutory cell: `yes`/`no` in any case as a boolean; `not stated` in any case, or a blank, as `"not-stated"`. */
  statutory(column: string, stored: boolean | "not-stated" | undefined): void {
    const written = this.cell(column).toLowerCase().replace(/\s+/g, " ")
    const expected = written === "" || written === "not stated" ? "not-stated" : written === "yes"
    if (expected !== stored) this.differs(column, stored)
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

  /** Plan links: each item's code, with runs of spaces closed up as the link reader documents. */
  links(column: string, stored: ReadonlyArray<PlanLink>): void {
    const expected = listItems(this.cell(column)).map((item) => item.replace(/\s+/gu, " "))
    if (expected.join("\u0000") !== stored.map((link) => link.code).join("\u0000")) this.differs(column, stored)
  }
}

/** The items of a `;`-separated cell. */
export const listItems = (cell: string): ReadonlyArray<string> =>
  cell
    .split(";")
    .map((item) => item.trim())
    .filter((item) => item !== "")

/**
 * The decimal a cell writes, in units of `scale` per whole (100,000 pence per £000, 100 hundredths
 * per FTE), computed with integers: digits, an optional minus sign, an optional point, commas only
 * between groups of three. Anything else, or more decimals than `scale` holds, is `NaN`, which no
 * stored figure equals.
 */
export const scaledDecimal = (cell: string, scale: number): number => {
  const match = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(cell)
  if (match === null) return Number.NaN
  const [, sign = "", whole = "", fraction = ""] = match
  const places = String(scale).length - 1
  const kept = fraction.replace(/0+$/, "")
  if (kept.length > places) return Number.NaN
  const units = BigInt(whole.replace(/,/g, "")) * BigInt(scale) + BigInt(kept.padEnd(places, "0") || "0")
  const value = Number(sign === "-" ? -units : units)
  return value === 0 ? 0 : value
}

/** The id a label gives when no id column does: `Physical & Sensory` → `physical-and-sensory`. */
export const slugOf = (label: string): string =>
  label
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
