import { type CrossPlanFindings, FindingFigure } from "@plan-ledger/core"
import { htmlTable } from "./HtmlTable.js"
import { escapeHtml } from "./HtmlText.js"

const planCell = (side: CrossPlanFindings.PlanFigure): string => `${side.title} (${side.planId})`

/**
 * The cross-plan report as a table — severity in words, both plans, both figures and the
 * difference — then the comparisons that could not be made.
 *
 * @category renderers
 * @since 0.3.0
 */
export const crossPlanSection = (report: CrossPlanFindings.CrossPlanReport): string => {
  const findings =
    report.findings.length === 0
      ? `<p>Every figure that appears in two places agrees (${report.plansCompared} ${report.plansCompared === 1 ? "plan" : "plans"} compared).</p>`
      : htmlTable(
          "Figures that appear in two places and differ",
          [
            { heading: "Subject" },
            { heading: "Severity" },
            { heading: "Plan" },
            { heading: "Figure", figures: true },
            { heading: "Other plan" },
            { heading: "Figure", figures: true },
            { heading: "Difference", figures: true }
          ],
          report.findings.map((finding) => ({
            cells: [
              finding.subject,
              finding.severity === "error" ? "Error" : "Warning",
              planCell(finding.plan),
              FindingFigure.inText(finding.measure, finding.plan.amount),
              planCell(finding.otherPlan),
              FindingFigure.inText(finding.measure, finding.otherPlan.amount),
              FindingFigure.inText(finding.measure, finding.difference)
            ]
          }))
        )
  const notCompared =
    report.notCompared.length === 0
      ? ""
      : `<ul class="not-compared" aria-label="Not compared">${report.notCompared
          .map((entry) => `<li>${escapeHtml(`${entry.planId}: ${entry.subject} — ${entry.reason}`)}</li>`)
          .join("")}</ul>`
  return `${findings}${notCompared}`
}
