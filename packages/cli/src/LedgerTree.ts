import type { EventStore } from "@plan-ledger/core"
import { type MerkleNodes, MerkleReplay } from "@plan-ledger/eventstore"

/**
 * The Merkle tree nodes of the store's log, the one place every command that signs or proves
 * reads them from: the tree rebuilt from the log's chain hashes, in one read of the log.
 *
 * @category transparency
 * @since 0.5.0
 */
export const merkleNodesOf = (store: EventStore): Promise<MerkleNodes> => MerkleReplay.ofLog(store)
