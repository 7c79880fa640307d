import type { EventStore } from "@plan-ledger/core"
import type { MerkleNodes } from "@plan-ledger/eventstore"

/**
 * The Merkle tree nodes of the store's log, the one place every command that signs or proves
 * reads them from: the nodes the store keeps with its events (`EventStore.merkle`), so a proof
 * or a checkpoint reads a few nodes, never the whole log.
 *
 * @category transparency
 * @since 0.5.0
 */
export const merkleNodesOf = (store: EventStore): Promise<MerkleNodes> => Promise.resolve(store.merkle)
