import { type Importer, Money, type PlanCommand } from "@plan-ledger/core"
import { match } from "ts-pattern"
import type { CsvOptions } from "./CsvReader.js"
import { readTable, shown, slug, type TableFormat } from "./Table.js"

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
 * (negative) and the printed closing budget, amounts in £000.
 *
 * @category importers
 * @since 0.1.0
 */
export const importVariations: Importer<CsvOptions> = ({ fileName, planId, options, ...source }) => {
  const seen = new Map<string, number>()
  const { rows, problems } = readTable(fileName, source, options, VARIATIONS_FORMAT, (row): PlanCommand | undefined => {
    const section = row.choice("section", SECTIONS)
    const description = row.requiredText("description", "what the line is, such as Pay")
    const amount = row.optionalMoney("amount", Money.PENCE_PER_THOUSAND)
    if (amount === undefined && row.text("amount") === undefined)
      row.report("amount", "amount is blank", "an amount in £000 such as 9,055 (negative for savings and transfers out)")
    if (section === undefined || description === undefined || amount === undefined) return undefined
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
    return match(section)
      .with("opening", (): PlanCommand => ({ _tag: "StateVariationOpening", planId, label: description, amount }))
      .with("closing", (): PlanCommand => ({ _tag: "StateVariationClosing", planId, label: description, amount }))
      .with("base-adjustment", "pressure", "saving", (itemSection): PlanCommand => {
        if (itemSection === "saving" && amount > 0)
          row.report(
            "amount",
            `a saving of ${shown(row.text("amount") ?? "")} is positive`,
            "savings written as negative amounts, such as -23"
          )
        return {
          _tag: "SetVariationItem",
          planId,
          itemId,
          section: itemSection,
          description,
          amount,
          ...(justification === undefined ? {} : { justification })
        }
      })
      .exhaustive()
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, commands: rows, rows: rows.length }
}
