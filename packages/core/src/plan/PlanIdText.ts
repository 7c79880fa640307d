/**
 * What a plan id is made of: lower-case letters, digits and hyphens, starting with a letter or a
 * digit (`lcsp-business-plan-2009-10`). The `PlanId` schema checks the same pattern.
 *
 * @category models
 * @since 0.4.0
 */
export const PATTERN = /^[a-z0-9][a-z0-9-]*$/

/**
 * Whether a text is a plan id as it stands.
 *
 * @example
 * import { PlanIdText } from "@plan-ledger/core"
 * PlanIdText.isPlanId("lcsp-2009-10") // true
 * PlanIdText.isPlanId("LCSP-2009-10") // false
 *
 * @category models
 * @since 0.4.0
 */
export const isPlanId = (text: string): boolean => PATTERN.test(text)

/**
 * The plan id a text most likely means, for a message to offer as the fix: lower case, every run
 * of other characters a hyphen, no hyphen at either end (`LCSP 2009/10` → `lcsp-2009-10`); empty
 * when the text has no letter or digit.
 *
 * @example
 * import { PlanIdText } from "@plan-ledger/core"
 * PlanIdText.likelyPlanId("LCSP 2009/10") // "lcsp-2009-10"
 *
 * @category models
 * @since 0.4.0
 */
export const likelyPlanId = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")

/**
 * What a plan id must look like, with the id a text most likely means as the example, for a
 * message about that text: `a plan id of lower-case letters, digits and hyphens, such as lcsp-2009-10`.
 *
 * @category models
 * @since 0.4.0
 */
export const expectedFor = (text: string): string => {
  const likely = likelyPlanId(text)
  return `a plan id of lower-case letters, digits and hyphens, such as ${likely === "" ? "lcsp-2009-10" : likely}`
}
