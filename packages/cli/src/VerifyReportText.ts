import type { VerifyReport } from "@plan-ledger/eventstore"
import { counted } from "./Words.js"

/**
 * What `verify` found, as the lines `verify` and `repair` print: the count and last hash of an
 * intact chain, or the first damaged event and what to do.
 *
 * @category output
 * @since 0.3.0
 */
export const verifyReportText = (url: string, report: VerifyReport): string => {
  if (report.ok) {
    return `${url}: ${counted(report.eventsChecked, "event")}, hash chain intact${report.lastHash === null ? "" : ` (last hash ${report.lastHash})`}\n`
  }
  const { damage } = report
  return (
    `${url}: DAMAGED at global position ${damage.globalPosition}${damage.eventId === undefined ? "" : `, event ${damage.eventId}`}${damage.stream === undefined ? "" : ` (stream ${damage.stream})`}: ${damage.kind} — ${damage.message}\n` +
    `${counted(report.eventsChecked, "event")} before it ${report.eventsChecked === 1 ? "is" : "are"} intact. Restore the store from a backup or a copy; the ledger is append-only and is never repaired in place.\n`
  )
}
