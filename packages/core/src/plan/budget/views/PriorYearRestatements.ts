import * as BudgetLineSubject from "../BudgetLineSubject.js"
import { Result } from "effect"
import * as Fte from "../../../money/Fte.js"
import * as Money from "../../../money/Money.js"
import type { LedgerState } from "../../../ledger/LedgerState.js"
import type { LineMappingState } from "../BudgetState.js"
import type { PlanState } from "../../PlanState.js"
import * as BudgetStatement from "./BudgetStatement.js"
import type { Finding, Severity } from "../../views/Finding.js"
import { RECONCILIATION_TOLERANCE } from "../../views/Rounding.js"

// This year's lines compared as one with the prior-year lines they restate: one line matched by
// its stable id, or the lines of a recorded mapping.
interface Comparison {
  readonly subject: string
  readonly mapping: LineMappingState | undefined
  readonly sourcePlanId: string
  readonly sourceFound: boolean
  readonly missingPriorLines: ReadonlyArray<string>
  readonly lines: number
  readonly priorLines: number
  readonly stated: { readonly controllableExpenditure: number; readonly fte: number }
  readonly prior: { readonly controllableExpenditure: number; readonly fte: number }
}

const MAPPING_WORDS: { readonly [Kind in LineMappingState["kind"]]: string } = {
  split: "split",
  merged: "merged",
  "moved-in": "moved in"
}

const format = (measure: "money" | "fte", value: number): string =>
  measure === "money" ? Money.formatThousandsInText(Money.Pence.make(value)) : `${Fte.formatExact(Fte.Fte.make(value))} FTE`

const quoted = (names: ReadonlyArray<string>): string => names.map((name) => `"${name}"`).join(", ")

const comparisons = (ledger: LedgerState, plan: PlanState, statement: BudgetStatement.BudgetStatement, priorPlanId: string) => {
  const statements = new Map<string, BudgetStatement.BudgetStatement | undefined>()
  const statementOf = (planId: string) => {
    if (!statements.has(planId)) statements.set(planId, Result.getOrUndefined(BudgetStatement.project(ledger, planId)))
    return statements.get(planId)
  }
  const lines = new Map(statement.lines.map((line) => [line.lineId, line]))
  const mapped = new Set([...plan.lineMappings.values()].flatMap((mapping) => mapping.lineIds))
  const compare = (
    subject: string,
    mapping: LineMappingState | undefined,
    sourcePlanId: string,
    lineIds: ReadonlyArray<string>,
    priorLineIds: ReadonlyArray<string>
  ): Comparison => {
    const source = statementOf(sourcePlanId)
    const sourceLines = new Map((source?.lines ?? []).map((line) => [line.lineId, line]))
    const own = lineIds.flatMap((lineId) => lines.get(lineId)?.prior ?? [])
    const prior = priorLineIds.flatMap((lineId) => sourceLines.get(lineId) ?? [])
    return {
      subject,
      mapping,
      sourcePlanId,
      sourceFound: source !== undefined,
      missingPriorLines: source === undefined ? [] : priorLineIds.filter((lineId) => !sourceLines.has(lineId)),
      lines: lineIds.length,
      priorLines: priorLineIds.length,
      stated: {
        controllableExpenditure: Money.sum(own.map((figures) => figures.controllableExpenditure)),
        fte: Fte.sum(own.map((figures) => figures.fte))
      },
      prior: {
        controllableExpenditure: Money.sum(prior.map((line) => line.controllableExpenditure)),
        fte: Fte.sum(prior.map((line) => line.fte))
      }
    }
  }
  return [
    ...statement.lines
      .filter((line) => line.prior !== undefined && !mapped.has(line.lineId))
      .map((line) => compare(BudgetLineSubject.of(line), undefined, priorPlanId, [line.lineId], [line.lineId])),
    ...[...plan.lineMappings.values()].map((mapping) =>
      compare(
        `${quoted(mapping.lineIds.map((lineId) => lines.get(lineId)?.activity ?? lineId))} (${MAPPING_WORDS[mapping.kind]} from ${quoted(mapping.priorLineIds)} of plan "${mapping.fromPlanId ?? priorPlanId}": ${mapping.reason})`,
        mapping,
        mapping.fromPlanId ?? priorPlanId,
        mapping.lineIds,
        mapping.priorLineIds
      )
    )
  ]
}

/**
 * Prior-year figures this plan restates against what the prior year's own plan said, when that
 * plan is in the ledger: line by line by stable line id, and lines re-organised between the years
 * (split, merged, moved in from another unit's plan) as the groups their recorded mapping names.
 * Each restated figure is a `restated-prior-year` finding with both values, the difference and
 * whether the prior-year total still agrees with the prior plan's total plus the lines moved in.
 * A restatement is `info` while that total agrees; when it does not, every restated figure (and
 * the total) is an `error` — or a `warning` where rounding explains it — since no mapping
 * explains the change.
 *
 * @category projections
 * @since 0.3.0
 */
