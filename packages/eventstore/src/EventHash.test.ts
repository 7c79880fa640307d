import { createHash } from "node:crypto"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { canonicalJson, hashEvent, type HashedContent } from "./EventHash.js"

// The canonical text as its definition says, written out the slow, obvious way.
const byDefinition = (value: unknown): string => {
  if (value === null || typeof value !== "object") return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(byDefinition).join(",")}]`
  const record = value as Record<string, unknown>
  const entries = Object.keys(record)
    .sort()
    .filter((key) => record[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${byDefinition(record[key])}`)
  return `{${entries.join(",")}}`
}

describe("canonicalJson", () => {
  it("writes any JSON value with its keys sorted at every depth", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => canonicalJson(value) === byDefinition(value)))
  })

  it("writes values JSON.stringify would place or write otherwise as the definition says", () => {
    const cases: ReadonlyArray<unknown> = [
      { b: 1, 10: "ten", 9: "nine", a: { 2: true, 1: false } },
      JSON.parse('{"z":1,"__proto__":{"y":2}}'),
      { when: new Date(0), list: [1, { b: 2, a: 1 }] },
      { kept: 1, dropped: undefined }
    ]
    for (const value of cases) expect(canonicalJson(value)).toBe(byDefinition(value))
  })
})

describe("hashEvent", () => {
  it("hashes the canonical text of all but the global position, the hash and the previous hash, chained to the previous hash", () => {
    const { globalPosition, hash, previousHash, ...hashed } = {
      type: "Noted",
      eventId: "e-1",
      data: { text: 'é\u2028"', count: 2, nested: [{ b: 1, a: null }] },
      stream: "s",
      streamRevision: 0,
      globalPosition: 7,
      lastInBatch: true,
      previousHash: "abc",
      hash: "ignored"
    }
    const content = { ...hashed, globalPosition, hash, previousHash } as unknown as HashedContent
    expect(hashEvent(content)).toBe(
      createHash("sha256")
        .update(`${previousHash}\n${byDefinition(hashed)}`)
        .digest("hex")
    )
  })
})
