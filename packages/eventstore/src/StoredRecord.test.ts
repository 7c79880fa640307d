import { describe, expect, it } from "vitest"
import { verifyChain } from "./ChainVerifier.js"
import type { RecordedEvent } from "./EventEnvelope.js"
import * as InMemoryEventStore from "./InMemoryEventStore.js"
import { firstDifference, type StoredRecord, textDifference } from "./StoredRecord.js"
import { sampleEvents, schema } from "./testkit/SampleEvents.js"

describe("firstDifference", () => {
  it("names an extra field, a missing field and a changed value by their path", () => {
    expect(firstDifference({ data: { count: 1, note: "x" } }, { data: { count: 1 } })).toBe(
      'field "data.note" is stored but is not part of the event'
    )
    expect(firstDifference({ data: {} }, { data: { count: 1 } })).toBe('field "data.count" is missing')
    expect(firstDifference({ list: [1, 2] }, { list: [1, 3] })).toBe('field "list.1" is stored as 2 where the hashed event has 3')
    expect(firstDifference({ data: { count: 1 } }, { data: { count: 1 } })).toBeUndefined()
  })
})

describe("textDifference", () => {
  it("tells a changed value from the same values written another way", () => {
    expect(textDifference("line 1", '{"a":1}', '{"a":1}')).toBeUndefined()
    expect(textDifference("line 1", '{"a":2}', '{"a":1}')).toBe('line 1: field "a" is stored as 2 where the hashed event has 1')
    for (const [written, canonical] of [
      ['{"a": 1}', '{"a":1}'],
      ['{"a":1.0}', '{"a":1}'],
      ['{"a":1e0}', '{"a":1}'],
      ['{"a":"\\u0041"}', '{"a":"A"}'],
      ['{"b":2,"a":1}', '{"a":1,"b":2}']
    ] as const) {
      expect(textDifference("line 1", written, canonical)).toMatch(/^line 1 holds the event's values, but not written the canonical way/)
    }
  })
})

describe("verifyChain", () => {
  const store = InMemoryEventStore.make(schema)
  const recorded = async (): Promise<ReadonlyArray<RecordedEvent>> => {
    if ((await store.head()).globalPosition === 0) await store.appendToStream("plan-a", sampleEvents(3), { expectedRevision: "no-stream" })
    const events: Array<RecordedEvent> = []
    for await (const event of store.readAll()) events.push(event)
    return events
  }
  const stored = (events: ReadonlyArray<RecordedEvent>, differenceAt: (position: number) => string | undefined) =>
    (async function* (): AsyncIterable<StoredRecord> {
      for (const event of events) yield { record: event, differenceFrom: () => differenceAt(event.globalPosition) }
    })()

  it("reports a record whose stored form differs from its event as non-canonical, counting only the records before it", async () => {
    const report = await verifyChain(
      schema,
      stored(await recorded(), (position) => (position === 2 ? "column x differs" : undefined)),
      store.merkle
    )
    expect(report).toMatchObject({ ok: false, eventsChecked: 1, damage: { kind: "non-canonical", globalPosition: 2 } })
  })

  it("reports a record whose check throws as unreadable instead of throwing", async () => {
    const report = await verifyChain(
      schema,
      stored(await recorded(), (position) => {
        if (position === 3) throw new RangeError("Maximum call stack size exceeded")
        return undefined
      }),
      store.merkle
    )
    expect(report).toMatchObject({ ok: false, eventsChecked: 2, damage: { kind: "unreadable", globalPosition: 3 } })
  })

  it("reports an extra key in a memory store's record, which decoding would drop", async () => {
    const store = InMemoryEventStore.make(schema)
    await store.appendToStream("plan-a", sampleEvents(2), { expectedRevision: "no-stream" })
    store.tamperForTesting(2, (record) => ({ ...record, data: { ...record.data, note: "added" } }))
    expect(await store.verify()).toMatchObject({
      ok: false,
      damage: { kind: "non-canonical", globalPosition: 2, message: expect.stringContaining('field "data.note"') }
    })
  })
})
