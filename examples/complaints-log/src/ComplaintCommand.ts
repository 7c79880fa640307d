import type { CalendarDate } from "@plan-ledger/eventstore"
import type { Finding } from "./events.js"

/**
 * What an officer asks of the complaints log.
 *
 * @category commands
 * @since 0.1.0
 */
export type ComplaintCommand =
  | {
      readonly _tag: "ReceiveComplaint"
      readonly complaintId: string
      readonly service: string
      readonly summary: string
      readonly receivedOn: CalendarDate
    }
  | { readonly _tag: "AcknowledgeComplaint"; readonly complaintId: string; readonly acknowledgedOn: CalendarDate }
  | { readonly _tag: "ResolveComplaint"; readonly complaintId: string; readonly finding: Finding; readonly resolvedOn: CalendarDate }
