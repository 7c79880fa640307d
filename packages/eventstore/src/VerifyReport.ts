/**
 * What kind of damage `verify` found.
 *
 * - `hash-mismatch`: an event's content no longer matches its hash (it was edited, or its batch
 *   boundary moved);
 * - `broken-link`: an event's previous hash is not the hash of the event before it (an event
 *   was removed, inserted or reordered);
 * - `undecodable`: a stored record is not a valid event of any known schema;
 * - `torn-tail`: the store ends in a partly written record (a crash during an append);
 * - `out-of-order`: global positions or stream revisions are not gapless and increasing;
 * - `non-canonical`: a stored record decodes to an event that matches its hash, but its stored
 *   bytes (or one of its columns) are not exactly what the store writes for that event — an extra
 *   key, whitespace, a number written another way, key order, a column edited apart from the
 *   record;
 * - `unreadable`: a stored record could not even be examined (reading or checking it failed);
 * - `tree-mismatch`: the Merkle tree the store keeps over its log is not the tree of its chain
 *   hashes — a node was changed, is missing, or is held beyond the log;
 * - `personal-value`: a personal value kept outside the hashed event does not match the
 *   commitment the event holds (the value or its salt was changed), or the event holds a
 *   commitment the store keeps no value or erasure for.
 *
 * @category models
 * @since 0.1.0
 */
export type DamageKind =
  | "hash-mismatch"
  | "broken-link"
  | "undecodable"
  | "torn-tail"
  | "out-of-order"
  | "non-canonical"
  | "unreadable"
  | "tree-mismatch"
  | "personal-value"

/**
 * The first problem `verify` found, located by global position and, where it could be read,
 * event id and stream.
 *
 * @category models
 * @since 0.1.0
 */
export interface Damage {
  readonly kind: DamageKind
  readonly globalPosition: number
  readonly eventId?: string
  readonly stream?: string
  readonly message: string
}

/**
 * The result of re-walking a store's hash chain.
 *
 * @category models
 * @since 0.1.0
 */
export type VerifyReport =
  | { readonly ok: true; readonly eventsChecked: number; readonly lastHash: string | null }
  | { readonly ok: false; readonly eventsChecked: number; readonly damage: Damage }
