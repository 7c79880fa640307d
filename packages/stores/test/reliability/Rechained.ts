// The chain recomputed over edited records, as an editor who knows the hash formula makes it: each
// record's previous hash set to the hash of the record before it, and its own hash recomputed, so
// the chain is whole again and only an anchor or a signed tree head taken before shows the change.
import { EventHash } from "@plan-ledger/eventstore"

/** The records, in order, each with its previous hash and its hash recomputed from the first on. */
export const rechained = <Stored extends object>(records: ReadonlyArray<Stored>): Array<Stored> => {
  let previousHash: string | null = null
  return records.map((record) => {
    const content = { ...record, previousHash }
    previousHash = EventHash.hashEvent(content as unknown as EventHash.HashedContent)
    return { ...content, hash: previousHash }
  })
}
