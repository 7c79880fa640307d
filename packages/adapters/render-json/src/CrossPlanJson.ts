import { type CrossPlanFindings, Fte, Money } from "@plan-ledger/core"

const figure = (measure: "money" | "fte", value: number): number =>
  measure === "money" ? Money.toPounds(Money.Pence.make(value)) : Fte.toNumber(Fte.Fte.make(value))

/**
 * The cross-plan report in the JSON contract of `docs/cli.md`: money in pounds, FTE in FTE.
 *
 * @category contract
 * @since 0.3.0
 */
export const crossPlanReportJson = (report: CrossPlanFindings.CrossPlanReport) => ({
  plan: report.planId ?? null,
  plansCompared: report.plansCompared,
  findings: report.findings.map((finding) => ({
    severity: finding.severity,
    code: finding.code,
    subject: finding.subject,
    message: finding.message,
    measure: finding.measure,
    plan: { id: finding.plan.planId, title: finding.plan.title, figure: figure(finding.measure, finding.plan.amount) },
    otherPlan: { id: finding.otherPlan.planId, title: finding.otherPlan.title, figure: figure(finding.measure, finding.otherPlan.amount) },
    difference: figure(finding.measure, finding.difference),
    tolerance: figure(finding.measure, finding.tolerance)
  })),
  notCompared: report.notCompared.map((entry) => ({
    plan: entry.planId,
    otherPlan: entry.otherPlanId ?? null,
    subject: entry.subject,
    reason: entry.reason
  }))
})
