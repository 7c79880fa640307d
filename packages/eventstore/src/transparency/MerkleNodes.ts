/**
 * A perfect subtree of the log's tree: the `2^level` leaves from `index * 2^level` on. Level 0 holds
 * the leaf hashes; the node at `(level, index)` is the hash of the nodes at `(level - 1, 2 * index)`
 * and `(level - 1, 2 * index + 1)`. A perfect subtree never changes once its last leaf is appended.
 *
 * @category models
 * @since 0.4.0
 */
export interface NodeId {
  readonly level: number
  readonly index: number
}

/**
 * A node and its hash, as an append completes it.
 *
 * @category models
 * @since 0.4.0
 */
export interface CompletedNode {
  readonly id: NodeId
  readonly hash: Uint8Array
}

/**
 * What the prover reads from a store to answer proofs: the hashes of perfect subtrees. A store
 * keeps each node as an append completes it (`CompactRange.append` names them: on average two a
 * leaf), keyed by `(level, index)` — or only those from `keptFromLevel` up, hashing the few below
 * again from the log when one is read — and resumes appending from them after a restart
 * (`CompactRange.resume`). A proof or a tree head at any size needs at most about
 * `2 × log2(size)` nodes, all asked for in one `read`, so a store answers from an index in one
 * query — and, for nodes below `keptFromLevel`, a few small reads of chain hashes by position.
 *
 * @category models
 * @since 0.4.0
 */
export interface MerkleNodes {
  /**
   * The lowest level whose nodes the store keeps (0, all of them, when absent). A node below it
   * spans fewer than `2^keptFromLevel` leaves, and `read` hashes it again from the chain hashes of
   * the events under it; `verify` compares only the nodes kept, since those below are hashed from
   * the very chain hashes it walks. (An event rewritten with every later chain hash recomputed is
   * then caught by `verify` only where a kept node covers it; elsewhere, as anywhere the tree was
   * rewritten too, by an anchor or a checkpoint.)
   */
  readonly keptFromLevel?: number
  /** How many leaves the store holds the nodes of. */
  readonly leafCount: () => Promise<number>
  /** The hashes of the given nodes, in the order asked; each lies within the leaves held. */
  readonly read: (ids: ReadonlyArray<NodeId>) => Promise<ReadonlyArray<Uint8Array>>
}
