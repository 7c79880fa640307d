import type { Damage } from "../VerifyReport.js"
import * as CompactRange from "./CompactRange.js"
import type { CompletedNode, MerkleNodes } from "./MerkleNodes.js"
import { eventLeafHash } from "./TreeHasher.js"

// Nodes compared with the store's in one read: a few thousand, so a check of a million events
// reads its two million nodes in a few hundred reads, and never holds more than these in memory.
const NODES_A_READ = 4096

/**
 * What `verify` checks of the tree a store keeps, fed the chain hashes of the events it walked, in
 * global order: every node the store keeps (from its `keptFromLevel` up) must be the node the tree
 * of those chain hashes has, and it holds no leaf beyond them.
 *
 * @category verifying
 * @since 0.4.0
 */
export interface TreeCheck {
  /** Takes the chain hash of the next event; reports the first node found wrong so far, if any. */
  readonly leaf: (chainHash: string) => Promise<Damage | undefined>
  /** Compares the nodes still pending and the number of leaves the store holds. */
  readonly finish: () => Promise<Damage | undefined>
}

const equal = (left: Uint8Array, right: Uint8Array): boolean => left.length === right.length && left.every((byte, at) => byte === right[at])

// The global position of the event whose leaf completes a node: the last leaf under it.
const completedAt = ({ id }: CompletedNode): number => (id.index + 1) * 2 ** id.level

const describe = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause))

/**
 * A check of `nodes` against the tree recomputed, one chain hash at a time, from leaf 0 — of the
 * first `leaves` events walked, when the store walks events beyond its log (a torn tail), else of
 * all.
 *
 * @category verifying
 * @since 0.4.0
 */
export const make = (nodes: MerkleNodes, leaves = Number.POSITIVE_INFINITY): TreeCheck => {
  const keptFromLevel = nodes.keptFromLevel ?? 0
  let range = CompactRange.empty
  let pending: Array<CompletedNode> = []
  const wrongNode = (node: CompletedNode): Damage => ({
    kind: "tree-mismatch",
    globalPosition: completedAt(node),
    message: `the stored Merkle tree node (level ${node.id.level}, index ${node.id.index}) is not the hash of the chain hashes under it, so it was changed after it was written`
  })
  // A read that failed: the nodes are read again one at a time, to name the first one missing.
  const firstMissing = async (expected: ReadonlyArray<CompletedNode>): Promise<Damage | undefined> => {
    for (const node of expected) {
      let stored: Uint8Array | undefined
      try {
        stored = (await nodes.read([node.id]))[0]
      } catch (cause) {
        return {
          kind: "tree-mismatch",
          globalPosition: completedAt(node),
          message: `the Merkle tree the store keeps lacks its node (level ${node.id.level}, index ${node.id.index}) (${describe(cause)})`
        }
      }
      if (stored === undefined || !equal(node.hash, stored)) return wrongNode(node)
    }
    return undefined
  }
  const compare = async (): Promise<Damage | undefined> => {
    const expected = pending
    pending = []
    if (expected.length === 0) return undefined
    let stored: ReadonlyArray<Uint8Array>
    try {
      stored = await nodes.read(expected.map((node) => node.id))
    } catch {
      return firstMissing(expected)
    }
    const wrong = expected.find((node, at) => !equal(node.hash, stored[at] as Uint8Array))
    return wrong === undefined ? undefined : wrongNode(wrong)
  }
  return {
    leaf: async (chainHash) => {
      if (range.size >= leaves) return undefined
      const next = CompactRange.append(range, eventLeafHash(chainHash))
      range = next.range
      for (const node of next.completed) if (node.id.level >= keptFromLevel) pending.push(node)
      return pending.length >= NODES_A_READ ? compare() : undefined
    },
    finish: async () => {
      const damage = await compare()
      if (damage !== undefined) return damage
      const held = await nodes.leafCount()
      if (held === range.size) return undefined
      return {
        kind: "tree-mismatch",
        globalPosition: Math.min(held, range.size) + 1,
        message: `the store keeps the Merkle tree of ${held} events, but its log holds ${range.size}`
      }
    }
  }
}
