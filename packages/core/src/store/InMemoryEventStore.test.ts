import { InMemoryEventStore } from "../index.js"
import { eventStoreConformance } from "../testkit/index.js"

eventStoreConformance("memory", {
  open: async () => InMemoryEventStore.make(),
  tamper: async (store, globalPosition) => {
    const memory = store as ReturnType<typeof InMemoryEventStore.make>
    memory.tamperForTesting(globalPosition, (record) => ({ ...record, reason: `${record.reason}!` }))
  }
})
