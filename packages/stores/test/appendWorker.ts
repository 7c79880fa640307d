// A separate OS process that appends to a shared store, as another clerk's machine would.
//   contend <url> <stream> <appends> <startAt>   from the instant startAt (ms since the epoch, so
//                                      every worker starts together) append one event at a time at
//                                      the exact expected revision, re-reading and retrying on a conflict
//   flood <url> <stream> <batchSize>   append whole batches forever (the parent kills it mid-way)
import { WrongExpectedRevision } from "@plan-ledger/core"
import { sampleEvents } from "@plan-ledger/core/testkit"
import { openStore } from "../src/index.js"

const [mode, url = "", stream = "", count = "0", startAt = "0"] = process.argv.slice(2)
const store = await openStore(url)

const lastRevision = async (): Promise<number | "no-stream"> => {
  let revision: number | "no-stream" = "no-stream"
  for await (const event of store.readStream(stream)) revision = event.streamRevision
  return revision
}

if (mode === "contend") {
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())))
  let conflicts = 0
  for (let appended = 0; appended < Number(count); ) {
    try {
      await store.appendToStream(stream, sampleEvents(1), { expectedRevision: await lastRevision() })
      appended += 1
    } catch (caught) {
      if (!(caught instanceof WrongExpectedRevision)) throw caught
      conflicts += 1
    }
  }
  process.stdout.write(`${conflicts}\n`)
} else {
  process.stdout.write("ready\n")
  for (;;) await store.appendToStream(stream, sampleEvents(Number(count)), { expectedRevision: "any" })
}
await store.close()
