/**
 * The stream holding a plan and everything it contains (budget, staffing, indicators): a plan is
 * the unit of consistency, so one import is one atomic append.
 *
 * @category constructors
 * @since 0.1.0
 */
export const forPlan = (planId: string): string => `plan-${planId}`

/**
 * The stream holding a partnership's history.
 *
 * @category constructors
 * @since 0.1.0
 */
export const forPartnership = (partnershipId: string): string => `partnership-${partnershipId}`

/**
 * The stream of one reference catalogue.
 *
 * @category constructors
 * @since 0.2.0
 */
export const forCatalogue = (catalogueId: string): string => `catalogue-${catalogueId}`

/**
 * The stream that records erasures of personal values held by events outside any plan (a
 * partnership's, a catalogue's).
 *
 * @category streams
 * @since 0.4.0
 */
export const forPersonalData = "personal-data"
