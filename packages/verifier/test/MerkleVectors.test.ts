import { describe, expect, it } from "vitest"
import { fromBase64, fromHex, leafHash, rootOfLeafHashes, toHex, verifyConsistency, verifyInclusion } from "@plan-ledger/verifier"
import probes from "./vectors/transparency-dev-merkle-probes.json" with { type: "json" }
import tree from "./vectors/transparency-dev-merkle-tree.json" with { type: "json" }

const hex = (text: string): Uint8Array => fromHex(text) as Uint8Array
// The probes give hashes in base64; some are deliberately not 32 bytes, and a few not base64 at
// all for Go's decoder either ("" decodes to no bytes).
const base64 = (text: string): Uint8Array => fromBase64(text) ?? new Uint8Array(0)
const count = (value: number | string): number => Number(value)

describe("RFC 6962 hashing, against the eight test leaves of transparency-dev/merkle", () => {
  it("hashes each leaf to the node hash of level 0", async () => {
    const hashes = await Promise.all(tree.leafInputs.map((input) => leafHash(hex(input))))
    expect(hashes.map(toHex)).toEqual(tree.nodeHashes[0])
  })

  it("gives the published root of every tree size from 0 to 8", async () => {
    const hashes = await Promise.all(tree.leafInputs.map((input) => leafHash(hex(input))))
    for (let size = 0; size <= 8; size++) expect(toHex(await rootOfLeafHashes(hashes.slice(0, size)))).toBe(tree.rootsBySize[size])
  })

  it("accepts the published inclusion proofs", async () => {
    for (const vector of tree.inclusionProofs) {
      const index = vector.leaf - 1
      const verdict = await verifyInclusion(
        hex(tree.nodeHashes[0]?.[index] as string),
        index,
        vector.size,
        vector.proof.map(hex),
        hex(tree.rootsBySize[vector.size] as string)
      )
      expect(verdict, `leaf ${index} of ${vector.size}`).toEqual({ ok: true, value: undefined })
    }
  })

  it("accepts the published consistency proofs", async () => {
    for (const vector of tree.consistencyProofs) {
      const verdict = await verifyConsistency(
        vector.size1,
        vector.size2,
        vector.proof.map(hex),
        hex(tree.rootsBySize[vector.size1] as string),
        hex(tree.rootsBySize[vector.size2] as string)
      )
      expect(verdict, `${vector.size1} to ${vector.size2}`).toEqual({ ok: true, value: undefined })
    }
  })
})

describe("the inclusion and consistency probes of transparency-dev/merkle", () => {
  it("decide every inclusion probe as the reference verifier does", async () => {
    expect(probes.inclusion.length).toBeGreaterThan(90)
    for (const probe of probes.inclusion) {
      const verdict = await verifyInclusion(
        base64(probe.leafHash),
        count(probe.leafIdx),
        probe.treeSize,
        (probe.proof ?? []).map(base64),
        base64(probe.root)
      )
      expect(verdict.ok, probe.file).toBe(!probe.wantErr)
    }
  })

  // One probe gives two equal trees of one leaf whose "roots" are 12 bytes of text; the reference
  // verifier compares them and accepts, this one refuses any root that is not a SHA-256 hash.
  const withHashSizedRoots = (probe: { readonly root1: string; readonly root2: string }): boolean =>
    base64(probe.root1).length === 32 && base64(probe.root2).length === 32

  it("decide every consistency probe as the reference verifier does, refusing roots that are not hashes", async () => {
    expect(probes.consistency.length).toBeGreaterThan(90)
    for (const probe of probes.consistency) {
      const verdict = await verifyConsistency(
        probe.size1,
        probe.size2,
        (probe.proof ?? []).map(base64),
        base64(probe.root1),
        base64(probe.root2)
      )
      expect(verdict.ok, probe.file).toBe(!probe.wantErr && withHashSizedRoots(probe))
    }
  })

  it("name a truncated proof as truncated, and a forged one as not leading to the root", async () => {
    const happy = probes.inclusion.find((probe) => probe.file === "testdata/inclusion/1/happy-path.json")
    const truncated = probes.inclusion.find((probe) => probe.file.startsWith("testdata/inclusion/1/modified-proof"))
    if (happy === undefined || truncated === undefined) throw new Error("the probes are missing")
    const proof = (happy.proof ?? []).map(base64)
    const cut = await verifyInclusion(base64(happy.leafHash), happy.leafIdx as number, happy.treeSize, proof.slice(1), base64(happy.root))
    expect(cut).toMatchObject({ ok: false, refusal: { code: "wrong-length" } })
    const forged = await verifyInclusion(
      base64(truncated.leafHash),
      truncated.leafIdx as number,
      truncated.treeSize,
      (truncated.proof ?? []).map(base64),
      base64(truncated.root)
    )
    expect(forged).toMatchObject({ ok: false, refusal: { code: "root-mismatch" } })
  })
})
