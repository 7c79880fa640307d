import type { FoldableEvent, NewEvent, RecordedEvent } from "./EventEnvelope.js"
import type { ChainHead } from "./AppendAlgorithm.js"
import type { MerkleNodes } from "./transparency/MerkleNodes.js"
import type { PersonalVault } from "./personal/PersonalVault.js"
import type { SnapshotStore } from "./SnapshotStore.js"
import type { SubscribeOptions } from "./Subscription.js"
import type { VerifyReport } from "./VerifyReport.js"

/**
 * What an append expects of its stream: that it does not exist yet, anything, or that its last
 * event has exactly this revision (revisions count from 0).
 *
 * @category models
 * @since 0.1.0
 */
export type ExpectedRevision = "no-stream" | "any" | number

/**
 * The outcome of an append. `appended` is false when every event of the batch was already
 * stored with identical content (an idempotent re-append).
 *
 * @category models
 * @since 0.1.0
 */
export interface AppendResult {
  readonly appended: boolean
  /** The revision of the stream's last event after the append. */
  readonly nextExpectedRevision: number
  /** The global position of the stream's last event after the append. */
  readonly lastGlobalPosition: number
}

/**
 * Which part of one stream to read (both bounds inclusive).
 *
 * @category models
 * @since 0.1.0
 */
export interface ReadStreamOptions {
  readonly fromRevision?: number
  readonly toRevision?: number
}

/**
 * Which part of the global log to read: from a global position (inclusive), and only events
 * recorded at or before an instant (for as-of projections).
 *
 * @category models
 * @since 0.1.0
 */
export interface ReadAllOptions {
  readonly fromPosition?: number
  readonly recordedUpTo?: string
}

/**
 * How to follow a long `verify`: a callback told how many events have been checked so far.
 *
 * @category models
 * @since 0.2.0
 */
export interface VerifyOptions {
  readonly onProgress?: (eventsChecked: number) => void
}

/**
 * The storage port, generic over the events a domain appends (`New`) and the events as stored
 * (`Recorded`, which may hold payloads of older schema versions). Every store — in memory, JSONL,
 * SQLite, PostgreSQL — implements it and passes the same conformance suite
 * (`@plan-ledger/eventstore/testkit`). A store may narrow these types, never widen them.
 *
 * Rules every store keeps:
 * - an append is atomic: all events of the batch, or none;
 * - a wrong expected revision rejects with `WrongExpectedRevision`;
 * - re-appending events whose ids are stored with identical content is a no-op; the same id
 *   with other content rejects with `DuplicateEventId`;
 * - events are chained by hash in global order, and `verify` re-walks the chain;
 * - the Merkle tree over the chain hashes, in global order, is kept with the events: each write
 *   stores the nodes its events complete in the same transaction (`merkle`);
 * - reads stream: they never load the whole log into memory;
 * - nothing is acknowledged that is not durably stored: a write that fails rejects with
 *   `StoreWriteFailed` and leaves none of the batch behind (or says what it left).
 *
 * Rejections are tagged errors (`WrongExpectedRevision`, `DuplicateEventId`, `InvalidEvent`,
 * `StoreUnavailable`, `StoreWriteFailed`); switch on their `_tag`.
 *
 * @category ports
 * @since 0.1.0
 */
export interface EventStore<New extends NewEvent = NewEvent, Recorded extends RecordedEvent = RecordedEvent> {
  /** Appends a batch to one stream, atomically, if the stream is at the expected revision. */
  appendToStream(
    stream: string,
    events: ReadonlyArray<New>,
    options: { readonly expectedRevision: ExpectedRevision }
  ): Promise<AppendResult>
  /** Reads one stream forward by revision. */
  readStream(stream: string, options?: ReadStreamOptions): AsyncIterable<Recorded>
  /** Reads every stream in global order. */
  readAll(options?: ReadAllOptions): AsyncIterable<Recorded>
  /**
   * Reads the same events as `readAll`, in the same order, as pages of what a fold reads (payload
   * and provenance facts): the replay path, much cheaper than building whole recorded events.
   */
  readAllForReplay(options?: ReadAllOptions): AsyncIterable<ReadonlyArray<FoldableEvent<Recorded>>>
  /**
   * The names of the streams that start with `prefix`, each once, in name order: how a reader
   * finds the few streams of a kind (the reference catalogues) without reading the log.
   */
  streamNames(prefix: string): Promise<ReadonlyArray<string>>
  /**
   * Catches up from `fromPosition`, then follows new events as they are committed, handing them
   * to `onEvents` page by page in global order with no gaps, until `signal` aborts (then it
   * resolves). Delivery is at least once: the subscriber keeps its own checkpoint (see
   * `SubscribeOptions`). PostgreSQL wakes on `NOTIFY`; SQLite and JSONL poll the head; the
   * in-memory store wakes directly.
   */
  subscribe(options: SubscribeOptions<Recorded>): Promise<void>
  /**
   * The log's last event as stored now: its global position (0 for an empty log) and hash (`null`
   * for an empty log). How far a replay will go, and what an auditor anchors.
   */
  head(): Promise<ChainHead>
  /**
   * Re-walks the hash chain and decodes every event; reports the first problem found.
   * `onProgress` hears how many events have been checked so far, as the walk goes.
   */
  verify(options?: VerifyOptions): Promise<VerifyReport>
  /**
   * The nodes of the Merkle tree over the log (one leaf per event, its chain hash, in global order),
   * stored with the events by the same write that stores them: what `MerkleProofs` reads tree heads
   * and proofs from, without reading the events.
   */
  readonly merkle: MerkleNodes
  /** Releases the store's resources (files, connections). */
  close(): Promise<void>
  /**
   * Where the store keeps its projection snapshot, if it keeps one (a domain's snapshot reader
   * reads and takes it; every store of this package family does).
   */
  readonly snapshots?: SnapshotStore
  /**
   * Where the store keeps personal values outside its hashed events, if it keeps them (every store
   * of this package family does). A `PersonalDataStore` over the store commits to them and
   * erases them.
   */
  readonly personalVault?: PersonalVault
}
