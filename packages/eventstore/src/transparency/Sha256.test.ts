import { createHash } from "node:crypto"
import fc from "fast-check"
import { createSHA256 } from "hash-wasm"
import { describe, expect, it } from "vitest"
import { compiling, nodeSha256, sha256, wasmSha256 } from "./Sha256.js"

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString("hex")

describe("Sha256", () => {
  it('gives FIPS 180-4\'s digest of "abc" both ways', async () => {
    const abc = new TextEncoder().encode("abc")
    const digest = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    expect(hex(nodeSha256(abc))).toBe(digest)
    expect(hex(wasmSha256(await createSHA256())(abc))).toBe(digest)
  })

  it("hashes any bytes as node:crypto does, with either hasher, and keeps each digest apart from the next", async () => {
    const wasm = wasmSha256(await createSHA256())
    await compiling
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.uint8Array({ maxLength: 200 }), (first, second) => {
        const expected = [first, second].map((bytes) => createHash("sha256").update(bytes).digest("hex"))
        for (const hasher of [nodeSha256, wasm, sha256]) {
          const digests = [hasher(first), hasher(second)]
          expect(digests.map(hex)).toEqual(expected)
        }
      })
    )
  })
})
