import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import {
  BudgetStatement,
  CurrentPlan,
  IndicatorScorecard,
  PartnershipList,
  ReconciliationFindings,
  StaffingTotals,
  VariationStatement
} from "@plan-ledger/core"
import { formatImportProblem } from "@plan-ledger/core/adapters"
import { loadAshford1Lcypp, PLAN_ID as ASHFORD_1_PLAN_ID } from "@plan-ledger/example-ashford-1-lcypp"
import { loadCranbrookPaddockWoodLcypp } from "@plan-ledger/example-cranbrook-paddock-wood-lcypp"
import { loadKentLcsp200910, PLAN_ID } from "@plan-ledger/example-kent-lcsp-2009-10"
import { markdownRenderer } from "@plan-ledger/render-markdown"
import { openStore } from "@plan-ledger/stores"
import { Result } from "effect"
import { checkLedgerFile, ledgerOver } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import { reportLedgerError } from "../LedgerErrorExit.js"
import type { CommandInput } from "../Spec.js"
import { counted } from "../Words.js"
import { withWriteLog } from "../WriteLog.js"

/**
 * `plan-ledger demo`: every bundled example — the LCSP service level business plan 2009/10 and
 * the Ashford 1 and Cranbrook and Paddock Wood local children and young people's plans — loaded
 * into a ledger, then the business plan's statements and one local plan printed as Markdown. The
 * ledger is a temporary SQLite file removed afterwards, unless `--keep` is given (or `--store`
 * names one, which is the user's and is kept).
 *
 * @category commands
 * @since 0.1.0
 */
export const demo = async ({ values }: CommandInput<"demo">, io: Io): Promise<ExitCode> => {
  if (values.store !== undefined) checkLedgerFile(values.store, io, "write", "create")
  const directory = values.store === undefined ? mkdtempSync(join(io.env["TMPDIR"] ?? tmpdir(), "plan-ledger-demo-")) : undefined
  const url = values.store ?? `sqlite:${join(directory ?? "", "ledger.db")}`
  const keep = values.keep === true || directory === undefined
  io.writes?.onStop(() => {
    if (keep) return `the ledger is kept at ${url}`
    rmSync(directory ?? "", { recursive: true, force: true })
    return "the temporary ledger is removed"
  })
  const store = withWriteLog(await openStore(url), io.writes)
  try {
    const ledger = ledgerOver(store, io)
    await loadKentLcsp200910(ledger)
    for (const loaded of [await loadAshford1Lcypp(ledger), await loadCranbrookPaddockWoodLcypp(ledger)]) {
      if (loaded.ok) continue
      if ("error" in loaded) return reportLedgerError(io, loaded.error)
      for (const problem of loaded.problems) io.stderr(`${formatImportProblem(problem)}\n`)
      return ExitCode.input
    }
    const state = await ledger.state()
    const verified = await store.verify()
    const views = Result.all([
      Result.succeed(markdownRenderer.partnershipList(PartnershipList.project(state))),
      Result.map(BudgetStatement.project(state, PLAN_ID), markdownRenderer.budgetStatement),
      Result.map(VariationStatement.project(state, PLAN_ID), markdownRenderer.variationStatement),
      Result.map(StaffingTotals.project(state, PLAN_ID), markdownRenderer.staffingTotals),
      Result.map(IndicatorScorecard.project(state, PLAN_ID), markdownRenderer.scorecard),
      Result.map(ReconciliationFindings.project(state, PLAN_ID), markdownRenderer.findings),
      Result.map(CurrentPlan.project(state, ASHFORD_1_PLAN_ID), markdownRenderer.currentPlan)
    ])
    if (Result.isFailure(views)) {
      io.stderr(`error: ${views.failure.message}\n`)
      return ExitCode.input
    }
    io.stdout(
      [
        "# plan-ledger demo",
        "",
        `Three plans of Kent County Council and its partnerships, recorded as ${counted(state.eventCount, "event")} in \`${url}\` (hash chain ${verified.ok ? "verified" : "DAMAGED"}): the LCSP service level business plan 2009/10 and the local children and young people's plans of Ashford 1 and of Cranbrook and Paddock Wood, with the county's 23 local children's services partnerships they belong to.`,
        keep
          ? `The ledger is kept: explore it with \`plan-ledger show plans --store ${url}\`.`
          : "The ledger was a temporary file and is removed; `plan-ledger demo --keep` (or `--store <url>`) keeps it.",
        "",
        ...views.success
      ].join("\n")
    )
    return ExitCode.ok
  } finally {
    await store.close()
    if (!keep && directory !== undefined) rmSync(directory, { recursive: true, force: true })
  }
}
