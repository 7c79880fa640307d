import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs"
import { BudgetStatement, Money, type RecordedEvent } from "@plan-ledger/core"

/**
 * The tool's own read model: every plan's controllable expenditure, line by line, and the global
 * position of the last event folded into it — its checkpoint. Both are saved in one file, renamed
 * into place, so the checkpoint never runs ahead of the totals it describes.
 */
interface Saved {
  readonly checkpoint: number
  readonly controllableByPlan: Record<string, Record<string, Money.Pence>>
}

export interface Dashboard {
  /** The first global position the dashboard has not folded yet: where a subscription resumes. */
  readonly nextPosition: () => number
  /** Folds a page of events and saves the dashboard with its new checkpoint. */
  readonly apply: (events: ReadonlyArray<RecordedEvent>) => void
  /** The table, one plan a row, in £000 as the council publishes them. */
  readonly table: () => string
}

export const openDashboard = (file: string): Dashboard => {
  const saved: Saved = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Saved) : { checkpoint: 0, controllableByPlan: {} }
  let checkpoint = saved.checkpoint
  const controllableByPlan = new Map(
    Object.entries(saved.controllableByPlan).map(([planId, lines]) => [planId, new Map(Object.entries(lines))])
  )

  const save = (): void => {
    const content: Saved = {
      checkpoint,
      controllableByPlan: Object.fromEntries([...controllableByPlan].map(([planId, lines]) => [planId, Object.fromEntries(lines)]))
    }
    writeFileSync(`${file}.next`, JSON.stringify(content))
    renameSync(`${file}.next`, file)
  }

  // Setting a line's total is idempotent, so an event delivered twice (at least once) does no harm.
  const fold = (event: RecordedEvent): void => {
    const { data } = event
    if (data._tag === "PlanDrafted" && !controllableByPlan.has(data.planId)) controllableByPlan.set(data.planId, new Map())
    if (data._tag === "BudgetLineAdded" || data._tag === "BudgetLineRevised") {
      const lines = controllableByPlan.get(data.planId) ?? new Map<string, Money.Pence>()
      lines.set(data.lineId, BudgetStatement.controllableExpenditure(data.figures))
      controllableByPlan.set(data.planId, lines)
    }
  }

  return {
    nextPosition: () => checkpoint + 1,
    apply: (events) => {
      for (const event of events) fold(event)
      checkpoint = events.at(-1)?.globalPosition ?? checkpoint
      save()
    },
    table: () =>
      [
        "| plan | budget lines | controllable £000 |",
        "| --- | ---: | ---: |",
        ...[...controllableByPlan]
          .sort(([left], [right]) => left.localeCompare(right))
          .map(([planId, lines]) => `| ${planId} | ${lines.size} | ${Money.formatThousands(Money.sum(lines.values()))} |`)
      ].join("\n")
  }
}
