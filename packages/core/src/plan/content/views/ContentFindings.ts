import { Result } from "effect"
import type { LedgerState } from "../../../ledger/LedgerState.js"
import type { CatalogueState } from "../../../catalogue/CatalogueState.js"
import type { PlanLink } from "../events.js"
import * as PlanLinkText from "../PlanLinkText.js"
import type { UnreadText } from "../phrase/TextSpan.js"
import type { PlanState } from "../../PlanState.js"
import { isOverdueOn, ofAction } from "./KeyActionView.js"
import { findPlan, type PlanNotFound } from "../../views/PlanNotFound.js"

/**
 * What a content finding is about.
 *
 * @category models
 * @since 0.2.0
 */
export type ContentFindingCode =
  | "priority-theme-not-defined"
  | "local-priority-not-defined"
  | "action-priority-not-defined"
  | "action-without-lead"
  | "action-without-target-date"
  | "resource-without-funding-source"
  | "priority-without-action"
  | "overdue-without-progress"
  | "link-not-in-catalogue"
  | "no-budget-recorded"
  | "unread-text"

/**
 * A gap in what a plan says — information for the officer who keeps it, never a change to it.
 *
 * @category models
 * @since 0.2.0
 */
export interface ContentFinding {
  readonly severity: "warning"
  readonly code: ContentFindingCode
  readonly subject: string
  readonly message: string
}

const finding = (code: ContentFindingCode, subject: string, message: string): ContentFinding => ({
  severity: "warning",
  code,
  subject,
  message
})

// The code a catalogue files a link under: "KCYPP priority 2" and "KCYPP 5 Priority" → "2" and "5",
// "Outcome 2d" → "2D", "Key enabler A" → "A", "NI  50" → "NI 50".
const catalogueCode = (link: PlanLink): string => {
  const code = link.code.trim()
  switch (link.kind) {
    case "indicator":
      return code.replace(/^NI\s*/iu, "NI ").toUpperCase()
    case "cypp-priority":
      return /\d+/u.exec(code)?.[0] ?? code
    case "cypp-outcome":
      return (/\d+[a-z]/iu.exec(code)?.[0] ?? code).toUpperCase()
    case "key-enabler":
      return (code.split(/\s+/u).at(-1) ?? code).toUpperCase()
    default:
      return code
  }
}

// Which catalogue entries a link of a kind must be found among, when any catalogue of that kind
// is held — gathered once per kind, not once per link.
const cataloguedCodes = (catalogues: ReadonlyArray<CatalogueState>): ((kind: PlanLink["kind"]) => ReadonlySet<string> | undefined) => {
  const byKind = new Map<PlanLink["kind"], ReadonlySet<string> | undefined>()
  return (kind) => {
    if (!byKind.has(kind)) byKind.set(kind, catalogued(catalogues, kind))
    return byKind.get(kind)
  }
}

const catalogued = (catalogues: ReadonlyArray<CatalogueState>, kind: PlanLink["kind"]): ReadonlySet<string> | undefined => {
  const entries = catalogues.flatMap((catalogue): ReadonlyArray<string> => {
    switch (kind) {
      case "indicator":
        return [...catalogue.nationalIndicators.keys()]
      case "cypp-priority":
        return [...catalogue.countyPriorities.keys()]
      case "cypp-outcome":
        return [...catalogue.countyOutcomes.keys()]
      case "key-enabler":
        return [...catalogue.keyEnablers.keys()]
      default:
        return []
    }
  })
  return entries.length === 0 ? undefined : new Set(entries.map((code) => code.toUpperCase()))
}

// "IBA 4" and "IBA4" name the same local priority: codes are compared without spaces.
const priorityCode = (code: string): string => code.replace(/\s+/gu, "").toUpperCase()

// Text of a printed cell no rule read: kept as printed, never guessed at, and reported here.
const unreadFindings = (subject: string, field: string, unread: ReadonlyArray<UnreadText>): ReadonlyArray<ContentFinding> =>
  unread.map((text) =>
    finding(
      "unread-text",
      subject,
      `${subject}: unread text in ${field}: \`${text.text}\` — kept as printed; no figure, date or code is taken from it`
    )
  )

