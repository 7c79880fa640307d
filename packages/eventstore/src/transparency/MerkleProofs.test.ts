import { fromHex, rootOfLeafHashes, toHex, verifyConsistency, verifyInclusion } from "@plan-ledger/verifier"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as CompactRange from "./CompactRange.js"
import * as InMemoryMerkleNodes from "./InMemoryMerkleNodes.js"
import type { MerkleNodes, NodeId } from "./MerkleNodes.js"
import * as MerkleProofs from "./MerkleProofs.js"
import { eventLeafHash, leafHash } from "./TreeHasher.js"

// The eight test leaves of RFC 6962 and the root of the tree over them, as github.com/transparency-dev/merkle
// publishes them (testonly/constants.go); the verifier's tests check every size against that file.
const RFC6962_LEAVES = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"]
const RFC6962_ROOT_OF_8 = "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"

const leafOf = (index: number): Uint8Array => leafHash(new TextEncoder().encode(`leaf ${index}`))

const treeOf = (size: number): InMemoryMerkleNodes.InMemoryMerkleNodes => {
  const tree = InMemoryMerkleNodes.make()
  for (let index = 0; index < size; index++) tree.append(leafOf(index))
  return tree
}

const flipBit = (hash: Uint8Array, bit: number): Uint8Array => {
  const flipped = hash.slice()
  flipped[Math.floor(bit / 8)] = (flipped[Math.floor(bit / 8)] as number) ^ (1 << (bit % 8))
  return flipped
}

const LARGEST = 300
const tree = treeOf(LARGEST + 1)
const heads = await Promise.all(Array.from({ length: LARGEST + 2 }, (_, size) => MerkleProofs.treeHead(tree, size)))
const headAt = (size: number): Uint8Array => heads[size] as Uint8Array

describe("the prover's tree", () => {
  it("has the published root over the eight RFC 6962 test leaves, fed one leaf at a time", async () => {
    const rfcTree = InMemoryMerkleNodes.make()
    for (const leaf of RFC6962_LEAVES) rfcTree.append(leafHash(fromHex(leaf) as Uint8Array))
    expect(toHex(CompactRange.root(rfcTree.range()))).toBe(RFC6962_ROOT_OF_8)
    expect(toHex(await MerkleProofs.treeHead(rfcTree, 8))).toBe(RFC6962_ROOT_OF_8)
  })

  it("has, at every size, the root the verifier computes from the leaves, from its compact range and from its nodes", async () => {
    const leaves = Array.from({ length: LARGEST + 1 }, (_, index) => leafOf(index))
    let range = CompactRange.empty
    for (let size = 0; size <= LARGEST; size++) {
      const expected = toHex(await rootOfLeafHashes(leaves.slice(0, size)))
      expect(toHex(CompactRange.root(range)), `size ${size}`).toBe(expected)
      expect(toHex(headAt(size)), `size ${size}`).toBe(expected)
      range = CompactRange.append(range, leaves[size] as Uint8Array).range
    }
  })

  it("resumes its compact range at any size from the nodes it keeps, and goes on growing the same tree", async () => {
    for (const size of [0, 1, 2, 7, 8, 100, 255, 256, LARGEST]) {
      const resumed = await CompactRange.resume(tree, size)
      expect(toHex(CompactRange.root(resumed)), `size ${size}`).toBe(toHex(headAt(size)))
      expect(toHex(CompactRange.root(CompactRange.append(resumed, leafOf(size)).range))).toBe(toHex(headAt(size + 1)))
    }
  })

  it("hashes a perfect subtree again from its events' chain hashes to the root the verifier computes over their leaves", async () => {
    const chainHashes = Array.from({ length: 64 }, (_, index) => toHex(leafOf(index)))
    for (let level = 0; level <= 6; level++) {
      const width = 2 ** level
      for (let index = 0; index < 64 / width; index++) {
        const under = chainHashes.slice(index * width, (index + 1) * width)
        expect(toHex(CompactRange.perfectSubtreeHash(under)), `node (${level}, ${index})`).toBe(
          toHex(await rootOfLeafHashes(under.map(eventLeafHash)))
        )
      }
    }
    for (const count of [0, 3, 6, 12]) expect(() => CompactRange.perfectSubtreeHash(chainHashes.slice(0, count))).toThrow(RangeError)
  })

  it("refuses a proof about more leaves than it holds", async () => {
    await expect(MerkleProofs.inclusionProof(tree, 0, LARGEST + 2)).rejects.toThrow("not within the 301 leaves held")
    await expect(MerkleProofs.consistencyProof(tree, 0, 5)).rejects.toThrow("not a start of one of 5")
  })
})

