import * as InMemoryEventStore from "../store/InMemoryEventStore.js"
import { timeAxesProperty } from "../testkit/TimeAxesProperty.js"

timeAxesProperty("memory", { open: async () => InMemoryEventStore.make() })
