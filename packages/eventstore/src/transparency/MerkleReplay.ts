import type { EventStore } from "../EventStore.js"
import * as InMemoryMerkleNodes from "./InMemoryMerkleNodes.js"
import { eventLeafHash } from "./TreeHasher.js"

/**
 * The Merkle tree of a store's log, rebuilt in memory from its events' chain hashes in global
 * order: leaf `i` is the event at global position `i + 1`. It reads the whole log, so it is what a
 * store that keeps no nodes of its own is proven from, and what a store's own nodes are checked
 * against.
 *
 * @category constructors
 * @since 0.4.0
 */
export const ofLog = async (store: Pick<EventStore, "readAll">): Promise<InMemoryMerkleNodes.InMemoryMerkleNodes> => {
  const nodes = InMemoryMerkleNodes.make()
  for await (const event of store.readAll()) {
    const expected = nodes.range().size + 1
    if (event.globalPosition !== expected)
      throw new RangeError(`the log holds global position ${event.globalPosition} where position ${expected} was expected`)
    nodes.append(eventLeafHash(event.hash))
  }
  return nodes
}
