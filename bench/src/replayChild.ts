// Runs one full replay in a fresh process, so its peak memory is the replay's alone.
import { openStore } from "@plan-ledger/stores"
import { replayIntoProjections } from "./Replay.js"

const url = process.argv[2]
if (url === undefined) {
  process.stderr.write("usage: node dist/replayChild.js <store-url>\n")
  process.exit(2)
}
const store = await openStore(url)
const figures = await replayIntoProjections(store)
await store.close()
process.stdout.write(`${JSON.stringify(figures)}\n`)
