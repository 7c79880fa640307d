// A separate OS process that appends to a shared store, as another clerk's machine would.
//   contend <url> <stream> <appends> <goFile>   print "ready", wait until goFile exists (so every
//                                      worker starts together), then append one event at a time at
//                                      the exact expected revision — pausing a moment between reading
//                                      and appending, as a person would — re-reading and retrying on
//                                      a conflict; prints how many conflicts it met
//   acknowledge <url> <stream> <appends> <goFile>   print "ready", wait for goFile, then append one
//                                      event at a time with any revision, printing "ack <eventId>
//                                      <position>" for each append the store acknowledged
//   flood <url> <stream> <batchSize>   append whole batches forever, printing "appended" after each
//                                      (the parent kills it mid-way)
import { existsSync } from "node:fs"
import { WrongExpectedRevision } from "@plan-ledger/eventstore"
import { sampleEvents } from "@plan-ledger/core/testkit"
import { openStore } from "../src/index.js"

const [mode, url = "", stream = "", count = "0", goFile = ""] = process.argv.slice(2)
const pause = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds))
const store = await openStore(url)

const lastRevision = async (): Promise<number | "no-stream"> => {
  let revision: number | "no-stream" = "no-stream"
  for await (const event of store.readStream(stream)) revision = event.streamRevision
  return revision
}

if (mode === "contend") {
  process.stdout.write("ready\n")
  while (!existsSync(goFile)) await pause(5)
  let conflicts = 0
  for (let appended = 0; appended < Number(count);) {
    try {
      const revision = await lastRevision()
      await pause(1 + Math.random() * 4)
      await store.appendToStream(stream, sampleEvents(1), { expectedRevision: revision })
      appended += 1
    } catch (caught) {
      if (!(caught instanceof WrongExpectedRevision)) throw caught
      conflicts += 1
    }
  }
  process.stdout.write(`conflicts ${conflicts}\n`)
} else if (mode === "acknowledge") {
  process.stdout.write("ready\n")
  while (!existsSync(goFile)) await pause(5)
  for (let appended = 0; appended < Number(count); appended++) {
    const batch = sampleEvents(1)
    const result = await store.appendToStream(stream, batch, { expectedRevision: "any" })
    process.stdout.write(`ack ${batch[0]?.eventId} ${result.lastGlobalPosition}\n`)
  }
} else {
  process.stdout.write("ready\n")
  for (;;) {
    await store.appendToStream(stream, sampleEvents(Number(count)), { expectedRevision: "any" })
    process.stdout.write("appended\n")
  }
}
await store.close()
