import type { ReconciliationFindings } from "@plan-ledger/core"
import { match } from "ts-pattern"
import { escapeHtml } from "./HtmlText.js"

/**
 * A reconciliation finding with its place in the plan's list of findings, which names its anchor
 * (`finding-3`) wherever in the document it is shown.
 *
 * @category models
 * @since 0.1.0
 */
export interface NumberedFinding {
  readonly number: number
  readonly finding: ReconciliationFindings.Finding
}

/**
 * The table a finding concerns, so that it is shown next to those figures.
 *
 * @category models
 * @since 0.1.0
 */
export type FindingPlace = "budget" | "variations" | "staffing"

/**
 * Where a finding belongs: the variation statement's own, the staffing table's (its totals and
 * justification of movement), or the budget statement's (every other).
 *
 * @category formatting
 * @since 0.1.0
 */
export const placeOf = (finding: ReconciliationFindings.Finding): FindingPlace =>
  match(finding.code)
    .with("variation-does-not-reconcile", () => "variations" as const)
    .with("movement-does-not-reconcile", () => "staffing" as const)
    .with("stated-total-mismatch", () => (finding.subject.startsWith("staffing") ? ("staffing" as const) : ("budget" as const)))
    .with("line-arithmetic-mismatch", "restated-prior-year", () => "budget" as const)
    .exhaustive()

/**
 * Numbers the plan's findings and keeps those that belong in one place.
 *
 * @category formatting
 * @since 0.1.0
 */
export const findingsIn = (findings: ReadonlyArray<ReconciliationFindings.Finding>, place: FindingPlace): ReadonlyArray<NumberedFinding> =>
  findings.map((finding, index) => ({ number: index + 1, finding })).filter(({ finding }) => placeOf(finding) === place)

/**
 * The findings as a list of notes, each marked "Warning" or "Error" in words as well as colour;
 * each message names the stated and computed figures and the difference. Each note is anchored as
 * `<anchor>-<number>`: `finding-3` next to the figures, which the rows' flags link to.
 *
 * @category formatting
 * @since 0.1.0
 */
export const findingNotes = (findings: ReadonlyArray<NumberedFinding>, anchor = "finding"): string =>
  findings.length === 0
    ? ""
    : `<ul class="findings" aria-label="Reconciliation findings">${findings
        .map(
          ({ number, finding }) =>
            `<li class="${finding.severity}" id="${anchor}-${number}"><strong>${finding.severity === "error" ? "Error" : "Warning"} ${number}</strong> (${escapeHtml(finding.code)}): ${escapeHtml(finding.message)}.</li>`
        )
        .join("\n")}</ul>`

/**
 * The findings that concern one row of the budget statement: a line's (named `budget line
 * "<activity>"`) or a totals row's (named by the row's label).
 *
 * @category formatting
 * @since 0.1.0
 */
export const findingsOfRow = (findings: ReadonlyArray<NumberedFinding>, label: string): ReadonlyArray<NumberedFinding> =>
  findings.filter(({ finding }) => finding.subject.startsWith(`budget line "${label}" `) || finding.subject.startsWith(`${label} `))

/**
 * The markup that flags a row a finding concerns: a link to the finding, named for a screen
 * reader.
 *
 * @category formatting
 * @since 0.1.0
 */
export const findingFlags = (findings: ReadonlyArray<NumberedFinding>): string =>
  findings
    .map(
      ({ number, finding }) =>
        `<a class="flag" href="#finding-${number}" aria-label="${finding.severity} ${number}: see the finding">${finding.severity === "error" ? "✖" : "⚠"}${number}</a>`
    )
    .join("")
