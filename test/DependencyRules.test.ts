import { ESLint } from "eslint"
import { describe, expect, it } from "vitest"

// The architecture's import rules, checked through the same ESLint configuration `pnpm lint` runs:
// each case lints a one-line file placed where the rule applies.
const eslint = new ESLint()

const problemsIn = async (filePath: string, code: string): Promise<ReadonlyArray<string>> => {
  const [result] = await eslint.lintText(`${code}\nexport const used = imported\n`, { filePath })
  return (result?.messages ?? []).filter((message) => message.ruleId?.includes("import")).map((message) => message.message)
}

describe("dependency rules", () => {
  it("refuse core importing an adapter or doing I/O", async () => {
    expect(await problemsIn("packages/core/src/plan/Example.ts", 'import { imported } from "@plan-ledger/store-sqlite"')).toEqual([
      expect.stringContaining("core imports no other package")
    ])
    expect(await problemsIn("packages/core/src/plan/Example.ts", 'import { readFileSync as imported } from "node:fs"')).toEqual([
      expect.stringContaining("core does no I/O")
    ])
    expect(await problemsIn("packages/core/src/plan/Example.ts", 'import { DatabaseSync as imported } from "node:sqlite"')).toEqual([
      expect.stringContaining("core does no I/O")
    ])
  })

  it("refuse an adapter importing another adapter, and allow it core", async () => {
    expect(
      await problemsIn("packages/adapters/render-csv/src/Example.ts", 'import { imported } from "@plan-ledger/render-markdown"')
    ).toEqual([expect.stringContaining("an adapter imports only @plan-ledger/core")])
    expect(
      await problemsIn("packages/adapters/render-csv/src/Example.ts", 'import { Money as imported } from "@plan-ledger/core"')
    ).toEqual([])
  })

  it("refuse reaching into another package's src/ or test/", async () => {
    expect(await problemsIn("packages/cli/src/Example.ts", 'import { imported } from "@plan-ledger/core/src/money/Money.js"')).toEqual([
      expect.stringContaining("never from its src/, test/ or dist/ folder")
    ])
    expect(await problemsIn("packages/stores/test/Example.ts", 'import { imported } from "../../core/src/money/Money.js"')).toEqual([
      expect.stringContaining("Relative import from another package")
    ])
  })
})