export const findings = (ledger: LedgerState, plan: PlanState, statement: BudgetStatement.BudgetStatement): ReadonlyArray<Finding> => {
  const priorPlanId = plan.priorPlanId
  const priorStatement = priorPlanId === undefined ? undefined : Result.getOrUndefined(BudgetStatement.project(ledger, priorPlanId))
  if (priorPlanId === undefined || priorStatement === undefined) return []
  const compared = comparisons(ledger, plan, statement, priorPlanId)
  const movedIn = compared.filter((comparison) => comparison.mapping?.kind === "moved-in")
  // A line moved in whose own plan is not in the ledger is explained by the figure this plan states.
  const movedInAmount = Money.sum(
    movedIn.map((comparison) =>
      Money.Pence.make(comparison.sourceFound ? comparison.prior.controllableExpenditure : comparison.stated.controllableExpenditure)
    )
  )
  const statedTotal = statement.totals.prior.controllableExpenditure
  const expectedTotal = Money.sum([priorStatement.totals.controllableExpenditure, movedInAmount])
  const pricedLines = statement.lines.filter((line) => line.prior !== undefined).length
  const totalTolerance = RECONCILIATION_TOLERANCE.restatedPriorTotal(
    pricedLines,
    priorStatement.lines.length + movedIn.reduce((count, comparison) => count + comparison.priorLines, 0)
  )
  const totalDifference = statedTotal - expectedTotal
  const totalAgrees = Math.abs(totalDifference) <= totalTolerance
  const severityOf = (difference: number, tolerance: number): Severity =>
    totalAgrees ? "info" : Math.abs(difference) <= tolerance ? "warning" : "error"
  const totalClause = totalAgrees
    ? `the prior-year total still agrees with plan "${priorPlanId}"`
    : `the prior-year total no longer agrees with plan "${priorPlanId}" and no mapping explains the change`

  const restated = compared.flatMap((comparison) =>
    (["money", "fte"] as const).flatMap((measure): ReadonlyArray<Finding> => {
      const stated = measure === "money" ? comparison.stated.controllableExpenditure : comparison.stated.fte
      const computed = measure === "money" ? comparison.prior.controllableExpenditure : comparison.prior.fte
      if (!comparison.sourceFound || stated === computed) return []
      const difference = stated - computed
      const tolerance =
        measure === "money"
          ? RECONCILIATION_TOLERANCE.restatedPriorControllable(comparison.lines, comparison.priorLines)
          : RECONCILIATION_TOLERANCE.restatedPriorFte(comparison.lines, comparison.priorLines)
      const figure = measure === "money" ? "prior-year controllable expenditure" : "prior-year FTE"
      const missing =
        comparison.missingPriorLines.length === 0
          ? ""
          : ` (plan "${comparison.sourcePlanId}" has no line ${comparison.missingPriorLines.join(", ")})`
      return [
        {
          severity: severityOf(difference, tolerance),
          code: "restated-prior-year",
          subject: `${comparison.subject} ${figure}`,
          message: `${comparison.subject}: this plan states the ${figure} as ${format(measure, stated)}, plan "${comparison.sourcePlanId}" said ${format(measure, computed)}${missing}, a difference of ${format(measure, difference)}; ${totalClause}`,
          measure,
          stated,
          computed,
          difference,
          tolerance,
          priorYearTotalAgrees: totalAgrees
        }
      ]
    })
  )
  const movedInClause = movedIn.length === 0 ? "" : ` plus ${format("money", movedInAmount)} moved in from other plans`
  const total: ReadonlyArray<Finding> =
    totalDifference === 0
      ? []
      : [
          {
            severity: totalAgrees ? "info" : "error",
            code: "restated-prior-year",
            subject: "prior-year controllable total",
            message: `prior-year controllable total: this plan's lines state ${format("money", statedTotal)}, plan "${priorPlanId}" totals ${format("money", priorStatement.totals.controllableExpenditure)}${movedInClause}, a difference of ${format("money", totalDifference)}; ${totalAgrees ? "rounding explains it" : "record a line mapping with its reason if lines were moved between units, or check the prior-year column"}`,
            measure: "money",
            stated: statedTotal,
            computed: expectedTotal,
            difference: totalDifference,
            tolerance: totalTolerance,
            priorYearTotalAgrees: totalAgrees
          }
        ]
  return [...restated, ...total]
}
