import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { isLedgerError, make as makeLedger } from "../ledger/Ledger.js"
import * as Period from "../period/Period.js"
import * as InMemoryEventStore from "../store/InMemoryEventStore.js"
import type { PlanCommand } from "./PlanCommand.js"

const planId = "lcsp-2009-10"
const provenance = { actor: "officer", reason: "import", effectiveDate: Period.CalendarDate.make("2009-04-01") }
const draft = {
  _tag: "DraftPlan",
  planId,
  kind: "service-business-plan",
  title: "LCSP plan 2009/10",
  ownerId: "kcc-cfe",
  period: Period.financialYear("2009/10")
}
const money = (pence: unknown) => ({ _tag: "Money", pence })
const figures = {
  fte: { _tag: "Fte", hundredths: 1950 },
  employeeCosts: money(87_010_000),
  runningCosts: money(0),
  contractsAndProjects: money(0),
  externalIncome: money(0),
  internalIncome: money(0)
}
const line = (overrides: Record<string, unknown>) => ({
  _tag: "SetBudgetLine",
  planId,
  lineId: "behaviour-service",
  activity: "Behaviour Service",
  figures,
  stated: {},
  ...overrides
})

// Commands as untyped input gives them: JSON, or plain JavaScript with no compiler to object.
const execute = async (command: unknown) => {
  const ledger = makeLedger({ store: InMemoryEventStore.make() })
  await ledger.executePlan(planId, [draft as PlanCommand], provenance)
  return ledger.executePlan(planId, [command as PlanCommand], provenance)
}

const refusalOf = async (command: unknown): Promise<string> => {
  const outcome = await execute(command)
  if (outcome.ok) throw new Error("the command was taken")
  expect(isLedgerError(outcome.error)).toBe(true)
  return outcome.error.message
}

describe("figures in a command from untyped input", () => {
  it("takes money and FTE in their tagged form, as JSON writes them", async () => {
    const outcome = await execute(JSON.parse(JSON.stringify(line({}))))
    expect(outcome.ok && outcome.events.map((event) => event.data)).toMatchObject([
      { _tag: "BudgetLineAdded", figures: { fte: 1950, employeeCosts: 87_010_000, runningCosts: 0 } }
    ])
  })

  it("refuses a bare number where money is required, with the field, the value and the fix on one short line", async () => {
    const message = await refusalOf(line({ figures: { ...figures, employeeCosts: 100 } }))
    expect(message).toBe(
      'at figures.employeeCosts: 100 is a bare number, with no unit; write Money.pence(100) or Money.pounds("…"); in JSON { "_tag": "Money", "pence": 100 }'
    )
  })

  it("refuses a bare number in an optional figure, an FTE and a staffing row", async () => {
    expect(await refusalOf(line({ stated: { grossExpenditure: 5 } }))).toMatch(/^at stated\.grossExpenditure: 5 is a bare number/)
    expect(await refusalOf(line({ figures: { ...figures, fte: 1950 } }))).toMatch(
      /^at figures\.fte: 1950 is a bare number.*Fte\.hundredths\(1950\)/
    )
    expect(await refusalOf({ _tag: "SetStaffingRow", planId, rowType: "band", name: "Band 1", fte: 200 })).toMatch(
      /^at fte: 200 is a bare number/
    )
  })

  it("refuses a tagged amount whose figure is not a safe integer, or an amount of the other unit", async () => {
    expect(await refusalOf(line({ figures: { ...figures, runningCosts: money(1.5) } }))).toMatch(
      /^at figures\.runningCosts\.pence: 1\.5 is not a whole number of pence; /
    )
    expect(await refusalOf(line({ figures: { ...figures, runningCosts: money("150") } }))).toMatch(
      /^at figures\.runningCosts\.pence: "150" is not a number; /
    )
    expect(await refusalOf(line({ figures: { ...figures, fte: money(1950) } }))).toMatch(
      /^at figures\.fte: an object is not an FTE figure; /
    )
  })

  it("keeps every refusal of a figure to one line of at most 200 characters that names the field", async () => {
    const field = fc.constantFrom("employeeCosts", "runningCosts", "contractsAndProjects", "externalIncome", "internalIncome")
    const value = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.string({ maxLength: 500 }).map((text) => money(text)),
      fc.double().map((number) => money(number))
    )
    await fc.assert(
      fc.asyncProperty(field, value, async (name, given) => {
        const outcome = await execute(line({ figures: { ...figures, [name]: given } }))
        if (outcome.ok) return
        expect(outcome.error.message).toContain(`at figures.${name}`)
        expect(outcome.error.message).not.toContain("\n")
        expect(outcome.error.message.length).toBeLessThanOrEqual(200)
      }),
      { numRuns: 60 }
    )
  })

  it("keeps a refused event that is not about a figure to one short located line", async () => {
    const message = await refusalOf(line({ cabinetMember: 42 }))
    expect(message).toMatch(/is not a valid event: at data\.cabinetMember: Expected string \| undefined, got 42$/)
    expect(message.length).toBeLessThan(200)
  })
})
