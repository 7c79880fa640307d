import * as InMemoryEventStore from "./InMemoryEventStore.js"
import { eventStoreConformance } from "./testkit/EventStoreConformance.js"
import { schema } from "./testkit/SampleEvents.js"

const open = async () => InMemoryEventStore.make(schema)

eventStoreConformance("memory", {
  open,
  tamper: async (store, globalPosition) => {
    const memory = store as Awaited<ReturnType<typeof open>>
    memory.tamperForTesting(globalPosition, (record) => ({ ...record, reason: `${record.reason}!` }))
  }
})
