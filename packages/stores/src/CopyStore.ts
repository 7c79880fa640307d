import type { EventStore, LedgerPersonalDataStore, RecordedEvent } from "@plan-ledger/core"
import { SealedImport, StoreUnavailable, type VerifyReport } from "@plan-ledger/eventstore"
import { openStore } from "./StoreUrl.js"

/**
 * What a copy did: how many events and personal values it copied, and the target's `verify`
 * afterwards.
 *
 * @category models
 * @since 0.1.0
 */
export interface CopyReport {
  readonly events: number
  /** How many personal values (kept and erased) the copy carried. */
  readonly personalValues: number
  readonly verified: VerifyReport
}

const hasPersonalData = (store: EventStore): store is LedgerPersonalDataStore => "personalData" in store

// The events as hashed: with commitments where a personal-data store keeps its values.
const hashedEvents = (store: EventStore): AsyncIterable<RecordedEvent> =>
  hasPersonalData(store) ? store.personalData.committed.readAll() : store.readAll()

/**
 * Copies every event from one store to another, empty one — ids, positions and hashes unchanged,
 * each event checked against the chain as it is written, and the personal values kept outside
 * the hashed events (erased ones as erased) — then verifies the target. Accepts store
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
      const sourceVault = source.personalVault
      const targetVault = target.personalVault
      if (sourceVault !== undefined && targetVault === undefined) {
        throw new StoreUnavailable({
          store: typeof to === "string" ? to : "target store",
          detail: "this store keeps no personal values, so a copy would lose them"
        })
      }
      // The personal values go first, into an empty store only: a copy cut short then leaves values
      // no event refers to (subject access lists them, an erasure removes them), never an event
      // without its values. A store that holds events is refused by the import below, untouched.
      const empty = (await target.head()).globalPosition === 0
      const personalValues =
        empty && sourceVault !== undefined && targetVault !== undefined ? await targetVault.import(sourceVault.entries()) : 0
      const events = await target.importSealed(hashedEvents(source))
      return { events, personalValues, verified: await target.verify() }
    } finally {
      if (typeof to === "string") await target.close()
    }
  } finally {
    if (typeof from === "string") await source.close()
  }
}
