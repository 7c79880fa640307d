import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Result } from "effect"
import { CalendarDate, InMemoryEventStore, type Provenance } from "@plan-ledger/eventstore"
import { DeciderSpecification } from "@plan-ledger/eventstore/testkit"
import { openSqliteEventStore } from "@plan-ledger/store-sqlite"
import { afterAll, describe, expect, it } from "vitest"
import { complaintDecider, ComplaintEvents, ComplaintsLog } from "../src/index.js"

const directory = mkdtempSync(join(tmpdir(), "plan-ledger-complaints-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

const date = (text: string): CalendarDate => CalendarDate.make(text)
const officer: Provenance = { actor: "complaints-officer", reason: "complaint logged", effectiveDate: date("2026-03-02") }
const at = new Date("2026-03-02T09:00:00.000Z")

const stores = [
  ["memory", async () => InMemoryEventStore.make(ComplaintEvents)],
  ["SQLite", async () => openSqliteEventStore(join(directory, `complaints-${Math.random()}.db`), { events: ComplaintEvents })]
] as const

describe("the complaints log, on the event store alone", () => {
  it("depends on the event store and a store adapter, and on nothing of the council plans", () => {
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      readonly dependencies: Record<string, string>
    }
    expect(Object.keys(manifest.dependencies).filter((name) => name.startsWith("@plan-ledger/"))).toEqual([
      "@plan-ledger/eventstore",
      "@plan-ledger/store-sqlite"
    ])
  })

  describe.each(stores)("in a %s store", (_name, open) => {
    it("records complaints, refuses what breaks a rule, projects the figures by service and verifies the chain", async () => {
      const store = await open()
      const receive = (complaintId: string, service: string, receivedOn: string) =>
        ComplaintsLog.record(
          store,
          { _tag: "ReceiveComplaint", complaintId, service, summary: "missed collection", receivedOn: date(receivedOn) },
          officer,
          at
        )

      expect(await receive("C-1", "Waste", "2026-03-02")).toEqual(Result.succeed(1))
      expect(await receive("C-2", "Waste", "2026-03-03")).toEqual(Result.succeed(1))
      expect(await receive("C-3", "Libraries", "2026-03-04")).toEqual(Result.succeed(1))
      // Receiving the same complaint again records nothing.
      expect(await receive("C-1", "Waste", "2026-03-02")).toEqual(Result.succeed(0))
      expect(
        await ComplaintsLog.record(
          store,
          { _tag: "AcknowledgeComplaint", complaintId: "C-1", acknowledgedOn: date("2026-03-03") },
          officer,
          at
        )
      ).toEqual(Result.succeed(1))
      expect(
        await ComplaintsLog.record(
          store,
          { _tag: "ResolveComplaint", complaintId: "C-1", finding: "upheld", resolvedOn: date("2026-03-12") },
          officer,
          at
        )
      ).toEqual(Result.succeed(1))
      expect(
        await ComplaintsLog.record(
          store,
          { _tag: "ResolveComplaint", complaintId: "C-3", finding: "not-upheld", resolvedOn: date("2026-03-24") },
          officer,
          at
        )
      ).toEqual(Result.succeed(1))

      const refused = await ComplaintsLog.record(
        store,
        { _tag: "ResolveComplaint", complaintId: "C-1", finding: "not-upheld", resolvedOn: date("2026-03-20") },
        officer,
        at
      )
      expect(Result.isFailure(refused) && refused.failure).toMatchObject({ _tag: "ComplaintAlreadyResolved", resolvedOn: "2026-03-12" })
      const unknown = await ComplaintsLog.record(
        store,
        { _tag: "AcknowledgeComplaint", complaintId: "C-9", acknowledgedOn: date("2026-03-03") },
        officer,
        at
      )
      expect(Result.isFailure(unknown) && unknown.failure.message).toBe("complaint C-9 is not in the log: record it as received first")

      const figures = await ComplaintsLog.serviceComplaints(store)
      expect(Object.fromEntries(figures.byService)).toEqual({
        Waste: { received: 2, open: 1, resolved: 1, upheld: 1, daysToResolve: [10] },
        Libraries: { received: 1, open: 0, resolved: 1, upheld: 0, daysToResolve: [20] }
      })
      expect(await store.verify()).toMatchObject({ ok: true, eventsChecked: 6 })
      expect(await store.streamNames("complaint-")).toEqual(["complaint-C-1", "complaint-C-2", "complaint-C-3"])
      await store.close()
    })

    it("refuses an event its schema does not decode, before anything is written", async () => {
      const store = await open()
      const invalid = {
        ...officer,
        eventId: "01a250ad-e47f-73d9-8104-6965574592ee",
        type: "ComplaintResolved",
        schemaVersion: 1,
        recordedAt: at.toISOString(),
        data: { _tag: "ComplaintResolved", complaintId: "C-1", finding: "dismissed", resolvedOn: "2026-03-12" }
      }
      await expect(store.appendToStream("complaint-C-1", [invalid as never], { expectedRevision: "no-stream" })).rejects.toMatchObject({
        _tag: "InvalidEvent",
        message: expect.stringContaining("finding")
      })
      expect(await store.head()).toEqual({ globalPosition: 0, hash: null })
      await store.close()
    })
  })

  describe("the complaint decider's rules, as specifications", () => {
    const spec = DeciderSpecification.make(complaintDecider, undefined)
    const received = {
      _tag: "ComplaintReceived",
      complaintId: "C-1",
      service: "Waste",
      summary: "missed collection",
      receivedOn: date("2026-03-02")
    } as const

    it("acknowledges a complaint once", () => {
      spec
        .given([received])
        .when({ _tag: "AcknowledgeComplaint", complaintId: "C-1", acknowledgedOn: date("2026-03-03") })
        .then([{ _tag: "ComplaintAcknowledged", complaintId: "C-1", acknowledgedOn: date("2026-03-03") }])
      spec
        .given([received, { _tag: "ComplaintAcknowledged", complaintId: "C-1", acknowledgedOn: date("2026-03-03") }])
        .when({ _tag: "AcknowledgeComplaint", complaintId: "C-1", acknowledgedOn: date("2026-03-04") })
        .then([])
    })

    it("refuses an answer dated before the complaint arrived, and a complaint id received again with other details", () => {
      spec
        .given([received])
        .when({ _tag: "ResolveComplaint", complaintId: "C-1", finding: "upheld", resolvedOn: date("2026-03-01") })
        .thenFails({ _tag: "DateBeforeReceipt", receivedOn: "2026-03-02" })
      spec
        .given([received])
        .when({
          _tag: "ReceiveComplaint",
          complaintId: "C-1",
          service: "Libraries",
          summary: "missed collection",
          receivedOn: date("2026-03-02")
        })
        .thenFails({ _tag: "ComplaintAlreadyReceived", complaintId: "C-1" })
    })
  })
})
