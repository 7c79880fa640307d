import { type CrossPlanFindings, Fte, Money } from "@plan-ledger/core"
import { csvDocument } from "./CsvCell.js"

const COLUMNS = ["severity", "code", "subject", "measure", "plan", "figure", "other_plan", "other_figure", "difference", "message"]

const figure = (measure: "money" | "fte", value: number): string =>
  measure === "money" ? Money.formatThousandsExact(Money.Pence.make(value)).replace(/,/g, "") : Fte.formatExact(Fte.Fte.make(value))

/**
 * The cross-plan report, one row per finding (figures in £000 or FTE), then one `info` row per
 * comparison that could not be made, its reason as the message.
 *
 * @category renderers
 * @since 0.3.0
 */
export const crossPlanReport = (report: CrossPlanFindings.CrossPlanReport): string =>
  csvDocument(COLUMNS, [
    ...report.findings.map((finding) => [
      finding.severity,
      finding.code,
      finding.subject,
      finding.measure === "money" ? "£000" : "FTE",
      finding.plan.planId,
      figure(finding.measure, finding.plan.amount),
      finding.otherPlan.planId,
      figure(finding.measure, finding.otherPlan.amount),
      figure(finding.measure, finding.difference),
      finding.message
    ]),
    ...report.notCompared.map((entry) => [
      "info",
      "not-compared",
      entry.subject,
      "",
      entry.planId,
      "",
      entry.otherPlanId ?? "",
      "",
      "",
      entry.reason
    ])
  ])
