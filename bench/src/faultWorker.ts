// A separate OS process that appends to a store until it is killed or has appended its batches, as
// a clerk's import would: whole batches of sample events to its own stream, each acknowledged by a
// line `ack <eventId> …` on stdout only after the append returned. With `--retry`, an append the
// store rejects as unavailable (a server restarting), or whose commit the server never confirmed (the
// connection dropped with it: `StoreWriteFailed`, outcome unknown), is reported as `retry <message>`
// and the same batch — the same event ids — is appended again after a pause: a re-append of a batch
// that was stored is a no-op, so a batch whose commit was lost with its answer is neither lost nor
// doubled.
//
//   node dist/faultWorker.js <store-url> <stream> <batch-size> [<batches>] [--retry]
import { type StoreError } from "@plan-ledger/core"
import { isStoreError } from "@plan-ledger/eventstore"
import { sampleEvents } from "@plan-ledger/core/testkit"
import { openStore } from "@plan-ledger/stores"

const [url = "", stream = "", batchSize = "1", batches = "0"] = process.argv.slice(2).filter((argument) => !argument.startsWith("--"))
const retry = process.argv.includes("--retry")
const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds))

// What a retry of the same batch resolves: the store was unavailable, or the commit's outcome is unknown.
const retryable = (caught: unknown): caught is StoreError =>
  isStoreError(caught) && (caught._tag === "StoreUnavailable" || (caught._tag === "StoreWriteFailed" && caught.left === "unknown"))

// Runs `attempt` until it succeeds; with `--retry`, what `retryable` names is retried after a pause.
const untilAvailable = async <Result>(attempt: () => Promise<Result>): Promise<Result> => {
  for (;;) {
    try {
      return await attempt()
    } catch (caught) {
      if (!retry || !retryable(caught)) throw caught
      process.stdout.write(`retry ${caught.message.replace(/\s+/g, " ")}\n`)
      await pause(100)
    }
  }
}

const store = await untilAvailable(() => openStore(url))
process.stdout.write("ready\n")
for (let appended = 0; Number(batches) === 0 || appended < Number(batches); appended++) {
  const batch = sampleEvents(Number(batchSize))
  await untilAvailable(() => store.appendToStream(stream, batch, { expectedRevision: "any" }))
  process.stdout.write(`ack ${batch.map((event) => event.eventId).join(" ")}\n`)
}
await store.close()
