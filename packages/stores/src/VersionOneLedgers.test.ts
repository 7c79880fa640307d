import { readFileSync } from "node:fs"
import { BudgetStatement, type EventStore, Ledger, Money, Period, PlanHistory, UNSPECIFIED_FUNDING_SOURCE } from "@plan-ledger/core"
import { CURRENT_SCHEMA_VERSION, StreamName, Upcaster } from "@plan-ledger/core/store"
import { EventHash } from "@plan-ledger/eventstore"
import { viewOf, withAmounts } from "@plan-ledger/core/testkit"
import { freshSchemaUrl, POSTGRES_SKIP_REASON, postgresTestUrl } from "@plan-ledger/store-postgres/testkit"
import { describe, expect, it } from "vitest"
import { everyEvent, fixture, scratchFolder, fixtureLedgers } from "../test/FixtureLedgers.js"
import { copyStore } from "./CopyStore.js"
import { openStore } from "./StoreUrl.js"

// The committed ledgers written before budget lines had a funding source (see
// test/fixtures/README.md): the same seven events in each store.
const PLAN_ID = "lcsp-2009-10"
const { copyOfFixture, pathFor } = scratchFolder("plan-ledger-version-1-")
const FIXTURES = fixtureLedgers("version-1")
const collect = everyEvent

// Figures from the tables the fixtures were imported from (Kent County Council, LCSP Service Level
// Business Plan 2009/10, budget table; Early Years running costs as the restated table gives them).
const EARLY_YEARS_RESTATED = {
  employeeCosts: Money.fromThousands("2,706.2"),
  runningCosts: Money.fromThousands("12.0"),
  internalIncome: Money.fromThousands("-140.4")
}

const expectVersion1LedgerReadAsVersion2 = async (store: EventStore): Promise<void> => {
  expect(await store.verify()).toMatchObject({ ok: true, eventsChecked: 7 })
  const stored = await collect(store)
  expect(stored.map((event) => event.schemaVersion)).toEqual([1, 1, 1, 1, 1, 1, 1])
  // Sealed before the chain recorded batch boundaries: hash format 1, no lastInBatch.
  expect(stored.map(EventHash.hashFormatOf)).toEqual([1, 1, 1, 1, 1, 1, 1])
  for (const event of stored) expect(event.data).not.toHaveProperty("fundingSource")

  const budget = viewOf(BudgetStatement.project(await Ledger.make({ store }).state(), PLAN_ID))
  expect(budget.lines.map((line) => [line.activity, line.fundingSource])).toEqual([
    ["Behaviour Service", UNSPECIFIED_FUNDING_SOURCE],
    ["Cognition & Learning", UNSPECIFIED_FUNDING_SOURCE],
    ["Early Years", UNSPECIFIED_FUNDING_SOURCE]
  ])
  const earlyYears = budget.lines.find((line) => line.activity === "Early Years")
  expect(earlyYears).toMatchObject({
    ...EARLY_YEARS_RESTATED,
    controllableExpenditure: Money.sum([
      EARLY_YEARS_RESTATED.employeeCosts,
      EARLY_YEARS_RESTATED.runningCosts,
      EARLY_YEARS_RESTATED.internalIncome
    ])
  })
  const stream = []
  for await (const event of store.readStream(StreamName.forPlan(PLAN_ID))) stream.push(event)
  const history = PlanHistory.project(stream)
  expect(history.map((entry) => entry.type)).toEqual([
    "PlanDrafted",
    "BudgetLineAdded",
    "BudgetLineAdded",
    "BudgetLineAdded",
    "PlanApproved",
    "PlanRestated",
    "BudgetLineRevised"
  ])
}

