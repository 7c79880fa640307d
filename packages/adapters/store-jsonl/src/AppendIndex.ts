import { statSync } from "node:fs"
import { InMemoryMerkleNodes, type RecordedEvent, TreeHasher } from "@plan-ledger/eventstore"
import { closesBatch } from "./BatchBoundary.js"
import { readLines } from "./LineReader.js"

/**
 * Where one event's line lies in the file: its first byte and its length (without the newline).
 *
 * @category indexing
 * @since 0.2.0
 */
export interface LineLocation {
  readonly offset: number
  readonly length: number
}

/**
 * What appends need to know about the file, so no append rescans it: each stream's head, where
 * each event id's line is, the chain's head, and how far (bytes, lines) the index has read — and
 * the Merkle tree over the chain hashes read, rebuilt from the file whenever the index is, so it
 * is never stored apart from the events. A line whose hash is not a chain hash (damage `verify`
 * reports) ends the tree before it: `treeStoppedAt` is its global position.
 *
 * @category indexing
 * @since 0.2.0
 */
export interface AppendIndex {
  size: number
  lines: number
  lastPosition: number
  lastHash: string | null
  readonly streams: Map<string, { readonly revision: number; readonly lastGlobalPosition: number }>
  readonly events: Map<string, LineLocation>
  tree: InMemoryMerkleNodes.InMemoryMerkleNodes
  treeStoppedAt: number | undefined
}

/**
 * Where a partly written batch (a crash during an append) starts: byte offset and line number.
 *
 * @category indexing
 * @since 0.2.0
 */
export interface TornTail {
  readonly offset: number
  readonly lineNumber: number
}

/**
 * An index of an empty file.
 *
 * @category indexing
 * @since 0.2.0
 */
export const emptyIndex = (): AppendIndex => ({
  size: 0,
  lines: 0,
  lastPosition: 0,
  lastHash: null,
  streams: new Map(),
  events: new Map(),
  tree: InMemoryMerkleNodes.make(),
  treeStoppedAt: undefined
})

const CHAIN_HASH = /^[0-9a-f]{64}$/u

type Indexed = Pick<RecordedEvent, "stream" | "streamRevision" | "globalPosition" | "eventId" | "hash">

const record = (index: AppendIndex, event: Indexed, location: LineLocation): void => {
  index.streams.set(event.stream, { revision: event.streamRevision, lastGlobalPosition: event.globalPosition })
  index.events.set(event.eventId, location)
  index.lastPosition = event.globalPosition
  index.lastHash = event.hash
  if (index.treeStoppedAt !== undefined) return
  if (typeof event.hash === "string" && CHAIN_HASH.test(event.hash)) index.tree.append(TreeHasher.eventLeafHash(event.hash))
  else index.treeStoppedAt = event.globalPosition
}

/**
 * Adds a batch this process has just written at the end of the indexed part of the file (`lines`
 * are the batch's lines as written, without newlines).
 *
 * @category indexing
 * @since 0.2.0
 */
export const addWritten = (index: AppendIndex, sealed: ReadonlyArray<RecordedEvent>, lines: ReadonlyArray<string>): void => {
  sealed.forEach((event, offset) => {
    const length = Buffer.byteLength(lines[offset] ?? "")
    record(index, event, { offset: index.size, length })
    index.size += length + 1
    index.lines += 1
  })
}

/**
 * Brings the index up to the end of the file, reading only what was written since it last read
 * (by another process, or before this one opened the file) — or the whole file again if it
 * shrank (it was repaired or replaced). Returns where a torn tail starts, if the file ends in one;
 * the index then covers every whole batch before it.
 *
 * @category indexing
 * @since 0.2.0
 */
export const catchUp = async (path: string, index: AppendIndex): Promise<TornTail | undefined> => {
  let size: number
  try {
    size = statSync(path).size
  } catch {
    size = 0
  }
  if (size === index.size) return undefined
  if (size < index.size) {
    index.size = 0
    index.lines = 0
    index.lastPosition = 0
    index.lastHash = null
    index.streams.clear()
    index.events.clear()
    index.tree = InMemoryMerkleNodes.make()
    index.treeStoppedAt = undefined
  }
  let lineStart = index.size
  let pending: Array<{ readonly event: Indexed; readonly location: LineLocation }> = []
  let batchStart: TornTail = { offset: index.size, lineNumber: index.lines + 1 }
  for await (const line of readLines(path, index.size, index.lines + 1)) {
    const event = line.complete ? parse(line.text) : undefined
    if (event === undefined) return batchStart
    pending.push({ event, location: { offset: lineStart, length: line.endOffset - 1 - lineStart } })
    lineStart = line.endOffset
    if (!closesBatch(event)) continue
    for (const entry of pending) record(index, entry.event, entry.location)
    index.size = line.endOffset
    index.lines = line.lineNumber
    pending = []
    batchStart = { offset: index.size, lineNumber: index.lines + 1 }
  }
  return pending.length === 0 ? undefined : batchStart
}

const parse = (text: string): (Indexed & { readonly [key: string]: unknown }) | undefined => {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === "object" && value !== null ? (value as Indexed & { readonly [key: string]: unknown }) : undefined
  } catch {
    return undefined
  }
}
