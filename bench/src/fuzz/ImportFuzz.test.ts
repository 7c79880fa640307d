import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { runCase } from "./FuzzCase.js"
import { casesOf } from "./FuzzCases.js"
import { FUZZ_TABLES } from "./FuzzTables.js"

// A fixed seed and a few dozen files per table and format keep the suite reproducible and short;
// `pnpm --filter @plan-ledger/bench fuzz` runs the same cases by the ten thousand (docs/reliability.md).
const settings = { seed: 20_091_001, numRuns: 12 } as const

describe("every accepted file is in the ledger cell for cell; every refused one says where and why", () => {
  for (const table of FUZZ_TABLES) {
    for (const format of ["csv", "xlsx"] as const) {
      it(`${table.name} as ${format}`, async () => {
        await fc.assert(
          fc.asyncProperty(casesOf(table, format), async (fuzzed) => {
            const outcome = await runCase(fuzzed)
            expect(outcome, JSON.stringify(outcome)).toSatisfy((held: typeof outcome) => held._tag === "stored" || held._tag === "refused")
          }),
          settings
        )
      })
    }
  }
})
