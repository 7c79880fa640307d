import { describe, expect, it } from "vitest"
import { jsonChunks } from "./JsonChunks.js"

const joined = (value: unknown): string => [...jsonChunks(value)].join("")

// A seeded walk that builds nested values of every kind JSON.stringify meets.
const randomValue = (seed: number): unknown => {
  let state = seed
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
  const build = (depth: number): unknown => {
    const pick = Math.floor(next() * (depth > 4 ? 6 : 9))
    if (pick === 0) return null
    if (pick === 1) return next() < 0.5
    if (pick === 2) return Math.round((next() - 0.5) * 1e6) / 100
    if (pick === 3) return `text "${Math.floor(next() * 1000)}" é\n\u0001 ✓`
    if (pick === 4) return undefined
    if (pick === 5) return Number.NaN
    if (pick === 6) return Array.from({ length: Math.floor(next() * 4) }, () => build(depth + 1))
    if (pick === 7) return { toJSON: () => `as JSON ${depth}` }
    return Object.fromEntries(Array.from({ length: Math.floor(next() * 4) }, (_, index) => [`key ${index} "${depth}"`, build(depth + 1)]))
  }
  return { root: build(0), list: [build(1), undefined, build(1)] }
}

describe("JSON in pieces", () => {
  it("is JSON.stringify's text with two spaces and a newline, to the byte, for values of every kind", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const value = randomValue(seed)
      expect(joined(value)).toBe(`${JSON.stringify(value, null, 2)}\n`)
    }
    for (const value of [[], {}, "", 0, -0, null, [[]], { a: {} }, { a: undefined }, [undefined]])
      expect(joined(value)).toBe(`${JSON.stringify(value, null, 2)}\n`)
  })

  it("hands a long list over in pieces of about 64 KB, never as one string", () => {
    const lines = Array.from({ length: 200_000 }, (_, index) => ({ lineId: `line-${index}`, activity: `Line ${index}`, fte: 1.5 }))
    const pieces = [...jsonChunks({ lines })]
    expect(pieces.length).toBeGreaterThan(100)
    for (const piece of pieces) expect(piece.length).toBeLessThan(64 * 1024 + 1024)
    expect(pieces.join("")).toBe(`${JSON.stringify({ lines }, null, 2)}\n`)
  })

  it("walks a nesting of thousands of levels with a stack of its own", () => {
    let deep: unknown = "bottom"
    for (let depth = 0; depth < 3_000; depth++) deep = { [`level ${depth}`]: [deep] }
    const text = joined(deep)
    expect(text.match(/"level \d+": \[/g)).toHaveLength(3_000)
    expect(text.startsWith('{\n  "level 2999": [\n    {\n      "level 2998"')).toBe(true)
    expect(text).toContain('"bottom"')
    expect(text.endsWith("}\n")).toBe(true)
  })
})
