import { type CrossPlanFindings, FindingFigure } from "@plan-ledger/core"
import { bold, markdownText as text, table } from "./MarkdownTable.js"

const planCell = (side: CrossPlanFindings.PlanFigure): string => `${side.title} (${side.planId})`

/**
 * The cross-plan report: a table of the figures that differ, each with both plans, both figures
 * and the difference, then each finding's message and the comparisons that could not be made.
 *
 * @category renderers
 * @since 0.3.0
 */
export const crossPlanReport = (report: CrossPlanFindings.CrossPlanReport): string => {
  const heading = `## Cross-plan findings${report.planId === undefined ? "" : ` — ${text(report.planId)} and its related plans`}`
  const findings =
    report.findings.length === 0
      ? [
          `Every figure that appears in two places agrees (${report.plansCompared} ${report.plansCompared === 1 ? "plan" : "plans"} compared).`
        ]
      : [
          table(
            ["Severity", "Code", "Subject", "Plan", "Figure", "Other plan", "Figure", "Difference"],
            ["left", "left", "left", "left", "right", "left", "right", "right"],
            report.findings.map((finding) => [
              bold(finding.severity),
              finding.code,
              finding.subject,
              planCell(finding.plan),
              FindingFigure.inText(finding.measure, finding.plan.amount),
              planCell(finding.otherPlan),
              FindingFigure.inText(finding.measure, finding.otherPlan.amount),
              FindingFigure.inText(finding.measure, finding.difference)
            ])
          ),
          "",
          ...report.findings.map((finding) => `- ${text(finding.message)}`)
        ]
  const notCompared =
    report.notCompared.length === 0
      ? []
      : [
          "",
          "### Not compared",
          "",
          ...report.notCompared.map((entry) => `- ${text(`${entry.planId}: ${entry.subject} — ${entry.reason}`)}`)
        ]
  return [heading, "", ...findings, ...notCompared, ""].join("\n")
}
