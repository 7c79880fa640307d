import type { ActionProgress, ActionStatus } from "@plan-ledger/core"
import type { Chart } from "./VegaChart.js"

const STATUS_COLOURS: ReadonlyArray<readonly [ActionStatus, string]> = [
  ["not-started", "#595959"],
  ["on-track", "#1f4e79"],
  ["completed", "#1e6b34"],
  ["slipped", "#a4262c"],
  ["withdrawn", "#8a4b00"]
]

const statusScale = { domain: STATUS_COLOURS.map(([status]) => status), range: STATUS_COLOURS.map(([, colour]) => colour) }

/**
 * Key actions counted by their status.
 *
 * @category charts
 * @since 0.1.0
 */
export const actionsByStatusChart = (view: ActionProgress.ActionProgress): Chart => {
  const counts = STATUS_COLOURS.map(([status]) => ({
    status,
    count: view.actions.filter((action) => action.status === status).length
  })).filter((entry) => entry.count > 0)
  return {
    id: "actions-by-status",
    caption: "Key actions by status",
    description: `${counts.map((entry) => `${entry.status}: ${entry.count}`).join("; ")}.`,
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      width: 320,
      data: { values: counts.map((entry) => ({ ...entry, spoken: `${entry.status}: ${entry.count}` })) },
      mark: { type: "bar" },
      encoding: {
        y: { field: "status", type: "nominal", title: null, sort: statusScale.domain },
        x: { field: "count", type: "quantitative", title: "key actions", axis: { tickMinStep: 1 } },
        color: { field: "status", type: "nominal", legend: null, scale: statusScale },
        description: { field: "spoken" }
      }
    }
  }
}

/**
 * Key actions with a due date, counted by the month they are due and coloured by status; actions
 * with no date (ongoing work, wording with no date) are counted in the description.
 *
 * @category charts
 * @since 0.1.0
 */
export const actionsByDueDateChart = (view: ActionProgress.ActionProgress): Chart | undefined => {
  const dated = view.actions.flatMap((action) =>
    action.dueBy === undefined ? [] : [{ month: action.dueBy.slice(0, 7), status: action.status }]
  )
  if (dated.length === 0) return undefined
  const cells = [...new Set(dated.map((entry) => `${entry.month} ${entry.status}`))].sort().map((key) => {
    const [month = "", status = ""] = key.split(" ")
    const count = dated.filter((entry) => entry.month === month && entry.status === status).length
    return { month, status, count, spoken: `${month}, ${status}: ${count}` }
  })
  const undated = view.actions.length - dated.length
  return {
    id: "actions-by-due-date",
    caption: "Key actions by the month they are due",
    description: `${cells.map((cell) => cell.spoken).join("; ")}. ${undated} ${undated === 1 ? "action has" : "actions have"} no due date.`,
    spec: {
      $schema: "https://vega.github.io/schema/vega-lite/v5.json",
      width: 420,
      data: { values: cells },
      mark: { type: "bar" },
      encoding: {
        x: { field: "month", type: "ordinal", title: "due by (month)", axis: { labelAngle: -45 } },
        y: { field: "count", type: "quantitative", title: "key actions", stack: "zero", axis: { tickMinStep: 1 } },
        color: { field: "status", type: "nominal", title: null, scale: statusScale },
        description: { field: "spoken" }
      }
    }
  }
}
