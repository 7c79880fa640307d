/**
 * Checkpointed projection state: the ledger state folded up to a global position, with the hash
 * of the event at that position (so a log rewritten or cut since is noticed) and the version of
 * the projection code that folded it (so a state folded by other code is never read back).
 *
 * @category models
 * @since 0.3.0
 */
export interface Snapshot {
  /** The global position of the last event folded into the state. */
  readonly globalPosition: number
  /** That event's hash. */
  readonly hash: string
  /** `LedgerSnapshot.PROJECTION_VERSION` of the code that folded the state. */
  readonly projectionVersion: number
  /** The state, encoded as JSON text by `LedgerSnapshot`. */
  readonly state: string
}

/**
 * Where a store keeps its snapshot: a table in a database, a side file next to a JSON-lines
 * ledger, a variable in memory. A store keeps at most one snapshot; writing replaces it. A
 * snapshot is an optimisation only: deleting it changes no output, only how much a reader folds.
 *
 * @category ports
 * @since 0.3.0
 */
export interface SnapshotStore {
  /** The snapshot kept, if any. */
  read(): Promise<Snapshot | undefined>
  /** Replaces the kept snapshot, atomically: a reader sees the old one or the new one, whole. */
  write(snapshot: Snapshot): Promise<void>
  /** Deletes the kept snapshot, if any. */
  clear(): Promise<void>
}
