import type { NewEvent, RecordedEvent } from "../EventEnvelope.js"
import type { Snapshot, SnapshotStore } from "../SnapshotStore.js"
import type { MemoryLog } from "./open.js"

/**
 * `snapshots` of the in-memory store: one variable beside the log.
 *
 * @category snapshots
 * @since 0.5.0
 */
export const snapshots = <New extends NewEvent, Recorded extends RecordedEvent>(memory: MemoryLog<New, Recorded>): SnapshotStore => ({
  read: async () => memory.snapshot,
  write: async (taken: Snapshot) => {
    memory.snapshot = taken
  },
  clear: async () => {
    memory.snapshot = undefined
  }
})
