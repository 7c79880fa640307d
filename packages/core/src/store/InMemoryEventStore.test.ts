import { ledgerStoreConformance } from "../testkit/LedgerStoreConformance.js"
import * as InMemoryEventStore from "./InMemoryEventStore.js"

ledgerStoreConformance("memory", { open: async () => InMemoryEventStore.make() })
