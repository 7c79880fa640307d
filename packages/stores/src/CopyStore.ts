import { type EventStore } from "@plan-ledger/core"
import { StoreUnavailable } from "@plan-ledger/eventstore"
import { SealedImport, type VerifyReport } from "@plan-ledger/eventstore"
import { openStore } from "./StoreUrl.js"

/**
 * What a copy did: how many events it copied, and the target's `verify` afterwards.
 *
 * @category models
 * @since 0.1.0
 */
export interface CopyReport {
  readonly events: number
  readonly verified: VerifyReport
}

/**
 * Copies every event from one store to another, empty one — ids, positions and hashes unchanged,
 * each event checked against the chain as it is written — then verifies the target. Accepts store
 * URLs (opened and closed here; the source only to read, so it is never created or migrated) or
 * open stores.
 *
 * @example
 * import { copyStore } from "@plan-ledger/stores"
 * await copyStore("jsonl:ledger.jsonl", "sqlite:.plan-ledger/ledger.db")
 *
 * @category copying
 * @since 0.1.0
 */
export const copyStore = async (from: string | EventStore, to: string | EventStore): Promise<CopyReport> => {
  const source = typeof from === "string" ? await openStore(from, { access: "read" }) : from
  try {
    const target = typeof to === "string" ? await openStore(to) : to
    try {
      if (!SealedImport.canImportSealed(target)) {
        throw new StoreUnavailable({
          store: typeof to === "string" ? to : "target store",
          detail: "this store cannot take already-sealed events, so a copy would change every hash"
        })
      }
      const events = await target.importSealed(source.readAll())
      return { events, verified: await target.verify() }
    } finally {
      if (typeof to === "string") await target.close()
    }
  } finally {
    if (typeof from === "string") await source.close()
  }
}
