// Opens the whole ledger's state from the store's snapshot in a fresh process, and prints how long
// `LedgerSnapshot.open` took, whether the snapshot was used and how many events were folded.
import { performance } from "node:perf_hooks"
import { LedgerSnapshot } from "@plan-ledger/core/store"
import { openStore } from "@plan-ledger/stores"

const url = process.argv[2]
if (url === undefined) {
  process.stderr.write("usage: node dist/snapshotChild.js <store-url>\n")
  process.exit(2)
}
const store = await openStore(url)
const started = performance.now()
const { state, use } = await LedgerSnapshot.open(store)
const ms = performance.now() - started
await store.close()
process.stdout.write(`${JSON.stringify({ ms, use: use._tag, events: state.eventCount, plans: state.plans.size })}\n`)
