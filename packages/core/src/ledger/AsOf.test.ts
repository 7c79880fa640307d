import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as AsOf from "./AsOf.js"
import { budgetLine, drafted, PLAN, storeOf } from "./TimeAxes.fixture.js"

const history = async (approved: boolean) =>
  (
    await storeOf([
      { data: drafted, recordedAt: "2009-02-01T09:00:00.000Z", effectiveDate: "2009-02-01" },
      { data: budgetLine("base", 100_00), recordedAt: "2009-02-10T09:00:00.000Z", effectiveDate: "2009-04-01" },
      ...(approved
        ? [
            {
              data: { _tag: "PlanApproved" as const, planId: PLAN, approvedBy: "Cabinet", approvedOn: "2009-03-16" as never },
              recordedAt: "2009-03-16T10:00:00.000Z",
              effectiveDate: "2009-03-16"
            }
          ]
        : [])
    ])
  ).recorded

describe("AsOf", () => {
  it("reads approval, revision:<n> and instants, normalised to UTC milliseconds", () => {
    expect(AsOf.parse("approval")).toEqual(Result.succeed({ _tag: "Approval" }))
    expect(AsOf.parse("revision:12")).toEqual(Result.succeed({ _tag: "Revision", revision: 12 }))
    expect(AsOf.parse("2009-06-30T23:59:59Z")).toEqual(Result.succeed({ _tag: "Instant", instant: "2009-06-30T23:59:59.000Z" }))
    expect(AsOf.parse("2009-07-01T01:00:00+02:00")).toEqual(Result.succeed({ _tag: "Instant", instant: "2009-06-30T23:00:00.000Z" }))
    for (const text of ["approved", "revision:-1", "revision:x", "yesterday", ""]) {
      const parsed = AsOf.parse(text)
      expect(Result.isFailure(parsed) && parsed.failure.message).toContain("is not a point in time")
    }
  })

  it("resolves approval and revisions to the instant they were recorded", async () => {
    const recorded = await history(true)
    expect(AsOf.resolve({ _tag: "Approval" }, PLAN, recorded)).toEqual(Result.succeed("2009-03-16T10:00:00.000Z"))
    expect(AsOf.resolve({ _tag: "Revision", revision: 0 }, PLAN, recorded)).toEqual(Result.succeed("2009-02-01T09:00:00.000Z"))
    expect(AsOf.resolve({ _tag: "Revision", revision: 1 }, PLAN, recorded)).toEqual(Result.succeed("2009-02-10T09:00:00.000Z"))
  })

  it("says a plan was never approved, has no such revision, or was not yet recorded", async () => {
    const never = AsOf.resolve({ _tag: "Approval" }, PLAN, await history(false))
    expect(Result.isFailure(never) && never.failure._tag).toBe("PlanNeverApproved")
    expect(Result.isFailure(never) && never.failure.message).toBe(
      `plan ${PLAN} was never approved: ask for an instant or a revision:<n> instead, or approve the plan first`
    )
    const beyond = AsOf.resolve({ _tag: "Revision", revision: 12 }, PLAN, await history(true))
    expect(Result.isFailure(beyond) && beyond.failure.message).toBe(
      `plan ${PLAN} has no revision 12: its revisions run from 0 to 2; ask for one of those`
    )
    const early = AsOf.resolve({ _tag: "Instant", instant: "2009-01-01T00:00:00.000Z" }, PLAN, await history(true))
    expect(Result.isFailure(early) && early.failure.message).toBe(
      `plan ${PLAN} was first recorded at 2009-02-01T09:00:00.000Z; nothing is known of it at 2009-01-01T00:00:00.000Z: ask for an instant at or after 2009-02-01T09:00:00.000Z`
    )
  })
})
