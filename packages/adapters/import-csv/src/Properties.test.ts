import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Money } from "@plan-ledger/core"
import { formatImportProblem, type ImportResult } from "@plan-ledger/core/adapters"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { importBudget } from "./BudgetImporter.js"
import { importIndicators } from "./IndicatorsImporter.js"
import { decodeText } from "./TextInput.js"

// Every property runs a fixed number of cases from a fixed seed, so a failure is reproducible and
// the file stays fast.
const settings = { seed: 20_091_001, numRuns: 150 } as const

const exampleCsv = (name: string): string =>
  readFileSync(fileURLToPath(new URL(`../../../../examples/kent-lcsp-2009-10/csv/${name}`, import.meta.url)), "utf8")
const header =
  "activity,fte,employee_costs,running_costs,contracts_projects,external_income,internal_income,cabinet_member,prior_controllable,prior_fte"

/** Either a correct import, or problems that each carry a location and stay one short line. */
const wellFormed = (result: ImportResult): boolean =>
  result.ok ||
  (result.problems.length > 0 &&
    result.problems.every(
      (problem) =>
        Number.isInteger(problem.line) &&
        problem.line >= 1 &&
        Number.isInteger(problem.column) &&
        problem.column >= 1 &&
        // eslint-disable-next-line no-control-regex -- finding control characters is the point
        !/[\u0000-\u001F]/.test(formatImportProblem(problem)) &&
        formatImportProblem(problem).length < 1200
    ))

/** An amount written as a council writes it: £000 with up to five decimals, with or without thousands separators. */
const amount = fc.record({ pence: fc.integer({ min: -(10 ** 12), max: 10 ** 12 }), grouped: fc.boolean() })
const written = ({ pence, grouped }: { readonly pence: number; readonly grouped: boolean }): string => {
  const text = Money.formatScaled(pence, 5)
  return grouped ? `"${text}"` : text.replace(/,/g, "")
}

describe("importing arbitrary input", () => {
  it("imports generated budget lines with every amount exactly as written", () => {
    const line = fc.record({
      name: fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,20}$/),
      fte: fc.integer({ min: 0, max: 10 ** 7 }),
      amounts: fc.tuple(amount, amount, amount, amount, amount)
    })
    fc.assert(
      fc.property(
        fc.uniqueArray(line, { minLength: 1, maxLength: 12, selector: (row) => row.name.trim().toLowerCase().replace(/\s+/g, " ") }),
        (lines) => {
          const valid = lines.filter((row) => row.name.trim() !== "")
          fc.pre(valid.length > 0)
          const text = [
            header,
            ...valid.map((row) =>
              [row.name, Money.formatScaled(row.fte, 2).replace(/,/g, ""), ...row.amounts.map(written), "MD", "", ""].join(",")
            )
          ].join("\r\n")
          const result = importBudget({ fileName: "budget.csv", text, planId: "p", options: {} })
          if (!result.ok) throw new Error(result.problems.map(formatImportProblem).join("\n"))
          result.commands.forEach((command, index) => {
            const row = valid[index]
            if (command._tag !== "SetBudgetLine" || row === undefined) throw new Error(`unexpected ${command._tag}`)
            expect(command.figures.fte.hundredths).toBe(row.fte)
            const { employeeCosts, runningCosts, contractsAndProjects, externalIncome, internalIncome } = command.figures
            expect(
              [employeeCosts, runningCosts, contractsAndProjects, externalIncome, internalIncome].map((amount) => amount.pence)
            ).toEqual(row.amounts.map((cell) => cell.pence))
          })
        }
      ),
      settings
    )
  })

  it("ends every random table in an import or located problems", () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        "1e309",
        "NaN",
        "-0",
        "1,5",
        "1,,2",
        "9007199254740993",
        "1".repeat(25),
        '"',
        '""',
        "\u0000",
        "£££",
        "Early Years",
        "early years"
      )
    )
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 8 }), fc.constantFrom("\n", "\r\n", "\r"), (rows, lineEnd) => {
        const text = [header, ...rows.map((row) => row.join(","))].join(lineEnd)
        expect(wellFormed(importBudget({ fileName: "budget.csv", text, planId: "p", options: {} }))).toBe(true)
      }),
      settings
    )
  })

  it("ends random bytes in text or a located refusal", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom(undefined, "utf-8", "windows-1252", "utf-16le", "utf-16be") as fc.Arbitrary<
          "utf-8" | "windows-1252" | "utf-16le" | "utf-16be" | undefined
        >,
        (bytes, encoding) => {
          const reading = decodeText("random.csv", bytes, encoding)
          if (reading.ok) {
            expect(reading.text).not.toContain("\uFFFD")
            expect(wellFormed(importBudget({ fileName: "random.csv", text: reading.text, planId: "p", options: {} }))).toBe(true)
          } else {
            expect(wellFormed({ ok: false, problems: reading.problems })).toBe(true)
          }
        }
      ),
      settings
    )
  })

  it("reads each truncation of the example budget as a correct import or located problems", () => {
    const text = exampleCsv("budget.csv")
    for (let end = 0; end <= text.length; end += 1) {
      const result = importBudget({ fileName: "budget.csv", text: text.slice(0, end), planId: "p", options: {} })
      expect(wellFormed(result)).toBe(true)
    }
  })

  it("never lets an indicator value change: what is imported prints back as written", () => {
    const value = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
      fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }).map(String),
      fc.constantFrom("NaN", "1e309", "-0", "Infinity", "0.1", "9007199254740993", "123456789012345.6")
    )
    fc.assert(
      fc.property(value, (written) => {
        const result = importIndicators({
          fileName: "kpi.csv",
          text: `code,title,unit,polarity,period,kind,value\nNI 1,T,count,lower-is-better,2009/10,actual,${written}`,
          planId: "p",
          options: {}
        })
        expect(wellFormed(result)).toBe(true)
        const command = result.ok ? result.commands.find((each) => each._tag === "ReportIndicatorValue") : undefined
        if (command !== undefined && command._tag === "ReportIndicatorValue") {
          expect(Number.isFinite(command.value)).toBe(true)
          expect(command.value).toBe(Number(written) === 0 ? 0 : Number(written))
          if (/^-?\d+$/.test(written)) expect(BigInt(command.value)).toBe(BigInt(written))
        }
      }),
      settings
    )
  })

  it("locates a 10 MB field and NUL bytes without echoing them", () => {
    const huge = `${header}\nBase,0,${"9".repeat(10 * 1024 * 1024)},0,,0,0,MD,,`
    const result = importBudget({ fileName: "budget.csv", text: huge, planId: "p", options: {} })
    expect(result.ok ? [] : result.problems.map(formatImportProblem)).toEqual([
      `budget.csv:2:3 (employee_costs): "${"9".repeat(40)}…" is too large to hold exactly — a decimal in £000 such as 1,520.3, at most 9,007,199,254,740,991 in its smallest unit`
    ])
    expect(
      wellFormed(importBudget({ fileName: "budget.csv", text: `${header}\nBa\u0000se,0,0,0,,0,0,MD,,`, planId: "p", options: {} }))
    ).toBe(true)
  })
})
