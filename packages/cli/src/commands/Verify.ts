import { Result } from "effect"
import { LedgerSnapshot } from "@plan-ledger/core/store"
import { Anchor } from "@plan-ledger/eventstore"
import { openLedgerStore, storeUrl } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import { expectedAnchor } from "../ExpectedAnchor.js"
import type { Io } from "../Io.js"
import { withReplayProgress } from "../Progress.js"
import type { CommandInput } from "../Spec.js"
import { verifyReportText } from "../VerifyReportText.js"

const describeHeld = (held: Anchor.Held): string =>
  held.hash === null ? "anchor of an empty ledger holds" : `anchor holds: position ${held.position} is the anchored event`

/**
 * `plan-ledger verify [--expect <anchor|hash|file>]`: re-walks the hash chain; exit 1 naming the
 * first damaged event, or, with `--expect`, saying what of the anchored ledger is missing. The
 * store's snapshot is checked too — its proof, and its state against the log folded afresh — and
 * a bad one is damage (exit 1), though no view ever reads it.
 *
 * @category commands
 * @since 0.1.0
 */
export const verify = async ({ values }: CommandInput<"verify">, io: Io): Promise<ExitCode> => {
  // The anchor is read before the store is opened, so a mistyped --expect costs no walk of the log.
  const expected = values.expect === undefined ? undefined : expectedAnchor(values.expect, io)
  const store = withReplayProgress(await openLedgerStore(values, io, "read"), io)
  try {
    const report = await store.verify()
    io.stdout(verifyReportText(storeUrl(values, io), report))
    if (!report.ok) return ExitCode.findings
    const snapshot = await LedgerSnapshot.verify(store)
    if (snapshot !== undefined)
      io.stdout(
        snapshot.ok
          ? `${storeUrl(values, io)}: snapshot up to global position ${snapshot.globalPosition} holds\n`
          : `${storeUrl(values, io)}: DAMAGED snapshot — ${snapshot.reason}; views fold the log instead of reading it: run plan-ledger rebuild to replace it\n`
      )
    if (snapshot?.ok === false) return ExitCode.findings
    if (expected === undefined) return ExitCode.ok
    const checked = await Anchor.check(store, expected)
    if (Result.isSuccess(checked)) {
      io.stdout(`${storeUrl(values, io)}: ${describeHeld(checked.success)}\n`)
      return ExitCode.ok
    }
    io.stdout(`${storeUrl(values, io)}: ANCHOR NOT FOUND — ${checked.failure.message}\n`)
    return ExitCode.findings
  } finally {
    await store.close()
  }
}
