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
  it("refuse the event store kernel importing core, an adapter or the CLI, or doing I/O", async () => {
    for (const other of ["@plan-ledger/core", "@plan-ledger/store-sqlite", "@plan-ledger/cli"]) {
      expect(await problemsIn("packages/eventstore/src/Example.ts", `import { imported } from "${other}"`)).toEqual([
        expect.stringContaining("the event store kernel imports no other package")
      ])
    }
    expect(await problemsIn("packages/eventstore/src/Example.ts", 'import { readFileSync as imported } from "node:fs"')).toEqual([
      expect.stringContaining("the event store kernel does no I/O")
    ])
  })

  it("allow the event store kernel the verifier", async () => {
    expect(
      await problemsIn(
        "packages/eventstore/src/transparency/Example.ts",
        'import { verifyInclusion as imported } from "@plan-ledger/verifier"'
      )
    ).toEqual([])
  })

  it("refuse the verifier importing any package or Node module", async () => {
    for (const other of ["@plan-ledger/eventstore", "effect", "node:crypto", "crypto"]) {
      expect(await problemsIn("packages/verifier/src/Example.ts", `import { imported } from "${other}"`), other).toEqual([
        expect.stringContaining("the verifier imports nothing but its own modules")
      ])
    }
    expect(await problemsIn("packages/verifier/src/Example.ts", 'import { sha256 as imported } from "./Sha256.js"')).toEqual([])
  })

  it("allow core the event store kernel, and nothing else of the workspace", async () => {
    expect(
      await problemsIn("packages/core/src/plan/Example.ts", 'import { EventSchema as imported } from "@plan-ledger/eventstore"')
    ).toEqual([])
  })

  it("refuse a store adapter importing core, and allow it the event store kernel", async () => {
    expect(
      await problemsIn("packages/adapters/store-sqlite/src/Example.ts", 'import { LedgerEvents as imported } from "@plan-ledger/core"')
    ).toEqual([expect.stringContaining("a store adapter imports only @plan-ledger/eventstore")])
    expect(
      await problemsIn(
        "packages/adapters/store-jsonl/src/Example.ts",
        'import { ChainVerifier as imported } from "@plan-ledger/eventstore"'
      )
    ).toEqual([])
  })

  it("refuse the complaints log importing the council plans' core", async () => {
    expect(
      await problemsIn("examples/complaints-log/src/Example.ts", 'import { LedgerEvents as imported } from "@plan-ledger/core"')
    ).toEqual([expect.stringContaining("the complaints log is another domain on the event store")])
  })

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

  it("refuse a plan slice importing another slice, in its model or its views", async () => {
    expect(
      await problemsIn(
        "packages/core/src/plan/budget/Example.ts",
        'import { staffingRowKey as imported } from "../staffing/StaffingState.js"'
      )
    ).toEqual([expect.stringContaining("the budget slice imports no other slice")])
    expect(
      await problemsIn(
        "packages/core/src/plan/budget/views/Example.ts",
        'import { project as imported } from "../../staffing/views/StaffingTotals.js"'
      )
    ).toEqual([expect.stringContaining("the budget slice imports no other slice")])
  })

  it("refuse a slice's model importing the aggregate, the ledger or a view, and allow it the shared ids and value types", async () => {
    for (const above of ["../PlanState.js", "../../ledger/LedgerState.js", "./views/BudgetStatement.js", "../views/PlanNotFound.js"]) {
      expect(await problemsIn("packages/core/src/plan/budget/Example.ts", `import * as imported from "${above}"`)).toEqual([
        expect.stringContaining("the budget slice's events, state, commands and decider import only their slice")
      ])
    }
    expect(
      await problemsIn("packages/core/src/plan/content/phrase/Example.ts", 'import * as imported from "../../../ledger/LedgerState.js"')
    ).toEqual([expect.stringContaining("the content slice's events, state, commands and decider import only their slice")])
    for (const allowed of ["../Unit.js", "../PlanId.js", "../../money/Money.js", "./BudgetState.js", "@plan-ledger/eventstore"]) {
      expect(await problemsIn("packages/core/src/plan/budget/Example.ts", `import * as imported from "${allowed}"`)).toEqual([])
    }
  })

  it("refuse plan/ importing the views across slices, and allow those views the slices", async () => {
    for (const inPlan of ["packages/core/src/plan/budget/views/Example.ts", "packages/core/src/plan/views/Example.ts"]) {
      const crossSlice = inPlan.includes("budget") ? "../../../views/CurrentPlan.js" : "../../views/CurrentPlan.js"
      expect(await problemsIn(inPlan, `import * as imported from "${crossSlice}"`)).toEqual([
        expect.stringContaining("nothing in plan/ imports views/")
      ])
    }
    expect(await problemsIn("packages/core/src/plan/budget/views/Example.ts", 'import * as imported from "../../PlanState.js"')).toEqual([])
    expect(
      await problemsIn("packages/core/src/views/Example.ts", 'import * as imported from "../plan/budget/views/BudgetStatement.js"')
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
