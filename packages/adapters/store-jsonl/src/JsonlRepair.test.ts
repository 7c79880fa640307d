import { LedgerEvents } from "@plan-ledger/core/store"
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { basename, join } from "node:path"
import { sampleEvents } from "@plan-ledger/core/testkit"
import { afterAll, describe, expect, it } from "vitest"
import { openJsonlEventStore } from "./JsonlEventStore.js"
import { repairJsonlStore } from "./JsonlRepair.js"

const directory = mkdtempSync(join(tmpdir(), "plan-ledger-repair-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))
let counter = 0

/**
 * A ledger of four batches — plan-a 3 events, plan-b 2, plan-a 2, plan-b 3 (lines 1–10) — whose
 * file is then cut back to its first `keepBatches` batches plus `tail`, as a test shapes it.
 */
const ledger = async () => {
  const path = join(directory, `ledger-${++counter}.jsonl`)
  const store = await openJsonlEventStore(path, { events: LedgerEvents })
  await store.appendToStream("plan-a", sampleEvents(3), { expectedRevision: "no-stream" })
  await store.appendToStream("plan-b", sampleEvents(2), { expectedRevision: "no-stream" })
  await store.appendToStream("plan-a", sampleEvents(2), { expectedRevision: 2 })
  await store.appendToStream("plan-b", sampleEvents(3), { expectedRevision: 1 })
  await store.close()
  const full = readFileSync(path, "utf8")
  const lines = full.split("\n").slice(0, -1)
  const record = (lineNumber: number) => JSON.parse(lines[lineNumber - 1] ?? "") as { eventId: string; stream: string }
  const firstSevenLines = `${lines.slice(0, 7).join("\n")}\n`
  return { path, full, lines, record, firstSevenLines }
}

const sideFilesOf = (path: string): ReadonlyArray<string> =>
  readdirSync(directory).filter((name) => name.startsWith(`${basename(path)}.torn-`))

describe("repairing a JSON-lines ledger", () => {
  it.each([
    { case: "ends after the first whole line of the batch", cut: (lastBatch: string) => lastBatch.indexOf("\n") + 1, cutShort: false },
    { case: "ends in the middle of its second line", cut: (lastBatch: string) => lastBatch.indexOf("\n") + 40, cutShort: true },
    { case: "ends one byte into the batch", cut: () => 1, cutShort: true }
  ])("moves a torn tail aside when the last append $case, and nothing else", async ({ cut, cutShort }) => {
    const { path, full, firstSevenLines } = await ledger()
    const lastBatch = full.slice(firstSevenLines.length)
    const torn = lastBatch.slice(0, cut(lastBatch))
    writeFileSync(path, firstSevenLines + torn)
    await expect(openJsonlEventStore(path, { events: LedgerEvents })).rejects.toMatchObject({
      message: expect.stringContaining(
        `line 8 onwards is a partly written batch (an append that never completed); it was never read as events. Run plan-ledger repair --store jsonl:${path}`
      )
    })

    const dryRun = await repairJsonlStore(path, { events: LedgerEvents, dryRun: true })
    expect(dryRun).toMatchObject({
      outcome: "torn-tail",
      wholeEvents: 7,
      sideFile: undefined,
      tail: { fromLine: 8, bytes: Buffer.byteLength(torn), cutShort }
    })
    expect(readFileSync(path, "utf8")).toBe(firstSevenLines + torn)

    const repaired = await repairJsonlStore(path, { events: LedgerEvents })
    expect(repaired).toMatchObject({
      outcome: "torn-tail",
      wholeEvents: 7,
      tail: { fromLine: 8, offset: Buffer.byteLength(firstSevenLines) }
    })
    expect(readFileSync(path, "utf8")).toBe(firstSevenLines)
    expect(sideFilesOf(path)).toHaveLength(1)
    expect(readFileSync(join(directory, sideFilesOf(path)[0] ?? ""), "utf8")).toBe(torn)
    expect(await (await openJsonlEventStore(path, { events: LedgerEvents })).verify()).toMatchObject({ ok: true, eventsChecked: 7 })
    expect(await repairJsonlStore(path, { events: LedgerEvents })).toEqual({ outcome: "intact", wholeEvents: 7 })
  })

  it("reports a changed byte in the middle with its line and event, and moves nothing", async () => {
    const { path, lines, record } = await ledger()
    const damaged = lines.map((line, index) => (index === 3 ? line.replace('"reason":', '"reason"=') : line))
    writeFileSync(path, `${damaged.join("\n")}\n`)
    await expect(openJsonlEventStore(path, { events: LedgerEvents })).rejects.toMatchObject({
      message: expect.stringContaining(`line 4 is damaged: the line is not a readable JSON object`)
    })
    const report = await repairJsonlStore(path, { events: LedgerEvents })
    expect(report).toEqual({
      outcome: "damaged",
      wholeEvents: 9,
      tail: undefined,
      damage: [
        {
          lineNumber: 4,
          problem: "unreadable-line",
          description: expect.stringContaining("not a readable JSON object"),
          event: { globalPosition: 4, eventId: record(4).eventId, stream: "plan-b" }
        }
      ]
    })
    expect(readFileSync(path, "utf8")).toBe(`${damaged.join("\n")}\n`)
    expect(sideFilesOf(path)).toEqual([])
  })

  it.each([
    {
      case: "a blank line between two batches",
      edit: (lines: ReadonlyArray<string>) => [...lines.slice(0, 3), "", ...lines.slice(3)],
      damage: { lineNumber: 4, problem: "blank-line" }
    },
    {
      case: "a UTF-8 byte-order mark at the start",
      edit: (lines: ReadonlyArray<string>) => [`\uFEFF${lines[0] ?? ""}`, ...lines.slice(1)],
      damage: { lineNumber: 1, problem: "byte-order-mark", event: { globalPosition: 1 } }
    },
    {
      case: "a line that reads but no longer matches its hash",
      edit: (lines: ReadonlyArray<string>) =>
        lines.map((line, index) => (index === 1 ? line.replace("store conformance test", "store conformance tesT") : line)),
      damage: {
        lineNumber: 2,
        problem: "broken-chain",
        description: expect.stringContaining("hash-mismatch"),
        event: { globalPosition: 2 }
      }
    },
    {
      case: "a changed byte in the last line, which closes a whole batch",
      edit: (lines: ReadonlyArray<string>) =>
        lines.map((line, index) => (index === 9 ? line.replace('"lastInBatch":true', '"lastInBatch":tru') : line)),
      damage: { lineNumber: 10, problem: "unreadable-line", event: { globalPosition: 10 } }
    },
    {
      case: "a last line whose end-of-batch was taken off, so that a whole batch looks cut short",
      edit: (lines: ReadonlyArray<string>) =>
        lines.map((line, index) => (index === 9 ? line.replace('"lastInBatch":true', '"lastInBatch":false') : line)),
      damage: {
        lineNumber: 10,
        problem: "broken-chain",
        description: expect.stringContaining(
          "the batch boundary was moved: the event was written as the last of its batch, and is stored inside its batch"
        ),
        event: { globalPosition: 10 }
      }
    }
  ])("reports $case as damage with its line, and moves nothing", async ({ edit, damage }) => {
    const { path, lines } = await ledger()
    const text = `${edit(lines).join("\n")}\n`
    writeFileSync(path, text)
    const report = await repairJsonlStore(path, { events: LedgerEvents })
    expect(report).toMatchObject({ outcome: "damaged", tail: undefined, damage: [damage] })
    expect(readFileSync(path, "utf8")).toBe(text)
    expect(sideFilesOf(path)).toEqual([])
  })

  it("leaves a last batch whose closing line lost only its newline, saying so, as verify and opening do", async () => {
    const { path, full } = await ledger()
    writeFileSync(path, full.slice(0, -1))
    expect(await repairJsonlStore(path, { events: LedgerEvents })).toMatchObject({
      outcome: "damaged",
      tail: undefined,
      damage: [{ lineNumber: 10, problem: "unterminated-batch", event: { globalPosition: 10 } }]
    })
    expect(readFileSync(path, "utf8")).toBe(full.slice(0, -1))
    await expect(openJsonlEventStore(path, { events: LedgerEvents })).rejects.toMatchObject({
      message: expect.stringContaining("line 10 is damaged")
    })
    const reader = await openJsonlEventStore(path, { events: LedgerEvents, access: "read" }).catch((cause: unknown) => cause)
    expect(reader).toMatchObject({ _tag: "StoreUnavailable" })
  })

  it("moves nothing, the torn tail included, while there is damage elsewhere", async () => {
    const { path, lines, firstSevenLines } = await ledger()
    const text = `${["", ...lines.slice(0, 7)].join("\n")}\n${lines[7] ?? ""}\n{"globalPosition":9,"str`
    writeFileSync(path, text)
    const report = await repairJsonlStore(path, { events: LedgerEvents })
    expect(report).toMatchObject({
      outcome: "damaged",
      wholeEvents: 7,
      damage: [{ lineNumber: 1, problem: "blank-line" }],
      tail: { fromLine: 9, toLine: 10, offset: 1 + Buffer.byteLength(firstSevenLines), cutShort: true }
    })
    expect(readFileSync(path, "utf8")).toBe(text)
  })
})
