import { StoreUnavailable } from "@plan-ledger/eventstore"
import { describe, expect, it } from "vitest"
import { Erasure, InMemoryEventStore, Ledger, Period } from "../index.js"
import { personalDataStore } from "./LedgerPersonalData.js"

// Two plans of the LCSP service level business plans (Kent County Council), 2009/10 and 2010/11,
// each drafted by the same officer: an erasure of that officer touches two plans' streams.
const provenance = {
  actor: "Performance officer",
  reason: "drafted for the erasure test",
  effectiveDate: Period.CalendarDate.make("2009-04-01")
}
const draft = (planId: string, year: string) => ({
  _tag: "DraftPlan" as const,
  planId,
  title: `LCSP service level business plan ${year}`,
  kind: "service-business-plan" as const,
  ownerId: "kcc-cfe",
  period: Period.financialYear(year),
  priorPlanId: undefined
})

describe("an erasure over several streams", () => {
  it("erases every stream's values though one stream's erasure fails, then reports the failure, and erasing again finishes", async () => {
    const memory = InMemoryEventStore.make()
    const vault = memory.personalVault
    if (vault === undefined) throw new Error("the memory store keeps a vault")
    // A vault whose first erasure removes the values and then fails, as a store's scrub may.
    let erasures = 0
    const store = personalDataStore({
      ...memory,
      personalVault: {
        ...vault,
        erase: async (commitments, erasure) => {
          await vault.erase(commitments, erasure)
          if (erasures++ === 0) throw new StoreUnavailable({ store: "memory", detail: "the scrub was held up" })
        }
      }
    })
    const ledger = Ledger.make({ store })
    for (const [planId, year] of [
      ["lcsp-2009-10", "2009/10"],
      ["lcsp-2010-11", "2010/11"]
    ] as const) {
      expect((await ledger.executePlan(planId, [draft(planId, year)], provenance)).ok).toBe(true)
    }
    const options = { provenance: { ...provenance, actor: "Data Protection Officer", reason: "erasure request" } }
    expect((await store.personalData.valuesOf("Performance officer")).length).toBe(2)
    await expect(Erasure.eraseSubject(store, "Performance officer", options)).rejects.toMatchObject({
      _tag: "StoreUnavailable",
      detail: "the scrub was held up"
    })
    // Both plans' streams were erased, though the first failed.
    expect(await store.personalData.valuesOf("Performance officer")).toEqual([])
    expect(erasures).toBe(2)
    expect(await Erasure.eraseSubject(store, "Performance officer", options)).toEqual({ values: 0, events: [] })
    expect((await store.verify()).ok).toBe(true)
  })
})
