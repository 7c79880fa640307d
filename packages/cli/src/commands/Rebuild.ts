import { LedgerSnapshot } from "@plan-ledger/core/store"
import { openLedgerStore, storeUrl } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import { withReplayProgress } from "../Progress.js"
import type { CommandInput } from "../Spec.js"
import { counted } from "../Words.js"

/**
 * `plan-ledger rebuild`: folds the whole ledger and keeps the state as the store's snapshot.
 *
 * @category commands
 * @since 0.3.0
 */
export const rebuild = async ({ values }: CommandInput<"rebuild">, io: Io): Promise<ExitCode> => {
  const url = storeUrl(values, io)
  const store = withReplayProgress(await openLedgerStore(values, io, "write"), io)
  try {
    const rebuilt = await LedgerSnapshot.rebuild(store)
    io.stdout(
      rebuilt === undefined
        ? `${url}: this store keeps no snapshots; nothing to rebuild\n`
        : rebuilt.eventCount === 0
          ? `${url}: the ledger holds no events; no snapshot kept\n`
          : `${url}: snapshot of ${counted(rebuilt.eventCount, "event")} kept, up to global position ${rebuilt.globalPosition}\n`
    )
    return ExitCode.ok
  } finally {
    await store.close()
  }
}
