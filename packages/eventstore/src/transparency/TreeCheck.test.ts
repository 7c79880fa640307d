import { describe, expect, it } from "vitest"
import * as InMemoryMerkleNodes from "./InMemoryMerkleNodes.js"
import type { MerkleNodes } from "./MerkleNodes.js"
import { eventLeafHash } from "./TreeHasher.js"
import * as TreeCheck from "./TreeCheck.js"

const chainHashes = Array.from({ length: 10 }, (_, index) => index.toString(16).padStart(64, "0"))

const treeOf = (hashes: ReadonlyArray<string>): InMemoryMerkleNodes.InMemoryMerkleNodes => {
  const tree = InMemoryMerkleNodes.make()
  for (const hash of hashes) tree.append(eventLeafHash(hash))
  return tree
}

// The tree, with the node at (level, index) answered as zeros.
const withNodeChanged = (tree: MerkleNodes, level: number, index: number): MerkleNodes => ({
  leafCount: tree.leafCount,
  read: async (ids) =>
    (await tree.read(ids)).map((hash, at) => (ids[at]?.level === level && ids[at]?.index === index ? new Uint8Array(32) : hash))
})

const check = async (tree: MerkleNodes, hashes: ReadonlyArray<string>, leaves?: number) => {
  const treeCheck = TreeCheck.make(tree, leaves)
  for (const hash of hashes) {
    const damage = await treeCheck.leaf(hash)
    if (damage !== undefined) return damage
  }
  return treeCheck.finish()
}

describe("TreeCheck", () => {
  it("finds nothing wrong with the tree of the chain hashes walked", async () => {
    expect(await check(treeOf(chainHashes), chainHashes)).toBeUndefined()
  })

  it("locates a changed node at the event whose leaf completes it", async () => {
    expect(await check(withNodeChanged(treeOf(chainHashes), 2, 1), chainHashes)).toMatchObject({
      kind: "tree-mismatch",
      globalPosition: 8,
      message: expect.stringContaining("(level 2, index 1)")
    })
    expect(await check(withNodeChanged(treeOf(chainHashes), 0, 4), chainHashes)).toMatchObject({ globalPosition: 5 })
  })

  it("reports a tree that holds fewer or more leaves than the log", async () => {
    expect(await check(treeOf(chainHashes.slice(0, 9)), chainHashes)).toMatchObject({ kind: "tree-mismatch", globalPosition: 10 })
    expect(await check(treeOf(chainHashes), chainHashes.slice(0, 9))).toMatchObject({
      kind: "tree-mismatch",
      globalPosition: 10,
      message: "the store keeps the Merkle tree of 10 events, but its log holds 9"
    })
  })

  it("checks only the first leaves when told how many the tree covers", async () => {
    expect(await check(treeOf(chainHashes.slice(0, 6)), chainHashes, 6)).toBeUndefined()
  })
})
