import { readFileSync } from "node:fs"
import { CurrentPlan, Ledger, Money, Period, VariationStatement } from "@plan-ledger/core"
import { CURRENT_SCHEMA_VERSION } from "@plan-ledger/core/store"
import { viewOf } from "@plan-ledger/core/testkit"
import { describe, expect, it } from "vitest"
import { everyEvent, fixture, scratchFolder, fixtureLedgers } from "../test/FixtureLedgers.js"
import { copyStore } from "./CopyStore.js"
import { openStore } from "./StoreUrl.js"

// The committed ledgers written at schema version 3 (see test/fixtures/README.md): a variation
// statement whose "Standards Fund" was printed under pressure (+10) and under saving (−5), and two
// voice files imported in turn — twelve events in each store.
const PLAN_ID = "lcsp-2009-10"
const { copyOfFixture, pathFor } = scratchFolder("plan-ledger-version-3-")
const FIXTURES = fixtureLedgers("version-3-rows")
const collect = everyEvent

const itemsOf = async (ledger: Ledger.Ledger) =>
  viewOf(VariationStatement.project(await ledger.state(), PLAN_ID)).sections.flatMap((section) =>
    section.items.map((item) => [section.section, item.description, item.amount])
  )

const parentsSaid = async (ledger: Ledger.Ledger) => viewOf(CurrentPlan.project(await ledger.state(), PLAN_ID)).themes[0]?.parentsSaid

describe("ledgers written at schema version 3", () => {
  for (const { store: storeName, file, url } of FIXTURES) {
    it(`reads the committed ${storeName} ledger as version 3 showed it: verified, the saving alone, the autumn statement alone`, async () => {
      const path = copyOfFixture(file)
      const store = await openStore(url(path))
      try {
        expect(await store.verify()).toMatchObject({ ok: true, eventsChecked: 12 })
        expect((await collect(store)).map((event) => event.schemaVersion)).toEqual(Array.from({ length: 12 }, () => 3))
        const ledger = Ledger.make({ store })
        expect(await itemsOf(ledger)).toEqual([
          ["pressure", "Pay", Money.fromThousands("400")],
          ["saving", "Standards Fund", Money.fromThousands("-5")]
        ])
        expect(viewOf(VariationStatement.project(await ledger.state(), PLAN_ID)).closing.amount).toBe(Money.fromThousands("17,185"))
        expect(await parentsSaid(ledger)).toEqual(["Bullying is still a worry on the school bus"])
      } finally {
        await store.close()
      }
      if (storeName === "JSON-lines") expect(readFileSync(path, "utf8")).toBe(readFileSync(fixture(file), "utf8"))
    })

    it(`adds version-4 items beside the ${storeName} ledger's, its stored bytes kept, and copies both`, async () => {
      const store = await openStore(url(copyOfFixture(file)))
      try {
        const before = await collect(store)
        const ledger = Ledger.make({ store })
        const outcome = await ledger.executePlan(
          PLAN_ID,
          [
            {
              _tag: "SetVariationItem",
              planId: PLAN_ID,
              itemId: "standards-fund",
              section: "pressure",
              description: "Standards Fund",
              amount: Money.thousands("10")
            },
            {
              _tag: "RecordVoice",
              planId: PLAN_ID,
              voiceId: "EWB/parents/We want more activities in the holidays",
              themeCode: "EWB",
              speaker: "parents",
              statement: "We want more activities in the holidays"
            }
          ],
          {
            actor: "Finance officer",
            reason: "the pressure the version-3 import lost",
            effectiveDate: Period.CalendarDate.make("2009-02-03")
          }
        )
        expect(outcome.ok).toBe(true)
        const after = await collect(store)
        expect(after.slice(0, before.length)).toEqual(before)
        expect(after.slice(before.length).map((event) => event.schemaVersion)).toEqual([CURRENT_SCHEMA_VERSION, CURRENT_SCHEMA_VERSION])
        // Version 4 keys items by section: the pressure sits beside the saving, in its section.
        expect(await itemsOf(ledger)).toEqual([
          ["pressure", "Pay", Money.fromThousands("400")],
          ["pressure", "Standards Fund", Money.fromThousands("10")],
          ["saving", "Standards Fund", Money.fromThousands("-5")]
        ])
        expect(await parentsSaid(ledger)).toEqual([
          "Bullying is still a worry on the school bus",
          "We want more activities in the holidays"
        ])
        const target = `sqlite:${pathFor(`copied-${Math.random()}.db`)}`
        expect(await copyStore(store, target)).toMatchObject({ events: 14, verified: { ok: true, eventsChecked: 14 } })
        const copy = await openStore(target, { access: "read" })
        expect(await collect(copy)).toEqual(after)
        await copy.close()
      } finally {
        await store.close()
      }
    })
  }
})

// The committed ledgers written at schema version 3, before a plan's content could hold what
// version 4 reads (see test/fixtures/README.md): a budget plan and a local plan's content, ten events.
const CONTENT_FIXTURES = fixtureLedgers("version-3-content")

describe("ledgers of plan content written at schema version 3", () => {
  for (const { store: storeName, file, url } of CONTENT_FIXTURES) {
    it(`reads the committed ${storeName} ledger as stored, and keeps its bytes when undated progress and a contributing indicator are appended at version ${CURRENT_SCHEMA_VERSION}`, async () => {
      const store = await openStore(url(copyOfFixture(file)))
      try {
        expect(await store.verify()).toMatchObject({ ok: true, eventsChecked: 10 })
        const before = await collect(store)
        expect(new Set(before.map((event) => event.schemaVersion))).toEqual(new Set([3]))
        const ledger = Ledger.make({ store })
        const plan = (await ledger.state()).plans.get("ashford-1-lcypp")
        expect(plan?.priorities.get("Priority 1")?.links).toEqual([
          { kind: "laa-target", code: "LAA2 (II)" },
          { kind: "cypp-priority", code: "KCYPP priority 2" }
        ])
        const outcome = await ledger.executePlan(
          "ashford-1-lcypp",
          [
            { _tag: "RecordActionProgress", planId: "ashford-1-lcypp", actionId: "Priority 1.1", status: "on-track" },
            { _tag: "ListContributingIndicator", planId: "ashford-1-lcypp", code: "NI 50", title: "Emotional health of children" }
          ],
          { actor: "LCSP manager", reason: "six-monthly monitoring", effectiveDate: Period.CalendarDate.make("2008-09-01") }
        )
        expect(outcome.ok).toBe(true)
        const after = await collect(store)
        expect(after.slice(0, before.length)).toEqual(before)
        expect(after.slice(before.length).map((event) => event.schemaVersion)).toEqual([CURRENT_SCHEMA_VERSION, CURRENT_SCHEMA_VERSION])
        expect(await store.verify()).toMatchObject({ ok: true, eventsChecked: 12 })
        const progress = (await ledger.state()).plans.get("ashford-1-lcypp")?.progress
        expect(progress?.get("Priority 1.1")?.map((update) => update.recordedOn)).toEqual([undefined])
        expect(progress?.get("Priority 1.2")?.map((update) => update.recordedOn)).toEqual(["2009-09-30"])
      } finally {
        await store.close()
      }
    })
  }
})
