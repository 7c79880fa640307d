import { Schema } from "effect"
import { NonEmptyTrimmedString } from "@plan-ledger/eventstore"
import { PATTERN } from "./PlanIdText.js"

/**
 * A plan's identity, chosen by the council (`lcsp-business-plan-2009-10`). It names the plan's
 * stream and never changes, whatever the plan's title becomes.
 *
 * @category models
 * @since 0.1.0
 */
export const PlanId = NonEmptyTrimmedString.check(
  Schema.isPattern(PATTERN, {
    message: "expected a plan id of lower-case letters, digits and hyphens, such as lcsp-business-plan-2009-10"
  })
)

/**
 * @category models
 * @since 0.1.0
 */
export type PlanId = typeof PlanId.Type
