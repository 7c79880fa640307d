import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { plainAsyncExample } from "../src/plainAsync.js"
import { effectExample } from "../src/withEffect.js"

const read = (relative: string): string => readFileSync(fileURLToPath(new URL(relative, import.meta.url)), "utf8")

const region = (source: string, name: string): string => {
  const found = new RegExp(`// #region ${name}\\n([\\s\\S]*?)// #endregion ${name}`).exec(source)
  if (found?.[1] === undefined) throw new Error(`region ${name} not found`)
  return found[1].trim()
}

describe("embedding examples", () => {
  it("runs the plain async example: Early Years controllable = 2,706.2 - 140.4", async () => {
    // Early Years line of the revenue budget table, Kent County Council, LCSP Service Level Business Plan 2009/10: controllable expenditure 2,565.8.
    expect(await plainAsyncExample()).toBe("controllable £2,565.8k")
  })

  it("runs the Effect example", async () => {
    expect(await effectExample()).toBe("draft, £0.0k")
  })

  it("shows exactly this code in the core README", () => {
    const readme = read("../../../packages/core/README.md")
    expect(readme).toContain(region(read("../src/plainAsync.ts"), "plain-async"))
    expect(readme).toContain(region(read("../src/withEffect.ts"), "effect"))
  })
})
