import { openLedgerStore, storeUrl } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import { withReplayProgress } from "../Progress.js"
import type { CommandInput } from "../Spec.js"
import { counted } from "../Words.js"

/**
 * `plan-ledger verify`: re-walks the hash chain; exit 1 naming the first damaged event.
 *
 * @category commands
 * @since 0.1.0
 */
export const verify = async ({ values }: CommandInput<"verify">, io: Io): Promise<ExitCode> => {
  const store = withReplayProgress(await openLedgerStore(values, io, "read"), io)
  try {
    const report = await store.verify()
    if (report.ok) {
      io.stdout(
        `${storeUrl(values, io)}: ${counted(report.eventsChecked, "event")}, hash chain intact${report.lastHash === null ? "" : ` (last hash ${report.lastHash})`}\n`
      )
      return ExitCode.ok
    }
    const { damage } = report
    io.stdout(
      `${storeUrl(values, io)}: DAMAGED at global position ${damage.globalPosition}${damage.eventId === undefined ? "" : `, event ${damage.eventId}`}${damage.stream === undefined ? "" : ` (stream ${damage.stream})`}: ${damage.kind} — ${damage.message}\n` +
        `${counted(report.eventsChecked, "event")} before it ${report.eventsChecked === 1 ? "is" : "are"} intact. Restore the store from a backup or a copy; the ledger is append-only and is never repaired in place.\n`
    )
    return ExitCode.findings
  } finally {
    await store.close()
  }
}
