import { LedgerEvents } from "@plan-ledger/core/store"
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { sampleEvents } from "@plan-ledger/core/testkit"
import { afterAll, describe, expect, it } from "vitest"
import { openJsonlEventStore } from "./JsonlEventStore.js"
import { repairJsonlStore } from "./JsonlRepair.js"
import { type LedgerFileSystem, nodeFileSystem } from "./LedgerFileSystem.js"

const directory = mkdtempSync(join(tmpdir(), "plan-ledger-durable-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))
let counter = 0
const freshPath = (): string => join(directory, `ledger-${++counter}.jsonl`)

const systemError = (code: string, syscall: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: the disk refused, ${syscall}`), { code, syscall })

/**
 * The real file system with one fault armed: the disk fills up part-way through a write (the
 * first write call stores half its bytes, the next fails), a write or an fsync fails outright, or
 * — on top of a failed write — cutting the file back fails too. `heal()` disarms it.
 */
const faultyFileSystem = (fault: {
  readonly on: "write" | "fsync"
  readonly code: string
  readonly afterHalf?: boolean
  readonly truncateFails?: boolean
}) => {
  let armed = true
  let halfWritten = false
  const fileSystem: LedgerFileSystem = {
    ...nodeFileSystem,
    write: (descriptor, bytes, offset, length) => {
      if (!armed || fault.on !== "write") return nodeFileSystem.write(descriptor, bytes, offset, length)
      if (fault.afterHalf === true && !halfWritten) {
        halfWritten = true
        return nodeFileSystem.write(descriptor, bytes, offset, Math.ceil(length / 2))
      }
      throw systemError(fault.code, "write")
    },
    sync: (descriptor) => {
      if (armed && fault.on === "fsync") {
        armed = false
        throw systemError(fault.code, "fsync")
      }
      nodeFileSystem.sync(descriptor)
    },
    truncate: (descriptor, length) => {
      if (armed && fault.truncateFails === true) throw systemError("EIO", "ftruncate")
      nodeFileSystem.truncate(descriptor, length)
    }
  }
  return { fileSystem, heal: () => (armed = false) }
}

// A ledger of two whole batches, written through the real file system.
const ledgerWithTwoBatches = async (): Promise<{ readonly path: string; readonly before: Buffer }> => {
  const path = freshPath()
  const store = await openJsonlEventStore(path, { events: LedgerEvents })
  await store.appendToStream("plan-a", sampleEvents(3), { expectedRevision: "no-stream" })
  await store.appendToStream("plan-b", sampleEvents(2), { expectedRevision: "no-stream" })
  await store.close()
  return { path, before: readFileSync(path) }
}

describe("a JSONL append whose write or fsync fails", () => {
  it.each([
    { case: "the disk fills up part-way through the batch", fault: { on: "write", code: "ENOSPC", afterHalf: true } as const },
    { case: "the disk quota runs out before any byte", fault: { on: "write", code: "EDQUOT" } as const },
    { case: "fsync reports an input/output error", fault: { on: "fsync", code: "EIO" } as const }
  ])("when $case: rejects naming the file and the error, and leaves the file byte for byte as it was", async ({ fault }) => {
    const { path, before } = await ledgerWithTwoBatches()
    const faulty = faultyFileSystem(fault)
    const store = await openJsonlEventStore(path, { events: LedgerEvents, fileSystem: faulty.fileSystem })
    const failed = await store.appendToStream("plan-a", sampleEvents(40), { expectedRevision: 2 }).catch((caught: unknown) => caught)
    expect(failed).toMatchObject({ _tag: "StoreWriteFailed", target: path, code: fault.code, left: "nothing" })
    expect((failed as Error).message).toContain(path)
    expect((failed as Error).message).toContain(fault.code)
    expect((failed as Error).message).toContain("nothing of the batch was kept")
    expect(readFileSync(path).equals(before)).toBe(true)

    const reopened = await openJsonlEventStore(path, { events: LedgerEvents })
    expect(await reopened.verify()).toMatchObject({ ok: true, eventsChecked: 5 })
    // The same handle appends once the disk is healthy again: its index never took in the failed batch.
    faulty.heal()
    expect(await store.appendToStream("plan-a", sampleEvents(1), { expectedRevision: 2 })).toEqual({
      appended: true,
      nextExpectedRevision: 3,
      lastGlobalPosition: 6
    })
    expect(await reopened.verify()).toMatchObject({ ok: true, eventsChecked: 6 })
  })

  it("removes the file again when the append that would have created it fails", async () => {
    const path = freshPath()
    const store = await openJsonlEventStore(path, {
      events: LedgerEvents,
      fileSystem: faultyFileSystem({ on: "fsync", code: "EIO" }).fileSystem
    })
    await expect(store.appendToStream("plan-a", sampleEvents(2), { expectedRevision: "no-stream" })).rejects.toMatchObject({
      _tag: "StoreWriteFailed",
      left: "nothing"
    })
    expect(existsSync(path)).toBe(false)
  })

  it("says a partly written batch is left when the file cannot be cut back either, and repair then moves exactly those bytes aside", async () => {
    const { path, before } = await ledgerWithTwoBatches()
    const store = await openJsonlEventStore(path, {
      events: LedgerEvents,
      fileSystem: faultyFileSystem({ on: "write", code: "ENOSPC", afterHalf: true, truncateFails: true }).fileSystem
    })
    const failed = await store.appendToStream("plan-a", sampleEvents(40), { expectedRevision: 2 }).catch((caught: unknown) => caught)
    expect(failed).toMatchObject({ _tag: "StoreWriteFailed", code: "ENOSPC", left: "torn-tail" })
    expect((failed as Error).message).toContain("run plan-ledger repair")
    await expect(openJsonlEventStore(path, { events: LedgerEvents })).rejects.toMatchObject({
      message: expect.stringContaining("line 6 onwards is a partly written batch")
    })
    expect(await repairJsonlStore(path, { events: LedgerEvents })).toMatchObject({ outcome: "torn-tail", tail: { fromLine: 6 } })
    expect(readFileSync(path).equals(before)).toBe(true)
    expect(await (await openJsonlEventStore(path, { events: LedgerEvents })).verify()).toMatchObject({ ok: true, eventsChecked: 5 })
  })
})
