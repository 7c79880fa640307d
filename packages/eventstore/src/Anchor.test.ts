import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { Anchor, InMemoryEventStore } from "./index.js"
import { SampleEvents } from "./testkit/index.js"

const { sampleEvents } = SampleEvents

const AT = new Date("2026-11-24T10:00:00.000Z")

const storeWith = async (events: ReadonlyArray<SampleEvents.NewNote>) => {
  const store = InMemoryEventStore.make(SampleEvents.schema)
  if (events.length > 0) await store.appendToStream("plan-a", events, { expectedRevision: "no-stream" })
  return store
}

const failure = (result: Result.Result<unknown, Anchor.AnchorNotFound>): Anchor.AnchorNotFound => {
  if (Result.isSuccess(result)) throw new Error("the anchor held, but was expected not to")
  return result.failure
}

describe("Anchor", () => {
  it("anchors the head: its position, its hash and the instant, as one line", async () => {
    const store = await storeWith(sampleEvents(3))
    const head = await store.head()
    const anchor = await Anchor.ofHead(store, AT)
    expect(anchor).toEqual({ position: 3, hash: head.hash, anchoredAt: "2026-11-24T10:00:00.000Z" })
    expect(Anchor.format(anchor)).toBe(`plan-ledger anchor 3 ${head.hash} 2026-11-24T10:00:00.000Z`)
  })

  it("anchors an empty ledger as position 0 with no hash, which always holds", async () => {
    const anchor = await Anchor.ofHead(await storeWith([]), AT)
    expect(Anchor.format(anchor)).toBe("plan-ledger anchor 0 none 2026-11-24T10:00:00.000Z")
    const parsed = Result.getOrThrow(Anchor.parse(Anchor.format(anchor)))
    expect(parsed).toEqual({ position: 0, hash: null, anchoredAt: "2026-11-24T10:00:00.000Z" })
    expect(Result.isSuccess(await Anchor.check(await storeWith(sampleEvents(2)), parsed))).toBe(true)
  })

  it("parses a whole anchor line, <position>:<hash> and a bare hash", async () => {
    const store = await storeWith(sampleEvents(2))
    const anchor = await Anchor.ofHead(store, AT)
    const hash = anchor.hash ?? ""
    expect(Result.getOrThrow(Anchor.parse(`  ${Anchor.format(anchor)}\n`))).toEqual(anchor)
    expect(Result.getOrThrow(Anchor.parse(`2:${hash}`))).toEqual({ position: 2, hash, anchoredAt: null })
    expect(Result.getOrThrow(Anchor.parse(hash))).toEqual({ position: null, hash, anchoredAt: null })
  })

  it.each([
    ["", "it is empty"],
    ["x:abc", 'the position "x" is not a whole number'],
    ["2:abc", 'the hash "abc" is not 64 lowercase hex digits'],
    [`0:${"a".repeat(64)}`, "position 0 is an empty ledger"],
    ["plan-ledger anchor 2 none 2026-11-24T10:00:00.000Z", "only an empty ledger (position 0) anchors without a hash"],
    [`plan-ledger anchor 2 ${"a".repeat(64)} yesterday`, 'the instant "yesterday" is not an ISO-8601 instant'],
    ["the head", "it is neither an anchor line"]
  ])("says why %j is not an anchor, and what to give instead", (text, detail) => {
    const result = Anchor.parse(text)
    if (Result.isSuccess(result)) throw new Error(`"${text}" parsed as an anchor`)
    expect(result.failure._tag).toBe("InvalidAnchor")
    expect(result.failure.message).toContain(detail)
    expect(result.failure.message).toContain("<position>:<hash>")
  })

  it("holds on the anchored store, and after more events are appended", async () => {
    const events = sampleEvents(5)
    const store = await storeWith(events.slice(0, 3))
    const anchor = await Anchor.ofHead(store, AT)
    expect(await Anchor.check(store, anchor)).toEqual(Result.succeed({ position: 3, hash: anchor.hash }))
    await store.appendToStream("plan-a", events.slice(3), { expectedRevision: 2 })
    expect(await Anchor.check(store, anchor)).toEqual(Result.succeed({ position: 3, hash: anchor.hash }))
    expect(Result.isSuccess(await Anchor.check(store, { position: null, hash: anchor.hash, anchoredAt: null }))).toBe(true)
  })

  it("finds a cut tail: the copy's chain is intact, but it ends before the anchored position", async () => {
    const events = sampleEvents(5)
    const anchor = await Anchor.ofHead(await storeWith(events), AT)
    const cut = await storeWith(events.slice(0, 3))
    expect(await cut.verify()).toMatchObject({ ok: true, eventsChecked: 3 })
    const error = failure(await Anchor.check(cut, anchor))
    expect(error._tag).toBe("AnchorNotFound")
    expect(error.message).toContain("the ledger ends at position 3, but was anchored at position 5: events were removed")
    expect(failure(await Anchor.check(cut, { position: null, hash: anchor.hash, anchoredAt: null })).message).toContain(
      "events were removed or the log was rewritten"
    )
  })

  it("finds a whole ledger deleted", async () => {
    const anchor = await Anchor.ofHead(await storeWith(sampleEvents(2)), AT)
    expect(failure(await Anchor.check(await storeWith([]), anchor)).message).toContain(
      "the ledger ends at position 0, but was anchored at position 2"
    )
  })

  it("finds a rewritten log: another event at the anchored position", async () => {
    const anchor = await Anchor.ofHead(await storeWith(sampleEvents(3)), AT)
    const rewritten = await storeWith(sampleEvents(4))
    const error = failure(await Anchor.check(rewritten, anchor))
    expect(error.message).toContain("the event at position 3 is not the one anchored: the log was rewritten")
  })
})
