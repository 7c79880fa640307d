import { Schema } from "effect"
import { CalendarDate, NonEmptyTrimmedString } from "@plan-ledger/eventstore"

/**
 * A complaint about a council service has been received.
 *
 * @category events
 * @since 0.1.0
 */
export const ComplaintReceived = Schema.TaggedStruct("ComplaintReceived", {
  complaintId: NonEmptyTrimmedString,
  service: NonEmptyTrimmedString,
  summary: NonEmptyTrimmedString,
  receivedOn: CalendarDate
})

/**
 * The council has acknowledged the complaint to the complainant.
 *
 * @category events
 * @since 0.1.0
 */
export const ComplaintAcknowledged = Schema.TaggedStruct("ComplaintAcknowledged", {
  complaintId: NonEmptyTrimmedString,
  acknowledgedOn: CalendarDate
})

/**
 * How a complaint was found: upheld, partly upheld or not upheld.
 *
 * @category models
 * @since 0.1.0
 */
export const Finding = Schema.Literals(["upheld", "partly-upheld", "not-upheld"])

/**
 * @category models
 * @since 0.1.0
 */
export type Finding = typeof Finding.Type

/**
 * The complaint has been investigated and answered with a finding.
 *
 * @category events
 * @since 0.1.0
 */
export const ComplaintResolved = Schema.TaggedStruct("ComplaintResolved", {
  complaintId: NonEmptyTrimmedString,
  finding: Finding,
  resolvedOn: CalendarDate
})

/**
 * Every event of the complaints log.
 *
 * @category events
 * @since 0.1.0
 */
export const ComplaintEvent = Schema.Union([ComplaintReceived, ComplaintAcknowledged, ComplaintResolved])

/**
 * @category events
 * @since 0.1.0
 */
export type ComplaintEvent = typeof ComplaintEvent.Type
