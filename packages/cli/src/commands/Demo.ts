import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { BudgetStatement, IndicatorScorecard, ReconciliationFindings, StaffingTotals, VariationStatement } from "@plan-ledger/core"
import { Either } from "effect"
import { loadKentLcsp200910, PLAN_ID } from "@plan-ledger/example-kent-lcsp-2009-10"
import { markdownRenderer } from "@plan-ledger/render-markdown"
import { openStore } from "@plan-ledger/stores"
import { ledgerOver } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"

/**
 * `plan-ledger demo`: the bundled example, loaded into a fresh SQLite ledger, printed as Markdown.
 *
 * @category commands
 * @since 0.1.0
 */
export const demo = async (io: Io): Promise<ExitCode> => {
  const url = `sqlite:${join(mkdtempSync(join(tmpdir(), "plan-ledger-demo-")), "ledger.db")}`
  const store = await openStore(url)
  try {
    const ledger = ledgerOver(store, io)
    await loadKentLcsp200910(ledger)
    const state = await ledger.state()
    const verified = await store.verify()
    const views = Either.all([
      Either.map(BudgetStatement.project(state, PLAN_ID), markdownRenderer.budgetStatement),
      Either.map(VariationStatement.project(state, PLAN_ID), markdownRenderer.variationStatement),
      Either.map(StaffingTotals.project(state, PLAN_ID), markdownRenderer.staffingTotals),
      Either.map(IndicatorScorecard.project(state, PLAN_ID), markdownRenderer.scorecard),
      Either.map(ReconciliationFindings.project(state, PLAN_ID), markdownRenderer.findings)
    ])
    if (Either.isLeft(views)) {
      io.stderr(`error: ${views.left.message}\n`)
      return ExitCode.input
    }
    io.stdout(
      [
        "# plan-ledger demo",
        "",
        `Kent County Council's LCSP service level business plan 2009/10, recorded as ${state.eventCount} events in \`${url}\` (hash chain ${verified.ok ? "verified" : "DAMAGED"}).`,
        "",
        ...views.right
      ].join("\n")
    )
    return ExitCode.ok
  } finally {
    await store.close()
  }
}
