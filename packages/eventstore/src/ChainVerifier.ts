import { Result } from "effect"
import type { NewEvent, RecordedEvent } from "./EventEnvelope.js"
import { type HashedContent, hashEvent } from "./EventHash.js"
import type { EventSchema } from "./EventSchema.js"
import { locatedIssue } from "./locatedIssue.js"
import { StoreUnavailable } from "./StoreErrors.js"
import type { StoredRecord } from "./StoredRecord.js"
import type { MerkleNodes } from "./transparency/MerkleNodes.js"
import * as TreeCheck from "./transparency/TreeCheck.js"
import type { Damage, VerifyReport } from "./VerifyReport.js"

const boundaryWords = (lastInBatch: boolean | undefined): string =>
  lastInBatch === undefined ? "with no batch boundary" : lastInBatch ? "as the last of its batch" : "inside its batch"

// What a hash mismatch means. When the hash matches the event with another batch boundary
// (`lastInBatch` flipped, added or removed), only the boundary was changed: a batch was split,
// merged with the next, or made to look cut short. Worked out only for a record that fails.
const mismatchMessage = (content: HashedContent, hash: string): string => {
  const { lastInBatch: stored, ...rest } = content
  for (const written of [true, false, undefined]) {
    if (written === stored) continue
    if (hashEvent(written === undefined ? rest : { ...rest, lastInBatch: written }) !== hash) continue
    return `the batch boundary was moved: the event was written ${boundaryWords(written)}, and is stored ${boundaryWords(stored)}`
  }
  return "the stored content does not match its hash: the event was changed after it was written"
}

const field = (record: unknown, name: string): string | undefined =>
  typeof record === "object" && record !== null && name in record ? String((record as Record<string, unknown>)[name]) : undefined

/**
 * Follows a store's log in global order, one record at a time: decodes it with the event schemas,
 * recomputes its hash, checks its link to the previous hash, and checks that global positions and
 * stream revisions are gapless. Used by `verifyChain`, and by stores importing already-sealed
 * events (a copy), so both apply exactly the same checks.
 *
 * @category verifying
 * @since 0.1.0
 */
export interface ChainWalker<Recorded extends RecordedEvent = RecordedEvent> {
  /** The next record as a checked event, or the damage it shows. */
  readonly check: (record: unknown) => { readonly ok: true; readonly event: Recorded } | { readonly ok: false; readonly damage: Damage }
  /** How many records passed. */
  readonly checked: () => number
  /** The hash of the last record that passed. */
  readonly lastHash: () => string | null
}

/**
 * A fresh walker, expecting global position 1 and no previous hash, decoding records with the
 * domain's schema.
 *
 * @category verifying
 * @since 0.1.0
 */
export const makeChainWalker = <Recorded extends RecordedEvent>(schema: EventSchema<NewEvent, Recorded>): ChainWalker<Recorded> => {
  let previousHash: string | null = null
  let expectedPosition = 1
  const lastRevisionByStream = new Map<string, number>()
  const damage = (record: unknown, kind: Damage["kind"], message: string) => {
    const eventId = field(record, "eventId")
    const stream = field(record, "stream")
    return {
      ok: false as const,
      damage: {
        kind,
        message,
        globalPosition: expectedPosition,
        ...(eventId === undefined ? {} : { eventId }),
        ...(stream === undefined ? {} : { stream })
      }
    }
  }
  return {
    check: (record) => {
      const decoded = schema.decodeRecordedEvent(record)
      if (Result.isFailure(decoded)) return damage(record, "undecodable", locatedIssue(decoded.failure))
      const event = decoded.success
      if (event.globalPosition !== expectedPosition)
        return damage(record, "out-of-order", `expected global position ${expectedPosition}, found ${event.globalPosition}`)
      const expectedRevision = (lastRevisionByStream.get(event.stream) ?? -1) + 1
      if (event.streamRevision !== expectedRevision) {
        return damage(
          record,
          "out-of-order",
          `expected revision ${expectedRevision} of stream "${event.stream}", found ${event.streamRevision}`
        )
      }
      if (event.previousHash !== previousHash) {
        return damage(
          record,
          "broken-link",
          `previous hash ${event.previousHash ?? "null"} is not the hash of the event before it (${previousHash ?? "null"})`
        )
      }
      const { globalPosition: _position, hash, ...content } = event
      if (hashEvent(content) !== hash) return damage(record, "hash-mismatch", mismatchMessage(content, hash))
      lastRevisionByStream.set(event.stream, event.streamRevision)
      previousHash = hash
      expectedPosition += 1
      return { ok: true as const, event }
    },
    checked: () => expectedPosition - 1,
    lastHash: () => previousHash
  }
}

