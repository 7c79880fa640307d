/**
 * One personal value a store keeps outside its hashed events: the commitment the event holds in
 * its place, where it is (the event and the JSON pointer within it), its kind, its subject as
 * recorded (`null` when the event does not say whose it is: then only a retention policy reaches
 * it), its salt and the value.
 *
 * @category models
 * @since 0.4.0
 */
export interface KeptValue {
  readonly commitment: string
  readonly eventId: string
  readonly pointer: string
  readonly kind: string
  readonly subject: string | null
  readonly salt: string
  readonly value: string
}

/**
 * What is left of an erased value: its commitment, where it was, its kind, the day it was erased
 * and the event that records the erasure. Neither the value, its salt nor its subject is kept.
 *
 * @category models
 * @since 0.4.0
 */
export interface ErasedValue {
  readonly commitment: string
  readonly eventId: string
  readonly pointer: string
  readonly kind: string
  readonly erasedOn: string
  readonly erasedBy: string
}

/**
 * A value as the vault holds it: kept, or erased.
 *
 * @category models
 * @since 0.4.0
 */
export type VaultEntry = KeptValue | ErasedValue

/**
 * Whether a vault entry is an erased value.
 *
 * @category filters
 * @since 0.4.0
 */
export const isErased = (entry: VaultEntry): entry is ErasedValue => "erasedOn" in entry

/**
 * A name recorded for a registered person: `alias` (a name as recorded) is the same subject as
 * `subject` (the person's registered id).
 *
 * @category models
 * @since 0.4.0
 */
export interface SubjectLink {
  readonly alias: string
  readonly subject: string
}

/**
 * Where a store keeps the personal values of its events, outside the hashed bytes, so they can be
 * erased while the chain and every proof still verify. Every store of this package family has
 * one, and each passes `personalDataConformance` (`@plan-ledger/eventstore/testkit`).
 *
 * Rules every vault keeps:
 * - `keep` is durable when it resolves, and idempotent (a commitment kept again is unchanged);
 * - `erase` replaces each value by its erased entry and leaves no copy of the value, its salt or
 *   its subject where the store keeps its data (it rewrites or vacuums what held them), then
 *   resolves;
 * - `import` takes entries as another vault gave them, erased ones included, for a copy.
 *
 * @category ports
 * @since 0.4.0
 */
export interface PersonalVault {
  /** Keeps values (and their salts), durably. */
  keep(values: ReadonlyArray<KeptValue>): Promise<void>
  /** Forgets values kept for events that were never stored (an append that failed). */
  discard(commitments: ReadonlyArray<string>): Promise<void>
  /** The entries of these commitments, kept or erased; a commitment the vault never held is absent. */
  read(commitments: ReadonlyArray<string>): Promise<ReadonlyMap<string, VaultEntry>>
  /**
   * The entries of these events, kept or erased: how a re-append finds the salts its values were
   * kept with, and the commitments of those erased since.
   */
  entriesOf(eventIds: ReadonlyArray<string>): Promise<ReadonlyArray<VaultEntry>>
  /** Every entry, in commitment order. */
  entries(): AsyncIterable<VaultEntry>
  /** Erases these values: each becomes an erased entry of `erasedOn`, recorded by `erasedBy`. */
  erase(commitments: ReadonlyArray<string>, erasure: { readonly erasedOn: string; readonly erasedBy: string }): Promise<void>
  /** Takes entries from another vault, as they are. */
  import(entries: AsyncIterable<VaultEntry>): Promise<number>
  /** Records that a name as recorded is a registered person's. */
  link(link: SubjectLink): Promise<void>
  /** Every link. */
  links(): Promise<ReadonlyArray<SubjectLink>>
  /** Forgets the links of these subjects and aliases (erasing a person erases how they were named). */
  unlink(names: ReadonlyArray<string>): Promise<void>
}
