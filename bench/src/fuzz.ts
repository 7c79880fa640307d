// The import fuzzer of docs/reliability.md: writes fuzzed files of every table an officer imports,
// as CSV and as XLSX, imports each into a fresh in-memory ledger and checks that a refused file
// says where and why, and that an accepted file is in the ledger cell for cell. Prints a Markdown
// table of the outcomes per table and format; exits 1 on any silent change or unclear refusal,
// after printing each.
//
//   pnpm --filter @plan-ledger/bench fuzz --cases 11200 --seed 20091001   # 400 files per table and format
import { parseArgs } from "node:util"
import fc from "fast-check"
import { type FuzzOutcome, runCase } from "./fuzz/FuzzCase.js"
import { casesOf } from "./fuzz/FuzzCases.js"
import { FUZZ_TABLES } from "./fuzz/FuzzTables.js"

const { values } = parseArgs({
  options: {
    cases: { type: "string", default: "10000" },
    seed: { type: "string", default: "20091001" },
    show: { type: "string", default: "5" }
  }
})
const total = Number(values.cases)
const seed = Number(values.seed)
const formats = ["csv", "xlsx"] as const
const perTable = Math.ceil(total / (FUZZ_TABLES.length * formats.length))

type Tally = Record<FuzzOutcome["_tag"], number>
const rows: Array<{ readonly table: string; readonly format: string; readonly tally: Tally }> = []
const failures: Array<{ readonly table: string; readonly format: string; readonly outcome: FuzzOutcome }> = []

for (const [tableIndex, table] of FUZZ_TABLES.entries()) {
  for (const [formatIndex, format] of formats.entries()) {
    const tally: Tally = { stored: 0, refused: 0, "silent-change": 0, "unclear-refusal": 0 }
    const cases = fc.sample(casesOf(table, format), { numRuns: perTable, seed: seed + tableIndex * 7 + formatIndex })
    for (const fuzzed of cases) {
      const outcome = await runCase(fuzzed)
      tally[outcome._tag] += 1
      if (outcome._tag === "silent-change" || outcome._tag === "unclear-refusal") failures.push({ table: table.name, format, outcome })
    }
    rows.push({ table: table.name, format, tally })
  }
}

const sum = (key: keyof Tally): number => rows.reduce((count, row) => count + row.tally[key], 0)
const cases = rows.reduce((count, row) => count + Object.values(row.tally).reduce((left, right) => left + right, 0), 0)
process.stdout.write(`Import fuzz: ${cases} files, seed ${seed}\n\n`)
process.stdout.write(
  "| table | format | files | accepted, every cell stored exactly | refused, located | silent changes | unclear refusals |\n"
)
process.stdout.write(
  "| ----- | ------ | ----- | ----------------------------------- | ---------------- | -------------- | ---------------- |\n"
)
for (const { table, format, tally } of rows)
  process.stdout.write(
    `| ${table} | ${format} | ${tally.stored + tally.refused + tally["silent-change"] + tally["unclear-refusal"]} | ${tally.stored} | ${tally.refused} | ${tally["silent-change"]} | ${tally["unclear-refusal"]} |\n`
  )
process.stdout.write(
  `| **all** | | ${cases} | ${sum("stored")} | ${sum("refused")} | ${sum("silent-change")} | ${sum("unclear-refusal")} |\n`
)
for (const { table, format, outcome } of failures.slice(0, Number(values.show)))
  process.stdout.write(`\n${table} (${format}): ${JSON.stringify(outcome)}\n`)
process.exitCode = failures.length === 0 ? 0 : 1