const describe = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause))

// Checks one stored record: the walker's checks, then that its stored bytes are canonical. A
// record whose check throws (a payload nested too deep to walk, say) is reported, never thrown.
// Every damage is located at the position the walk had reached, so the records before it are the
// intact ones.
const checkStored = <Recorded extends RecordedEvent>(walker: ChainWalker<Recorded>, stored: StoredRecord): Damage | undefined => {
  const position = walker.checked() + 1
  try {
    const result = walker.check(stored.record)
    if (!result.ok) return result.damage
    const difference = stored.differenceFrom(result.event)
    if (difference === undefined) return undefined
    const { event } = result
    return {
      kind: "non-canonical",
      globalPosition: position,
      eventId: event.eventId,
      stream: event.stream,
      message: `${difference}; the stored record is not the exact form of the event its hash covers, so it was changed after it was written`
    }
  } catch (cause) {
    return {
      kind: "unreadable",
      globalPosition: position,
      message: `the stored record after position ${position - 1} cannot be checked (${describe(cause)})`
    }
  }
}

/**
 * Re-walks a store's log in global order with a `ChainWalker` and stops at the first problem.
 * Stores feed it their stored records one at a time, so verifying never loads the log into
 * memory. Each record must pass the walker's checks and then be exactly the canonical form of the
 * event it decodes to (`non-canonical` otherwise); a record that cannot even be checked is
 * reported as `unreadable`. The Merkle tree the store keeps (`tree`) must then be the tree of the
 * chain hashes walked (`tree-mismatch` otherwise, at the event whose leaf completes the first wrong
 * node: `TreeCheck`) — of the first `treeLeaves` of them, for a store that walks lines beyond its
 * log (a torn tail). A failure to read the store itself (a file, a table, a server) is the store's
 * to report, as `StoreUnavailable`.
 *
 * @category verifying
 * @since 0.1.0
 */
export const verifyChain = async (
  schema: EventSchema,
  records: AsyncIterable<StoredRecord>,
  tree: MerkleNodes,
  onProgress?: (eventsChecked: number) => void,
  treeLeaves?: number
): Promise<VerifyReport> => {
  const walker = makeChainWalker(schema)
  const treeCheck = TreeCheck.make(tree, treeLeaves)
  const failed = (damage: Damage): VerifyReport => ({ ok: false, eventsChecked: damage.globalPosition - 1, damage })
  for await (const stored of records) {
    const damage = checkStored(walker, stored)
    if (damage !== undefined) return failed(damage)
    const treeDamage = await treeCheck.leaf(walker.lastHash() as string)
    if (treeDamage !== undefined) return failed(treeDamage)
    onProgress?.(walker.checked())
  }
  const treeDamage = await treeCheck.finish()
  if (treeDamage !== undefined) return failed(treeDamage)
  return { ok: true, eventsChecked: walker.checked(), lastHash: walker.lastHash() }
}

const isTagged = (value: unknown): boolean => typeof value === "object" && value !== null && "_tag" in value

/**
 * `verifyChain` for a store named `store` (whose tree is `tree`): a failure to read its records (a file that cannot be
 * read, a table that is gone, a server that stops answering) rejects as `StoreUnavailable` naming
 * the store and the cause, never as a bare exception.
 *
 * @category verifying
 * @since 0.3.0
 */
export const verifyStore = (
  schema: EventSchema,
  store: string,
  records: AsyncIterable<StoredRecord>,
  tree: MerkleNodes,
  onProgress?: (eventsChecked: number) => void,
  treeLeaves?: number
): Promise<VerifyReport> =>
  verifyChain(schema, records, tree, onProgress, treeLeaves).catch((cause: unknown) => {
    if (isTagged(cause)) throw cause
    throw new StoreUnavailable({
      store,
      detail: `cannot read the stored events (${describe(cause)}); if the file or server is there and readable, the ledger was changed outside plan-ledger: restore it from a backup or a copy`
    })
  })
