import { Period, type PlanReport } from "@plan-ledger/core"
import { type Renderer } from "@plan-ledger/core/adapters"
import { checkingSection, type ReportPublication } from "./CheckingSection.js"
import { budgetSection, findingsSection, scorecardSection, staffingSection, variationSection } from "./FigureSections.js"
import { htmlDocument, type Section } from "./HtmlDocument.js"
import { crossPlanSection } from "./CrossPlanSection.js"
import { indicatorRollUpSection, partnershipListSection, partnershipProfileSection } from "./CountySections.js"
import { subjectAccessSection } from "./SubjectAccessSection.js"
import { actionsSection, contentFindingsSection, diffSection, historySection, planListSection, planSection } from "./PlanSections.js"

const GENERATED = "Made by plan-ledger from the events of its ledger."

const single = (title: string, id: string, body: string): string => htmlDocument(title, GENERATED, [{ id, heading: title, body }])

/**
 * The HTML output adapter for one view: each view as a self-contained document — no script, no
 * request, tables a screen reader can follow, charts drawn as inline SVG with a text alternative,
 * a print stylesheet for A4. A view alone carries no reconciliation findings (`check` prints
 * them); {@link htmlReport} shows them next to the figures they concern.
 *
 * @example
 * import { writeFileSync } from "node:fs"
 * import { BudgetStatement, InMemoryEventStore, Ledger } from "@plan-ledger/core"
 * const state = await Ledger.make({ store: InMemoryEventStore.make() }).state()
 * const budget = BudgetStatement.project(state, "lcsp-2009-10")
 * import { htmlRenderer } from "@plan-ledger/render-html"
 * if (budget._tag === "Success") writeFileSync("budget.html", await htmlRenderer.budgetStatement(budget.success))
 *
 * @category renderers
 * @since 0.1.0
 */
export const htmlRenderer: Renderer<Promise<string>> = {
  format: "html",
  currentPlan: async (view) => single(view.title, "plan", planSection(view)),
  budgetStatement: async (view) =>
    single(`Budget statement — ${view.title} (${Period.label(view.period)})`, "budget", budgetSection(view, [])),
  variationStatement: async (view) => single(`Variation statement — ${view.planId}`, "variations", await variationSection(view, [])),
  staffingTotals: async (view) => single(`Staffing — ${view.planId}`, "staffing", await staffingSection(view, undefined, [])),
  scorecard: async (view) =>
    single(`Indicator scorecard — ${view.planId} (${Period.label(view.period)})`, "scorecard", await scorecardSection(view)),
  findings: async (findings) => single("Reconciliation findings", "findings", findingsSection(findings)),
  contentFindings: async (findings) => single("Plan content findings", "content-findings", contentFindingsSection(findings)),
  checkReport: async (findings, contentFindings) =>
    htmlDocument("Reconciliation findings and plan content findings", GENERATED, [
      { id: "findings", heading: "Reconciliation findings", body: findingsSection(findings) },
      { id: "content-findings", heading: "Plan content findings", body: contentFindingsSection(contentFindings) }
    ]),
  crossPlanReport: async (report) =>
    single(
      report.planId === undefined ? "Cross-plan findings" : `Cross-plan findings — ${report.planId}`,
      "cross-plan",
      crossPlanSection(report)
    ),
  actionProgress: async (view) => single(`Key actions — ${view.title}`, "actions", await actionsSection(view)),
  planList: async (plans) => single("Plans", "plans", planListSection(plans)),
  history: async (planId, entries) => single(`History — ${planId}`, "history", historySection(planId, entries)),
  diff: async (view) => single(`Changes — ${view.planId}`, "diff", diffSection(view)),
  partnershipList: async (view) => single("Partnerships", "partnerships", partnershipListSection(view)),
  partnershipProfile: async (view) =>
    single(`${view.partnership.name} (${view.partnership.partnershipId})`, "partnership", partnershipProfileSection(view)),
  indicatorRollUp: async (view) => single(`${view.code}: county roll-up`, "rollup", indicatorRollUpSection(view)),
  subjectAccess: async (view) => single(`Personal data held about ${view.subject}`, "subject-access", subjectAccessSection(view))
}

/**
 * Every view of a plan in one document, each section on a new page when printed: the plan, its
 * budget statement, variation statement (with its waterfall), staffing, indicator scorecard, key
 * actions, the reconciliation findings — each also shown next to the figures it concerns — the
 * gaps in the plan's content, and its history. A report published with its proof (`publication`)
 * ends with how to check it: the checkpoint, the verifier key and the command.
 *
 * @example
 * import { writeFileSync } from "node:fs"
 * import { InMemoryEventStore, Ledger, PlanReport } from "@plan-ledger/core"
 * import { htmlReport } from "@plan-ledger/render-html"
 * const state = await Ledger.make({ store: InMemoryEventStore.make() }).state()
 * const report = PlanReport.project(state, "lcsp-2009-10", { today: "2009-09-01", history: [] })
 * if (report._tag === "Success") writeFileSync("report.html", await htmlReport(report.success))
 *
 * @category renderers
 * @since 0.1.0
 */
export const htmlReport = async (report: PlanReport.PlanReport, publication?: ReportPublication): Promise<string> => {
  const { plan } = report
  const sections: ReadonlyArray<Section> = [
    { id: "plan", heading: "The plan", body: planSection(plan) },
    { id: "budget", heading: `Budget statement ${Period.label(plan.period)}`, body: budgetSection(report.budget, report.findings) },
    { id: "variations", heading: "Variation statement", body: await variationSection(report.variations, report.findings) },
    { id: "staffing", heading: "Staffing", body: await staffingSection(report.staffing, plan.period, report.findings) },
    { id: "scorecard", heading: "Indicator scorecard", body: await scorecardSection(report.scorecard) },
    { id: "actions", heading: "Key actions and their progress", body: await actionsSection(report.actions) },
    { id: "findings", heading: "Reconciliation findings", body: findingsSection(report.findings) },
    { id: "content-findings", heading: "Plan content findings", body: contentFindingsSection(report.contentFindings) },
    { id: "history", heading: "History", body: historySection(plan.planId, report.history) },
    ...(publication === undefined ? [] : [{ id: "checking", heading: "Checking this report", body: checkingSection(publication) }])
  ]
  return htmlDocument(
    `${plan.title} (${Period.label(plan.period)})`,
    `Report on plan ${plan.planId}: every view of the plan in one document. ${GENERATED}`,
    sections
  )
}
