import type { NewEvent, RecordedEvent } from "../EventEnvelope.js"
import type { MerkleNodes } from "../transparency/MerkleNodes.js"
import { ensureOpen, type MemoryLog } from "./open.js"

/**
 * `merkle` of the in-memory store: the tree `record` grows with the log, one leaf an event.
 *
 * @category transparency
 * @since 0.5.0
 */
export const merkle = <New extends NewEvent, Recorded extends RecordedEvent>(memory: MemoryLog<New, Recorded>): MerkleNodes => ({
  leafCount: async () => {
    ensureOpen(memory)
    return memory.tree.leafCount()
  },
  read: async (ids) => {
    ensureOpen(memory)
    return memory.tree.read(ids)
  }
})
