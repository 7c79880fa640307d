import { Fte, Money, type ReconciliationFindings } from "@plan-ledger/core"
import { fte, type SheetCell, type SheetTable, text, thousands } from "./SheetTable.js"

const figure = (finding: ReconciliationFindings.Finding, value: number): SheetCell =>
  finding.measure === "money" ? thousands(Money.Pence.make(value)) : fte(Fte.Fte.make(value))

/**
 * The reconciliation findings as a sheet: severity, what does not add up, the stated and
 * computed figures and their difference (£000 or FTE), and the message.
 *
 * @category sheets
 * @since 0.1.0
 */
export const findingsSheet = (findings: ReadonlyArray<ReconciliationFindings.Finding>): SheetTable => ({
  name: "Findings",
  headers: ["Severity", "Code", "Subject", "Measure", "Stated", "Computed", "Difference", "Finding"],
  rows: findings.map((finding) => ({
    cells: [
      text(finding.severity),
      text(finding.code),
      text(finding.subject),
      text(finding.measure === "money" ? "£000" : "FTE"),
      figure(finding, finding.stated),
      figure(finding, finding.computed),
      figure(finding, finding.difference),
      text(finding.message)
    ]
  })),
  notes: findings.length === 0 ? ["Every published figure adds up."] : []
})
