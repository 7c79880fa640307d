import type { RecordedEvent } from "../EventEnvelope.js"
import * as InMemoryMerkleNodes from "../transparency/InMemoryMerkleNodes.js"
import { eventLeafHash } from "../transparency/TreeHasher.js"

/**
 * The whole tree over a log's chain hashes, in memory, every node of it kept: the model a store's
 * own tree is compared with, node by node (`nodeIdsOf`), e.g. after a migration.
 *
 * @example
 * import { logTree, nodeIdsOf } from "@plan-ledger/eventstore/testkit"
 * import type { EventStore } from "@plan-ledger/eventstore"
 *
 * const sameTree = async (store: EventStore, size: number): Promise<boolean> => {
 *   const model = await logTree(store.readAll())
 *   const ids = nodeIdsOf(size)
 *   const [stored, expected] = await Promise.all([store.merkle.read(ids), model.read(ids)])
 *   return stored.every((hash, at) => Buffer.from(hash).equals(expected[at] as Uint8Array))
 * }
 *
 * @category testing
 * @since 0.5.0
 */
export const logTree = async (events: AsyncIterable<RecordedEvent>): Promise<InMemoryMerkleNodes.InMemoryMerkleNodes> => {
  const tree = InMemoryMerkleNodes.make()
  for await (const event of events) tree.append(eventLeafHash(event.hash))
  return tree
}