describe("inclusion proofs", () => {
  it("verify for every leaf of trees of up to 300 leaves", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: LARGEST }), async (size) => {
        for (let index = 0; index < size; index++) {
          const proof = await MerkleProofs.inclusionProof(tree, index, size)
          expect(await verifyInclusion(leafOf(index), index, size, proof, headAt(size))).toEqual({ ok: true, value: undefined })
        }
      }),
      { numRuns: 12 }
    )
  })

  it("are refused after any one change: a bit of a hash, a hash dropped or added, another index, another tree size", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 1, max: LARGEST })
          .chain((size) => fc.record({ size: fc.constant(size), index: fc.nat(size - 1), other: fc.nat(LARGEST) })),
        fc.nat(),
        async ({ size, index, other }, choice) => {
          const proof = await MerkleProofs.inclusionProof(tree, index, size)
          const refused = async (leaf: Uint8Array, at: number, treeSize: number, hashes: ReadonlyArray<Uint8Array>) =>
            expect((await verifyInclusion(leaf, at, treeSize, hashes, headAt(Math.min(treeSize, LARGEST + 1)))).ok).toBe(false)
          const bit = choice % ((proof.length + 1) * 256)
          if (bit < 256) await refused(flipBit(leafOf(index), bit), index, size, proof)
          else
            await refused(
              leafOf(index),
              index,
              size,
              proof.map((hash, position) => (position === Math.floor(bit / 256) - 1 ? flipBit(hash, bit % 256) : hash))
            )
          if (proof.length > 0) await refused(leafOf(index), index, size, proof.slice(0, -1))
          await refused(leafOf(index), index, size, [...proof, leafOf(choice)])
          if (other !== index) await refused(leafOf(index), other, size, proof)
          if (other + 1 !== size) await refused(leafOf(index), index, other + 1, proof)
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe("consistency proofs", () => {
  it("verify from every size to trees of up to 300 leaves", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: LARGEST }), async (size2) => {
        for (let size1 = 1; size1 <= size2; size1++) {
          const proof = await MerkleProofs.consistencyProof(tree, size1, size2)
          expect(await verifyConsistency(size1, size2, proof, headAt(size1), headAt(size2)), `${size1} to ${size2}`).toEqual({
            ok: true,
            value: undefined
          })
        }
      }),
      { numRuns: 12 }
    )
  })

  it("are refused after any one change: a bit of a hash, a hash dropped or added, another older or newer size", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: LARGEST }).chain((size2) =>
          fc.record({
            size1: fc.integer({ min: 1, max: size2 - 1 }),
            size2: fc.constant(size2),
            other: fc.integer({ min: 1, max: LARGEST })
          })
        ),
        fc.nat(),
        async ({ size1, size2, other }, choice) => {
          const proof = await MerkleProofs.consistencyProof(tree, size1, size2)
          const refused = async (older: number, newer: number, hashes: ReadonlyArray<Uint8Array>, root1 = headAt(older)) =>
            expect((await verifyConsistency(older, newer, hashes, root1, headAt(newer))).ok).toBe(false)
          const bit = choice % ((proof.length + 1) * 256)
          if (bit < 256) await refused(size1, size2, proof, flipBit(headAt(size1), bit))
          else
            await refused(
              size1,
              size2,
              proof.map((hash, position) => (position === Math.floor(bit / 256) - 1 ? flipBit(hash, bit % 256) : hash))
            )
          await refused(size1, size2, proof.slice(0, -1))
          await refused(size1, size2, [...proof, leafOf(choice)])
          if (other !== size1) await refused(other, size2, proof)
          if (other !== size2) await refused(size1, other, proof)
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe("a log of a million events", () => {
  it("answers an inclusion and a consistency proof with one read of at most 2 × log2(size) nodes", async () => {
    const size = 1_000_000
    const large = treeOf(size)
    const asked: Array<ReadonlyArray<NodeId>> = []
    const counted: MerkleNodes = { leafCount: large.leafCount, read: (ids) => (asked.push(ids), large.read(ids)) }
    const root = CompactRange.root(large.range())
    for (const index of [0, 123_456, 999_999]) {
      asked.length = 0
      const proof = await MerkleProofs.inclusionProof(counted, index, size)
      expect(asked.length).toBe(1)
      expect(asked[0]?.length).toBeLessThanOrEqual(40)
      expect(await verifyInclusion(leafOf(index), index, size, proof, root)).toEqual({ ok: true, value: undefined })
    }
    asked.length = 0
    const proof = await MerkleProofs.consistencyProof(counted, 654_321, size)
    expect(asked.length).toBe(1)
    expect(asked[0]?.length).toBeLessThanOrEqual(40)
    expect(await verifyConsistency(654_321, size, proof, await MerkleProofs.treeHead(large, 654_321), root)).toEqual({
      ok: true,
      value: undefined
    })
  })
})
