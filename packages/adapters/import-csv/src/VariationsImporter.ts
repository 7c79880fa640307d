import { Money, type PlanCommand } from "@plan-ledger/core"
import { type Importer } from "@plan-ledger/core/adapters"
import type { CsvOptions } from "./CsvReader.js"
import { printedOnce } from "./PrintedOnce.js"
import { type RowReader, readTable, shown, slug, type TableFormat } from "./Table.js"

/**
 * The variation statement's columns.
 *
 * @category formats
 * @since 0.1.0
 */
export const VARIATIONS_FORMAT: TableFormat = {
  name: "variations",
  required: ["section", "description", "amount"],
  optional: ["justification", "item_id"]
}

const SECTIONS = ["opening", "base-adjustment", "pressure", "saving", "closing"] as const

/**
 * Imports a variation statement: the opening budget, base adjustments, MTP pressures, savings
 * (negative) and the printed closing budget, amounts in £000. An item is identified by its
 * section and its `item_id` (by default made from its description), so the same description under
 * pressure and under saving is two items; the same item twice in one section, or a second opening
 * or closing row, is refused where it stands.
 *
 * @category importers
 * @since 0.1.0
 */
export const importVariations: Importer<CsvOptions> = ({ fileName, planId, options, ...source }) => {
  const seen = new Map<string, number>()
  // A statement prints one opening and one closing budget (see docs/cli.md for why a second is
  // refused rather than kept beside the first).
  const once = printedOnce()
  const printedEnd = (row: RowReader, section: "opening" | "closing", label: string, amount: Money.Amount): PlanCommand | undefined => {
    const fix = `one ${section} row per variation statement — keep the one the plan prints, and put any other figure in base-adjustment, pressure or saving`
    if (!once(row, "section", section, undefined, fix)) return undefined
    return section === "opening"
      ? { _tag: "StateVariationOpening", planId, label, amount }
      : { _tag: "StateVariationClosing", planId, label, amount }
  }
  const { rows, problems } = readTable(fileName, source, options, VARIATIONS_FORMAT, (row): PlanCommand | undefined => {
    const section = row.choice("section", SECTIONS)
    const description = row.requiredText("description", "what the line is, such as Pay")
    const amount = row.optionalMoney("amount", Money.PENCE_PER_THOUSAND)
    if (amount === undefined && row.text("amount") === undefined)
      row.report("amount", "amount is blank", "an amount in £000 such as 9,055 (negative for savings and transfers out)")
    if (section === undefined || description === undefined || amount === undefined) return undefined
    if (section === "opening" || section === "closing") return printedEnd(row, section, description, amount)
    const itemId = row.text("item_id") ?? slug(description)
    if (itemId === "") {
      row.report(
        "description",
        `description ${shown(description)} has no letters or digits to make an item id from`,
        "a description such as Pay, or an item_id"
      )
      return undefined
    }
    const firstLine = seen.get(`${section}:${itemId}`)
    if (firstLine !== undefined) {
      row.report(
        "description",
        `${shown(description)} appears twice in ${section} (first on ${row.lineName(firstLine)})`,
        "each item once, or distinct item_id values"
      )
      return undefined
    }
    seen.set(`${section}:${itemId}`, row.line)
    const justification = row.text("justification")
    if (section === "saving" && amount.pence > 0)
      row.report("amount", `a saving of ${shown(row.text("amount") ?? "")} is positive`, "savings written as negative amounts, such as -23")
    return {
      _tag: "SetVariationItem",
      planId,
      itemId,
      section,
      description,
      amount,
      ...(justification === undefined ? {} : { justification })
    }
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, commands: rows, rows: rows.length }
}
