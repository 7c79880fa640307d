import { InMemoryEventStore, LedgerState } from "@plan-ledger/core"
import { sampleEvents } from "@plan-ledger/core/testkit"
import { describe, expect, it } from "vitest"
import type { Io } from "./Io.js"
import { withReplayProgress } from "./Progress.js"

const ioWritingTo = (lines: Array<string>, interactive: boolean): Io => ({
  stdout: () => undefined,
  stderr: (text) => lines.push(text),
  interactive,
  cwd: "/",
  env: {},
  user: "test",
  now: () => new Date()
})

const storeWith = async (events: number) => {
  const store = InMemoryEventStore.make()
  await store.appendToStream("partnership-a", sampleEvents(events), { expectedRevision: "no-stream" })
  return store
}

describe("replay progress", () => {
  it("counts the events of replay pages on a terminal, and the replay folds them all", async () => {
    const shown: Array<string> = []
    const state = await LedgerState.fromStore(withReplayProgress(await storeWith(25_000), ioWritingTo(shown, true)))
    expect(state.eventCount).toBe(25_000)
    expect(shown).toEqual(["\rreplaying events: 10,000", "\rreplaying events: 20,000", "\rreplaying events: 25,000 — done\n"])
  })

  it("writes nothing when stderr is not a terminal", async () => {
    const shown: Array<string> = []
    await LedgerState.fromStore(withReplayProgress(await storeWith(12_000), ioWritingTo(shown, false)))
    expect(shown).toEqual([])
  })
})
