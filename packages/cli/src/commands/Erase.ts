import { Erasure } from "@plan-ledger/core"
import { openLedgerStore, storeUrl } from "../Context.js"
import { erasureProvenance } from "../ErasureProvenance.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import type { CommandInput } from "../Spec.js"
import { verifyReportText } from "../VerifyReportText.js"
import { counted } from "../Words.js"

/**
 * Prints what an erasure did, then verifies the ledger: an erasure leaves every hash in place, so
 * the chain must still hold.
 *
 * @category commands
 * @since 0.6.0
 */
export const reportErasure = async (
  io: Io,
  store: Awaited<ReturnType<typeof openLedgerStore>>,
  url: string,
  outcome: Erasure.ErasureOutcome
): Promise<ExitCode> => {
  for (const event of outcome.events)
    io.stdout(`erased ${counted(event.values, "personal value")}; recorded as event ${event.eventId} in ${event.stream}\n`)
  const report = await store.verify()
  io.stdout(verifyReportText(url, report))
  return report.ok ? ExitCode.ok : ExitCode.findings
}

/**
 * `plan-ledger erase --subject <subject> --reason … --authority …`: erases every value kept about
 * a person, records the erasure, and verifies the ledger.
 *
 * @category commands
 * @since 0.6.0
 */
export const erase = async ({ values }: CommandInput<"erase">, io: Io): Promise<ExitCode> => {
  const provenance = erasureProvenance(values, io, "erase")
  const store = await openLedgerStore(values, io, "write")
  try {
    const outcome = await Erasure.eraseSubject(store, values.subject, { provenance, clock: io.now })
    if (outcome.values === 0) {
      io.stdout(
        `nothing to erase: the ledger keeps no value about "${values.subject}" (run plan-ledger subject --id "${values.subject}" to check)\n`
      )
      return ExitCode.ok
    }
    return await reportErasure(io, store, storeUrl(values, io), outcome)
  } finally {
    await store.close()
  }
}