const findingsOf = (plan: PlanState, catalogues: ReadonlyArray<CatalogueState>, today: string): ReadonlyArray<ContentFinding> => {
  const findings: Array<ContentFinding> = []
  const hasVariation = plan.variationOpening !== undefined || plan.variationItems.size > 0 || plan.variationClosing !== undefined
  if (hasVariation && plan.budgetLines.size === 0) {
    findings.push(
      finding(
        "no-budget-recorded",
        "the budget",
        "no budget recorded: the variation statement's closing budget is checked against the budget statement once the budget table is imported"
      )
    )
  }
  const knownOfKind = cataloguedCodes(catalogues)
  const definedPriorities = new Set([...plan.priorities.keys()].map(priorityCode))
  const checkLink = (subject: string, link: PlanLink): void => {
    const known = knownOfKind(link.kind)
    if (known !== undefined && !known.has(catalogueCode(link))) {
      findings.push(
        finding(
          "link-not-in-catalogue",
          subject,
          `${subject} links to ${link.code}, which no reference catalogue in the ledger holds: correct the code or catalogue it`
        )
      )
    }
  }
  for (const priority of plan.priorities.values()) {
    if (priority.theme !== undefined && plan.themes.size > 0 && !plan.themes.has(priority.theme)) {
      findings.push(
        finding(
          "priority-theme-not-defined",
          `priority ${priority.code}`,
          `priority ${priority.code} belongs to theme "${priority.theme}", which the plan does not define: add the theme or correct the code`
        )
      )
    }
    if (priority.linksStated !== undefined)
      findings.push(...unreadFindings(`priority ${priority.code}`, "links", PlanLinkText.read(priority.linksStated).unread))
    for (const link of priority.links) {
      checkLink(`priority ${priority.code}`, link)
      if (link.kind === "local-priority" && !definedPriorities.has(priorityCode(link.code))) {
        findings.push(
          finding(
            "local-priority-not-defined",
            `priority ${priority.code}`,
            `priority ${priority.code} links to local priority ${link.code}, which no theme of the plan defines`
          )
        )
      }
    }
    if (![...plan.keyActions.values()].some((action) => action.priorityCodes.includes(priority.code))) {
      findings.push(
        finding(
          "priority-without-action",
          `priority ${priority.code}`,
          `priority ${priority.code} has no key action: add the actions that serve it`
        )
      )
    }
  }
  for (const action of plan.keyActions.values()) {
    const view = ofAction(plan, action)
    const subject = `key action ${action.actionId}`
    for (const link of action.links) checkLink(subject, link)
    findings.push(
      ...unreadFindings(subject, "resources", view.resources?.unread ?? []),
      ...unreadFindings(subject, "target dates", view.targetDates?.unread ?? []),
      ...(action.linksStated === undefined ? [] : unreadFindings(subject, "links", PlanLinkText.read(action.linksStated).unread))
    )
    for (const code of action.priorityCodes) {
      if (!plan.priorities.has(code))
        findings.push(finding("action-priority-not-defined", subject, `${subject} serves priority ${code}, which the plan does not define`))
    }
    if (view.lead === undefined)
      findings.push(finding("action-without-lead", subject, `${subject} has no lead: name the accountable officer or lead partners`))
    if (view.targetDates === undefined) findings.push(finding("action-without-target-date", subject, `${subject} has no target date`))
    for (const part of view.resources?.parts ?? []) {
      if (part.kind === "amount" && part.fundingSource === undefined) {
        findings.push(
          finding(
            "resource-without-funding-source",
            subject,
            `${subject} has an amount with no funding source in "${view.resources?.stated ?? ""}": say who pays`
          )
        )
      }
    }
    if (
      isOverdueOn(view, today) &&
      (view.latestProgress === undefined || (view.dueBy !== undefined && (view.latestProgress.recordedOn ?? "") < view.dueBy))
    ) {
      findings.push(
        finding(
          "overdue-without-progress",
          subject,
          `${subject} was due by ${view.dueBy ?? ""} and has no progress update since: record whether it was completed, slipped or withdrawn`
        )
      )
    }
  }
  return findings
}

/**
 * Every gap in a plan's content as of a date: a priority or link naming a code the plan does not
 * define, a link to a county plan priority, outcome, key enabler or National Indicator that no
 * reference catalogue in the ledger holds (checked only once a catalogue of that kind is recorded),
 * text of a resources, target-dates or links cell that no rule read ("unread text in resources:
 * `…`"), an action without a lead or target date, an amount without a funding source, a priority
 * with no action, and an action overdue on `today` with no progress update since it fell due.
 *
 * @category projections
 * @since 0.2.0
 */
export const project = (
  ledger: LedgerState,
  planId: string,
  options: { readonly today: string }
): Result.Result<ReadonlyArray<ContentFinding>, PlanNotFound> =>
  Result.map(findPlan(ledger, planId), (plan) => findingsOf(plan, [...ledger.catalogues.values()], options.today))