describe("ledgers written at schema version 1", () => {
  for (const { store: storeName, file, url } of FIXTURES) {
    it(`reads the committed ${storeName} ledger: verified as stored, projected as version 2`, async () => {
      const store = await openStore(url(copyOfFixture(file)))
      try {
        await expectVersion1LedgerReadAsVersion2(store)
      } finally {
        await store.close()
      }
    })

    it(`keeps the ${storeName} ledger's stored bytes when a version-2 event is appended after them`, async () => {
      const path = copyOfFixture(file)
      const store = await openStore(url(path))
      try {
        const before = await collect(store)
        const ledger = Ledger.make({ store })
        const added = before
          .map(Upcaster.upcastEvent)
          .find((event) => event.data._tag === "BudgetLineAdded" && event.data.lineId === "behaviour-service")?.data
        if (added?._tag !== "BudgetLineAdded") throw new Error("the fixture has no Behaviour Service line")
        const { _tag, ...line } = added
        const outcome = await ledger.executePlan(
          PLAN_ID,
          [withAmounts({ ...line, _tag: "SetBudgetLine", fundingSource: "KCC base budget" })],
          {
            actor: "Finance officer",
            reason: "named the line's funding source",
            authority: "Cabinet Member decision",
            effectiveDate: Period.CalendarDate.make("2009-05-01")
          }
        )
        expect(outcome.ok).toBe(true)
        const after = await collect(store)
        expect(after.slice(0, before.length)).toEqual(before)
        expect(after.slice(before.length).map((event) => event.schemaVersion)).toEqual([CURRENT_SCHEMA_VERSION, CURRENT_SCHEMA_VERSION])
        expect(after.slice(before.length).map((event) => event.lastInBatch)).toEqual([false, true])
        expect(await store.verify()).toMatchObject({ ok: true, eventsChecked: 9 })
        // Copied, the events of both hash formats keep their bytes and boundaries.
        for (const target of [`jsonl:${pathFor(`mixed-${Math.random()}.jsonl`)}`, `sqlite:${pathFor(`mixed-${Math.random()}.db`)}`]) {
          expect(await copyStore(store, target)).toMatchObject({ events: 9, verified: { ok: true, eventsChecked: 9 } })
          const copy = await openStore(target, { access: "read" })
          expect(await collect(copy)).toEqual(after)
          await copy.close()
        }
        const budget = viewOf(BudgetStatement.project(await ledger.state(), PLAN_ID))
        expect(budget.lines.map((line) => line.fundingSource)).toEqual([
          "KCC base budget",
          UNSPECIFIED_FUNDING_SOURCE,
          UNSPECIFIED_FUNDING_SOURCE
        ])
      } finally {
        await store.close()
      }
    })
  }

  it("reads the SQLite ledger only once a writer has migrated it, its events left at hash format 1", async () => {
    const path = copyOfFixture("version-1.db")
    await expect(openStore(`sqlite:${path}`, { access: "read" })).rejects.toMatchObject({
      _tag: "StoreUnavailable",
      message: expect.stringContaining("the ledger's schema is older than this plan-ledger (it lacks migrations 2, 3, 4, 5, 6)")
    })
    const writer = await openStore(`sqlite:${path}`)
    await writer.close()
    const reader = await openStore(`sqlite:${path}`, { access: "read" })
    try {
      await expectVersion1LedgerReadAsVersion2(reader)
    } finally {
      await reader.close()
    }
  })

  it("leaves the JSON-lines file's version-1 lines byte for byte as committed", async () => {
    const path = copyOfFixture("version-1.jsonl")
    const store = await openStore(`jsonl:${path}`)
    await expectVersion1LedgerReadAsVersion2(store)
    await store.close()
    expect(readFileSync(path, "utf8")).toBe(readFileSync(fixture("version-1.jsonl"), "utf8"))
  })

  const POSTGRES_TEST_URL = postgresTestUrl()
  const targets = [
    "memory:",
    `jsonl:${pathFor("copied.jsonl")}`,
    `sqlite:${pathFor("copied.db")}`,
    ...(POSTGRES_TEST_URL === undefined ? [] : [freshSchemaUrl(POSTGRES_TEST_URL)])
  ]
  if (POSTGRES_TEST_URL === undefined) it.skip(`copies the version-1 SQLite ledger into postgres (skipped: ${POSTGRES_SKIP_REASON})`)
  for (const target of targets) {
    it(`copies the version-1 SQLite ledger into ${target.split(":")[0] ?? target} as stored, and reads the copy as version 2`, async () => {
      const source = await openStore(`sqlite:${copyOfFixture("version-1.db")}`)
      const copy = await openStore(target)
      try {
        const report = await copyStore(source, copy)
        expect(report).toMatchObject({ events: 7, verified: { ok: true, eventsChecked: 7 } })
        expect(await collect(copy)).toEqual(await collect(source))
        await expectVersion1LedgerReadAsVersion2(copy)
      } finally {
        await copy.close()
        await source.close()
      }
    })
  }
})

// The committed ledgers written at schema version 2, before totals rows, memorandum items and
// staffing rows could name a unit (see test/fixtures/README.md): the same seven events.
const VERSION_2_FIXTURES = fixtureLedgers("version-2")

describe("ledgers written at schema version 2", () => {
  for (const { store: storeName, file, url } of VERSION_2_FIXTURES) {
    it(`reads the committed ${storeName} ledger as stored, and keeps its bytes when a unit's totals are appended at version ${CURRENT_SCHEMA_VERSION}`, async () => {
      const store = await openStore(url(copyOfFixture(file)))
      try {
        expect(await store.verify()).toMatchObject({ ok: true, eventsChecked: 7 })
        const before = await collect(store)
        expect(before.map((event) => event.schemaVersion)).toEqual([2, 2, 2, 2, 2, 2, 2])
        const ledger = Ledger.make({ store })
        const statement = viewOf(BudgetStatement.project(await ledger.state(), PLAN_ID))
        expect(statement.units).toEqual([])
        const planTotal = statement.totals.controllableExpenditure
        const outcome = await ledger.executePlan(
          PLAN_ID,
          [
            {
              _tag: "StateBudgetTotals",
              planId: PLAN_ID,
              unit: "Resources",
              row: "controllable-totals",
              stated: { controllableExpenditure: Money.pence(planTotal) }
            }
          ],
          {
            actor: "Finance officer",
            reason: "the unit's printed totals",
            authority: "Cabinet Member decision",
            effectiveDate: Period.CalendarDate.make("2009-05-01")
          }
        )
        expect(outcome.ok).toBe(true)
        const after = await collect(store)
        expect(after.slice(0, before.length)).toEqual(before)
        expect(after.slice(before.length).map((event) => event.schemaVersion)).toEqual([CURRENT_SCHEMA_VERSION, CURRENT_SCHEMA_VERSION])
        expect(await store.verify()).toMatchObject({ ok: true, eventsChecked: 9 })
        const byUnit = viewOf(BudgetStatement.project(await ledger.state(), PLAN_ID))
        expect(byUnit.units.map((table) => table.unit)).toEqual(["Resources", undefined])
      } finally {
        await store.close()
      }
    })
  }
})
