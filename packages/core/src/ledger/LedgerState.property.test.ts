import fc from "fast-check"
import { describe, expect, it } from "vitest"
import * as BudgetStatement from "../projections/BudgetStatement.js"
import * as LedgerState from "./LedgerState.js"
import { budgetLine, drafted, PLAN, type Recording, storeOf } from "./TimeAxes.fixture.js"

const DAY = 86_400_000
const START = Date.UTC(2009, 0, 1)
const dateOf = (days: number): string => new Date(START + days * DAY).toISOString().slice(0, 10)
const instantOf = (minutes: number): string => new Date(START + minutes * 60_000).toISOString()

// A budget-line event: added or revised, for one of three lines, recorded some minutes after the
// one before, in force from a date in the first 500 days.
const step = fc.record({
  revised: fc.boolean(),
  line: fc.constantFrom("a", "b", "c"),
  running: fc.integer({ min: -1_000_000, max: 1_000_000 }),
  gapMinutes: fc.integer({ min: 1, max: 20_000 }),
  effectiveDay: fc.integer({ min: 0, max: 500 })
})

const history = fc
  .record({ draftDay: fc.integer({ min: 0, max: 500 }), steps: fc.array(step, { maxLength: 25 }) })
  .map(({ draftDay, steps }): ReadonlyArray<Recording> => {
    let minutes = 0
    const recordings: Array<Recording> = [{ data: drafted, recordedAt: instantOf(minutes), effectiveDate: dateOf(draftDay) }]
    for (const { revised, line, running, gapMinutes, effectiveDay } of steps) {
      minutes += gapMinutes
      recordings.push({ data: budgetLine(line, running, revised), recordedAt: instantOf(minutes), effectiveDate: dateOf(effectiveDay) })
    }
    return recordings
  })

// A point anywhere around the history on each axis, or no bound on it.
const point = fc.record(
  {
    recordedUpTo: fc.integer({ min: -100, max: 26 * 20_000 }).map(instantOf),
    effectiveOn: fc.integer({ min: -10, max: 510 }).map(dateOf)
  },
  { requiredKeys: [] }
)

describe("LedgerState as of a point (property)", () => {
  it("fromStore at any point equals replaying exactly the events recorded by its instant and in force on its date", async () => {
    await fc.assert(
      fc.asyncProperty(history, point, async (recordings, asked) => {
        const { store, recorded } = await storeOf(recordings)
        const selected = recorded.filter(
          (event) =>
            (asked.recordedUpTo === undefined || Date.parse(event.recordedAt) <= Date.parse(asked.recordedUpTo)) &&
            (asked.effectiveOn === undefined || event.effectiveDate <= asked.effectiveOn)
        )
        const viewed = await LedgerState.fromStore(store, asked)
        expect(BudgetStatement.project(viewed, PLAN)).toEqual(BudgetStatement.project(await LedgerState.replay(selected), PLAN))
        expect(viewed.eventCount).toBe(selected.length)
      })
    )
  })
})
