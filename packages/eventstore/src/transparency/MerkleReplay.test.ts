import { rootOfLeafHashes } from "@plan-ledger/verifier"
import { describe, expect, it } from "vitest"
import { InMemoryEventStore } from "../index.js"
import { SampleEvents } from "../testkit/index.js"
import * as MerkleProofs from "./MerkleProofs.js"
import * as MerkleReplay from "./MerkleReplay.js"
import { eventLeafHash } from "./TreeHasher.js"

describe("MerkleReplay.ofLog", () => {
  it("holds a leaf for every event of the log, in global order, whose root is the tree head of their chain hashes", async () => {
    const store = InMemoryEventStore.make(SampleEvents.schema)
    await store.appendToStream("plan-a", SampleEvents.sampleEvents(5), { expectedRevision: "no-stream" })
    await store.appendToStream("plan-b", SampleEvents.sampleEvents(2), { expectedRevision: "no-stream" })
    const hashes: Array<string> = []
    for await (const event of store.readAll()) hashes.push(event.hash)
    const nodes = await MerkleReplay.ofLog(store)
    expect(await nodes.leafCount()).toBe(7)
    expect(await MerkleProofs.treeHead(nodes, 7)).toEqual(await rootOfLeafHashes(hashes.map(eventLeafHash)))
    expect(await MerkleProofs.treeHead(nodes, 5)).toEqual(await rootOfLeafHashes(hashes.slice(0, 5).map(eventLeafHash)))
  })

  it("is the empty tree for an empty log", async () => {
    const nodes = await MerkleReplay.ofLog(InMemoryEventStore.make(SampleEvents.schema))
    expect(await nodes.leafCount()).toBe(0)
  })
})
