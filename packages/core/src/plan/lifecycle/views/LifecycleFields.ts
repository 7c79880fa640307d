import * as Period from "../../../period/Period.js"
import type { LifecycleState } from "../LifecycleState.js"
import { fieldsOf, type PlanField, text } from "../../views/PlanField.js"

/**
 * The lifecycle slice as fields: the plan's title, period, status, its latest revision, its
 * approval and its supersession.
 *
 * @category projections
 * @since 0.2.0
 */
export const lifecycleFields = (lifecycle: LifecycleState): Array<PlanField> =>
  fieldsOf({ kind: "plan", id: lifecycle.planId, name: lifecycle.title, label: "plan" }, [
    ["title", text(lifecycle.title)],
    ["period", text(Period.label(lifecycle.period))],
    ["status", text(lifecycle.status)],
    ["revision", lifecycle.revisions.length === 0 ? undefined : text(lifecycle.revisions.join("; "))],
    ["approved by", lifecycle.approval === undefined ? undefined : text(lifecycle.approval.approvedBy)],
    ["approved on", lifecycle.approval === undefined ? undefined : text(lifecycle.approval.approvedOn)],
    ["superseded by", lifecycle.supersession === undefined ? undefined : text(lifecycle.supersession.supersededBy.join("; "))],
    ["superseded on", lifecycle.supersession === undefined ? undefined : text(lifecycle.supersession.supersededOn)]
  ])
