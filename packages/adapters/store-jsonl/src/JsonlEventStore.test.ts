import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { LedgerEvents, LedgerSnapshot } from "@plan-ledger/core/store"
import { ledgerStoreConformance, sampleEvents } from "@plan-ledger/core/testkit"
import { eventStoreConformance, personalDataConformance, SampleEvents } from "@plan-ledger/eventstore/testkit"
import { afterAll, describe, expect, it } from "vitest"
import { type JsonlEventStore, openJsonlEventStore } from "./JsonlEventStore.js"

const directory = mkdtempSync(join(tmpdir(), "plan-ledger-jsonl-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))
let counter = 0
const freshPath = (): string => join(directory, `ledger-${++counter}.jsonl`)

eventStoreConformance("jsonl", {
  open: () => openJsonlEventStore(freshPath(), { events: SampleEvents.schema }),
  reopen: async (store) => {
    await store.close()
    return openJsonlEventStore((store as JsonlEventStore).path, { events: SampleEvents.schema })
  },
  tamper: async (store, globalPosition) => {
    const { path } = store as JsonlEventStore
    const lines = readFileSync(path, "utf8").split("\n")
    // One character of the stored reason, changed in the file behind the store's back.
    lines[globalPosition - 1] = (lines[globalPosition - 1] ?? "").replace(
      '"reason":"store conformance test"',
      '"reason":"store conformance tesT"'
    )
    writeFileSync(path, lines.join("\n"))
  }
})

// Each ledger of the personal-data suite has a folder of its own, so every file there is one the store wrote.
const personalValuesPath = (store: unknown): string => `${(store as JsonlEventStore).path}.personal.jsonl`
personalDataConformance("jsonl", {
  open: () => openJsonlEventStore(join(mkdtempSync(join(directory, "personal-")), "ledger.jsonl"), { events: SampleEvents.schema }),
  reopen: async (store) => {
    await store.close()
    return openJsonlEventStore((store as JsonlEventStore).path, { events: SampleEvents.schema })
  },
  storedBytes: (store) => {
    const folder = dirname((store as JsonlEventStore).path)
    return async () =>
      readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => readFileSync(join(entry.parentPath, entry.name)))
  },
  tamperValue: async (store, commitment, part) => {
    const path = personalValuesPath(store)
    const lines = readFileSync(path, "utf8").trimEnd().split("\n")
    const edited = lines.map((line) => {
      const parsed = JSON.parse(line) as { kept?: { commitment: string; salt: string; value: string } }
      if (parsed.kept?.commitment !== commitment) return line
      const { salt, value } = parsed.kept
      return JSON.stringify({
        kept:
          part === "value"
            ? { ...parsed.kept, value: `${value}.` }
            : { ...parsed.kept, salt: `${salt.startsWith("0") ? "1" : "0"}${salt.slice(1)}` }
      })
    })
    writeFileSync(path, `${edited.join("\n")}\n`)
  }
})

ledgerStoreConformance("jsonl", {
  open: () => openJsonlEventStore(freshPath(), { events: LedgerEvents }),
  reopen: async (store) => {
    await store.close()
    return openJsonlEventStore((store as JsonlEventStore).path, { events: LedgerEvents })
  }
})

describe("jsonl store", () => {
  it("keeps its snapshot in a side file next to the ledger, leaving no temporary file behind", async () => {
    const folder = mkdtempSync(join(directory, "snapshot-"))
    const store = await openJsonlEventStore(join(folder, "ledger.jsonl"), { events: LedgerEvents })
    await store.appendToStream("plan-a", sampleEvents(2), { expectedRevision: "no-stream" })
    await LedgerSnapshot.rebuild(store)
    await LedgerSnapshot.rebuild(store)
    // The lock directory stays between appends; nothing else but the ledger and its snapshot may.
    const files = (): Array<string> => readdirSync(folder).filter((name) => name !== "ledger.jsonl.lock")
    expect(files().sort()).toEqual(["ledger.jsonl", "ledger.jsonl.snapshot"])
    expect(JSON.parse(readFileSync(join(folder, "ledger.jsonl.snapshot"), "utf8").split("\n")[0] ?? "")).toMatchObject({
      globalPosition: 2,
      projectionVersion: LedgerSnapshot.PROJECTION_VERSION
    })
    await store.snapshots.clear()
    expect(files()).toEqual(["ledger.jsonl"])
  })

  it("writes one readable JSON object per line", async () => {
    const store = await openJsonlEventStore(freshPath(), { events: LedgerEvents })
    await store.appendToStream("plan-a", sampleEvents(2), { expectedRevision: "no-stream" })
    const lines = readFileSync(store.path, "utf8").trimEnd().split("\n")
    expect(lines).toHaveLength(2)
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({
      globalPosition: 1,
      stream: "plan-a",
      streamRevision: 0,
      type: "PartnershipRegistered"
    })
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({ lastInBatch: false })
    expect(JSON.parse(lines[1] ?? "")).toMatchObject({ globalPosition: 2, lastInBatch: true })
    expect(lines[1]).not.toContain("endOfBatch")
  })

  it("opened to read, never creates a ledger, takes no lock and refuses appends", async () => {
    const missing = freshPath()
    await expect(openJsonlEventStore(missing, { events: LedgerEvents, access: "read" })).rejects.toMatchObject({
      _tag: "StoreUnavailable",
      message: expect.stringContaining(`no ledger at ${missing}`)
    })
    expect(existsSync(missing)).toBe(false)

    const path = freshPath()
    const writer = await openJsonlEventStore(path, { events: LedgerEvents })
    await writer.appendToStream("plan-a", sampleEvents(2), { expectedRevision: "no-stream" })
    rmSync(`${path}.lock`, { recursive: true })
    const reader = await openJsonlEventStore(path, { events: LedgerEvents, access: "read" })
    expect(await reader.head()).toMatchObject({ globalPosition: 2 })
    expect(await reader.verify()).toMatchObject({ ok: true, eventsChecked: 2 })
    await expect(reader.appendToStream("plan-b", sampleEvents(1), { expectedRevision: "no-stream" })).rejects.toMatchObject({
      _tag: "StoreUnavailable",
      message: expect.stringContaining("opened for reading only")
    })
    expect(existsSync(`${path}.lock`)).toBe(false)
  })

  it("keeps personal values in a side file: a line cut short is left out by the next write, and a reader may not write", async () => {
    const path = freshPath()
    const writer = await openJsonlEventStore(path, { events: LedgerEvents })
    await writer.appendToStream("plan-a", sampleEvents(1), { expectedRevision: "no-stream" })
    const first = { alias: "J. Roe", subject: "officer-17" }
    await writer.personalVault?.link(first)
    // An append that never completed: part of a line, without its newline.
    writeFileSync(personalValuesPath(writer), '{"link":{"alias":"Jo', { flag: "a" })
    const second = { alias: "Jane Roe", subject: "officer-17" }
    await writer.personalVault?.link(second)
    // Rewritten whole without the line cut short: a new generation, then the links.
    const [generation, ...rest] = readFileSync(personalValuesPath(writer), "utf8").split("\n")
    expect(JSON.parse(generation ?? "")).toEqual({ generation: expect.stringMatching(/^[0-9a-f-]{36}$/u) })
    expect(rest).toEqual([JSON.stringify({ link: first }), JSON.stringify({ link: second }), ""])
    const reader = await openJsonlEventStore(path, { events: LedgerEvents, access: "read" })
    expect(await reader.personalVault?.links()).toEqual([first, second])
    await expect(reader.personalVault?.unlink(["officer-17"])).rejects.toMatchObject({
      _tag: "StoreUnavailable",
      message: expect.stringContaining("opened for reading only")
    })
  })

  it("appends after another handle's appends, seeing its streams, ids and chain head without reopening", async () => {
    const path = freshPath()
    const first = await openJsonlEventStore(path, { events: LedgerEvents })
    const second = await openJsonlEventStore(path, { events: LedgerEvents })
    const batch = sampleEvents(3)
    await first.appendToStream("plan-a", batch, { expectedRevision: "no-stream" })
    expect(
      await second.appendToStream("plan-a", sampleEvents(1), { expectedRevision: "no-stream" }).catch((caught: unknown) => caught)
    ).toMatchObject({ _tag: "WrongExpectedRevision", actual: 2 })
    expect(await second.appendToStream("plan-a", batch, { expectedRevision: "no-stream" })).toEqual({
      appended: false,
      nextExpectedRevision: 2,
      lastGlobalPosition: 3
    })
    const altered = { ...batch[1], reason: "another reason" } as (typeof batch)[number]
    expect(await second.appendToStream("plan-b", [altered], { expectedRevision: "any" }).catch((caught: unknown) => caught)).toMatchObject({
      _tag: "DuplicateEventId",
      eventId: batch[1]?.eventId
    })
    expect(await second.appendToStream("plan-b", sampleEvents(2), { expectedRevision: "no-stream" })).toEqual({
      appended: true,
      nextExpectedRevision: 1,
      lastGlobalPosition: 5
    })
    expect(await first.appendToStream("plan-a", sampleEvents(1), { expectedRevision: 2 })).toEqual({
      appended: true,
      nextExpectedRevision: 3,
      lastGlobalPosition: 6
    })
    expect(await first.verify()).toMatchObject({ ok: true, eventsChecked: 6 })
  })

  it("verifies the end of the file as opening and repair read it: a torn tail, a whole batch made to look torn, a closing line without its newline", async () => {
    const store = await openJsonlEventStore(freshPath(), { events: LedgerEvents })
    await store.appendToStream("plan-a", sampleEvents(2), { expectedRevision: "no-stream" })
    await store.appendToStream("plan-a", sampleEvents(3), { expectedRevision: 1 })
    const full = readFileSync(store.path, "utf8")
    const lines = full.split("\n").slice(0, -1)
    const firstBatch = `${lines.slice(0, 2).join("\n")}\n`

    // An append that never completed: two whole lines of the second batch, the third cut short.
    writeFileSync(store.path, `${firstBatch}${lines[2] ?? ""}\n${lines[3] ?? ""}\n${(lines[4] ?? "").slice(0, 30)}`)
    expect(await store.verify()).toMatchObject({ ok: false, eventsChecked: 2, damage: { kind: "torn-tail", globalPosition: 3 } })

    // The whole second batch, its last line's end-of-batch taken off: it is not a torn tail.
    writeFileSync(store.path, full.replace(/"lastInBatch":true\}\n$/u, '"lastInBatch":false}\n'))
    expect(await store.verify()).toMatchObject({
      ok: false,
      eventsChecked: 4,
      damage: { kind: "hash-mismatch", globalPosition: 5, message: expect.stringContaining("the batch boundary was moved") }
    })

    writeFileSync(store.path, full.slice(0, -1))
    expect(await store.verify()).toMatchObject({
      ok: false,
      eventsChecked: 4,
      damage: { kind: "non-canonical", globalPosition: 5, message: expect.stringContaining("line 5 closes the file without the newline") }
    })

    writeFileSync(store.path, full)
    expect(await store.verify()).toMatchObject({ ok: true, eventsChecked: 5 })
  })

  it("appends without reading the lines written before the last one it has indexed", async () => {
    const path = freshPath()
    const store = await openJsonlEventStore(path, { events: LedgerEvents })
    const batch = sampleEvents(50)
    await store.appendToStream("plan-a", batch, { expectedRevision: "no-stream" })
    // The first line, damaged in place (same length, no longer JSON): any rescan of the file would
    // stop there as at a torn batch.
    const bytes = readFileSync(path)
    bytes.fill("#".charCodeAt(0), 0, bytes.indexOf("\n"))
    writeFileSync(path, bytes)
    expect(await store.appendToStream("plan-a", [batch[30] as (typeof batch)[number]], { expectedRevision: "any" })).toEqual({
      appended: false,
      nextExpectedRevision: 49,
      lastGlobalPosition: 50
    })
    expect(await store.appendToStream("plan-a", sampleEvents(2), { expectedRevision: 49 })).toEqual({
      appended: true,
      nextExpectedRevision: 51,
      lastGlobalPosition: 52
    })
    // Re-appending the damaged line's own event reads that line, and refuses rather than guess.
    await expect(store.appendToStream("plan-a", [batch[0] as (typeof batch)[number]], { expectedRevision: "any" })).rejects.toMatchObject({
      _tag: "StoreUnavailable",
      message: expect.stringContaining("no longer parses")
    })
    // The damage was real: reopening (a full scan) refuses the file, naming the damaged line.
    await expect(openJsonlEventStore(path, { events: LedgerEvents })).rejects.toMatchObject({
      _tag: "StoreUnavailable",
      message: expect.stringContaining("line 1 is damaged")
    })
  })
})
