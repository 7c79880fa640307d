import { type EventStore, type MerkleNodes, MerkleReplay } from "@plan-ledger/eventstore"

/**
 * The Merkle tree nodes of the store's log, which every command that signs or proves reads: the
 * tree rebuilt from the log's chain hashes, one read of the log.
 *
 * @category transparency
 * @since 0.5.0
 */
export const merkleNodesOf = (store: Pick<EventStore, "readAll">): Promise<MerkleNodes> => MerkleReplay.ofLog(store)
