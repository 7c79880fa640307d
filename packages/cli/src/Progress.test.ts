import { InMemoryEventStore, LedgerState } from "@plan-ledger/core"
import { sampleEvents } from "@plan-ledger/core/testkit"
import { describe, expect, it } from "vitest"
import type { Io } from "./Io.js"
import { withReplayProgress } from "./Progress.js"

// A clock that moves on one second each time it is read, so the estimate is predictable.
const tickingClock = (): (() => Date) => {
  let seconds = 0
  return () => new Date(Date.UTC(2009, 3, 1, 0, 0, seconds++))
}

const ioWritingTo = (lines: Array<string>, interactive: boolean): Io => ({
  stdout: () => undefined,
  stderr: (text) => lines.push(text),
  interactive,
  cwd: "/",
  env: {},
  user: "test",
  now: tickingClock()
})

const storeWith = async (events: number) => {
  const store = InMemoryEventStore.make()
  await store.appendToStream("partnership-a", sampleEvents(events), { expectedRevision: "no-stream" })
  return store
}

describe("replay progress", () => {
  it("shows a bar with the count against the log's head and the time left, and the replay folds every event", async () => {
    const shown: Array<string> = []
    const state = await LedgerState.fromStore(withReplayProgress(await storeWith(25_000), ioWritingTo(shown, true)))
    expect(state.eventCount).toBe(25_000)
    // The clock moves one second per reading: 10,000 events after 1 s leave 15,000 for about 2 s.
    expect(shown).toEqual([
      "\rreplaying events [########------------] 10,000 / 25,000 (40%), about 2 seconds left",
      "\rreplaying events [################----] 20,000 / 25,000 (80%), about 1 second left",
      "\rreplaying events [####################] 25,000 / 25,000 (100%) — done\n"
    ])
  })

  it("shows the same bar while a store's hash chain is verified", async () => {
    const shown: Array<string> = []
    const report = await withReplayProgress(await storeWith(12_000), ioWritingTo(shown, true)).verify()
    expect(report).toMatchObject({ ok: true, eventsChecked: 12_000 })
    expect(shown).toEqual([
      "\rverifying events [#################---] 10,000 / 12,000 (83%), about 1 second left",
      "\rverifying events [####################] 12,000 / 12,000 (100%) — done\n"
    ])
  })

  it("writes nothing when stderr is not a terminal", async () => {
    const shown: Array<string> = []
    await LedgerState.fromStore(withReplayProgress(await storeWith(12_000), ioWritingTo(shown, false)))
    expect(shown).toEqual([])
  })
})
