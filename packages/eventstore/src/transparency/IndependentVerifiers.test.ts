import { createPublicKey } from "node:crypto"
import { verifyCheckpoint } from "@sigstore/verify/dist/tlog/checkpoint.js"
import { verifyMerkleInclusion } from "@sigstore/verify/dist/tlog/merkle.js"
import { RFC9162 } from "@transmute/rfc9162"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as CheckpointSigning from "./CheckpointSigning.js"
import * as CompactRange from "./CompactRange.js"
import * as InMemoryMerkleNodes from "./InMemoryMerkleNodes.js"
import * as MerkleProofs from "./MerkleProofs.js"
import * as NoteKey from "./NoteKey.js"
import { leafHash } from "./TreeHasher.js"

// Two verifiers no one here wrote check what the prover makes: sigstore's (the RFC 6962 inclusion
// check and the signed-note checkpoint check of @sigstore/verify, which npm itself runs) and
// @transmute/rfc9162 (RFC 9162 §2.1.3.2 and §2.1.4.2 as written). Neither exports these functions
// from its entry point, so the tests reach them by path; both take Node buffers.

const ORIGIN = "ledger.example.org/council-plans"
const LARGEST = 200
const leafInputOf = (index: number): Uint8Array => new TextEncoder().encode(`event ${index}`)
const tree = InMemoryMerkleNodes.make()
for (let index = 0; index < LARGEST; index++) tree.append(leafHash(leafInputOf(index)))
const heads = await Promise.all(Array.from({ length: LARGEST + 1 }, (_, size) => MerkleProofs.treeHead(tree, size)))
const headAt = (size: number): Uint8Array => heads[size] as Uint8Array
const isPowerOfTwo = (size: number): boolean => Number.isInteger(Math.log2(size))

const logKey = await NoteKey.generate(ORIGIN)
const sigstoreLog = {
  logID: Buffer.from([...logKey.keyId, ...new Uint8Array(28)]),
  publicKey: createPublicKey({
    key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(logKey.publicKey).toString("base64url") },
    format: "jwk"
  }),
  baseURL: `https://${ORIGIN}`,
  validFor: { start: new Date(0), end: new Date(8.64e15) }
}

// A Rekor entry as @sigstore/verify reads it: the leaf's bytes (it hashes them itself), the
// inclusion proof and the signed checkpoint it is against.
const sigstoreEntry = (index: number, proof: ReadonlyArray<Uint8Array>, checkpoint: string) =>
  ({
    canonicalizedBody: Buffer.from(leafInputOf(index)),
    inclusionProof: { logIndex: String(index), hashes: proof.map((hash) => Buffer.from(hash)), checkpoint: { envelope: checkpoint } }
  }) as unknown as Parameters<typeof verifyMerkleInclusion>[0]

describe("sigstore's verifier", () => {
  it("accepts the prover's signed checkpoint and every inclusion proof against it", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: LARGEST }), async (size) => {
        const checkpoint = CheckpointSigning.sign({ origin: ORIGIN, size, rootHash: headAt(size), extensions: [] }, logKey)
        for (let index = 0; index < size; index++) {
          const entry = sigstoreEntry(index, await MerkleProofs.inclusionProof(tree, index, size), checkpoint)
          const verified = verifyCheckpoint(entry, [sigstoreLog] as unknown as Parameters<typeof verifyCheckpoint>[1])
          expect(verified.logSize).toBe(BigInt(size))
          expect(() => verifyMerkleInclusion(entry, verified)).not.toThrow()
        }
      }),
      { numRuns: 10 }
    )
  })

  it("refuses a checkpoint the log's key did not sign, and a proof of another leaf", async () => {
    const checkpoint = CheckpointSigning.sign({ origin: ORIGIN, size: 7, rootHash: headAt(7), extensions: [] }, logKey)
    const proof = await MerkleProofs.inclusionProof(tree, 3, 7)
    const forged = checkpoint.replace("\n7\n", "\n8\n")
    expect(() => verifyCheckpoint(sigstoreEntry(3, proof, forged), [sigstoreLog] as never)).toThrow("invalid checkpoint signature")
    const verified = verifyCheckpoint(sigstoreEntry(3, proof, checkpoint), [sigstoreLog] as never)
    expect(() => verifyMerkleInclusion(sigstoreEntry(4, proof, checkpoint), verified)).toThrow("calculated root hash does not match")
  })
})

describe("@transmute/rfc9162", () => {
  it("accepts every inclusion proof the prover makes", async () => {
    for (const size of [1, 2, 3, 7, 8, 9, 100, LARGEST]) {
      for (let index = 0; index < size; index++) {
        const inclusion_path = [...(await MerkleProofs.inclusionProof(tree, index, size))]
        const proof = { log_id: "", tree_size: size, leaf_index: index, inclusion_path }
        expect(await RFC9162.verifyInclusionProof(headAt(size), leafHash(leafInputOf(index)), proof), `${index} of ${size}`).toBe(true)
      }
    }
  })

  // This library leaves out step 2 of RFC 9162 §2.1.4.2 (prepend the older root when the older size
  // is a power of two, a line it keeps commented out), so the test does that step for it.
  it("accepts every consistency proof the prover makes, and refuses one with a changed hash", async () => {
    for (let size2 = 2; size2 <= LARGEST; size2 += 9) {
      for (let size1 = 1; size1 < size2; size1++) {
        const proof = await MerkleProofs.consistencyProof(tree, size1, size2)
        const consistency_path = isPowerOfTwo(size1) ? [headAt(size1), ...proof] : [...proof]
        const asGiven = { log_id: "", tree_size_1: size1, tree_size_2: size2, consistency_path }
        expect(await RFC9162.verifyConsistencyProof(headAt(size1), headAt(size2), asGiven), `${size1} to ${size2}`).toBe(true)
        const changed = { ...asGiven, consistency_path: consistency_path.map((hash, position) => (position === 0 ? leafHash(hash) : hash)) }
        expect(await RFC9162.verifyConsistencyProof(headAt(size1), headAt(size2), changed)).toBe(false)
      }
    }
    expect(CompactRange.root(tree.range())).toEqual(headAt(LARGEST))
  })
})
