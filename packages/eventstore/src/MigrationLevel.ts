import { StoreUnavailable } from "./StoreErrors.js"

/**
 * How a ledger's recorded schema migrations compare with the ones a store's code knows: the
 * versions the ledger lacks (it is older than the code), and versions it records that the code
 * does not know (a newer plan-ledger wrote it).
 *
 * @category models
 * @since 0.3.0
 */
export interface MigrationDifference {
  readonly missing: ReadonlyArray<number>
  readonly unknown: ReadonlyArray<number>
}

/**
 * Compares the migration versions a ledger records with those the code knows.
 *
 * @example
 * import { MigrationLevel } from "@plan-ledger/eventstore"
 * MigrationLevel.difference([1, 2, 4], [1, 2, 3]) // { missing: [3], unknown: [4] }
 *
 * @category comparisons
 * @since 0.3.0
 */
export const difference = (recorded: ReadonlyArray<number>, known: ReadonlyArray<number>): MigrationDifference => ({
  missing: known.filter((version) => !recorded.includes(version)),
  unknown: recorded.filter((version) => !known.includes(version))
})

/**
 * Why a ledger opened only to read cannot be read at the migration level it records, or
 * `undefined` when it is at exactly the code's level. Reading never migrates a ledger, so an older
 * one is refused with what to do, as is one a newer plan-ledger wrote.
 *
 * @example
 * import { MigrationLevel } from "@plan-ledger/eventstore"
 * MigrationLevel.readRefusal("sqlite:ledger.db", { missing: [3], unknown: [] }, 3)?.message
 * // "sqlite:ledger.db: the ledger's schema is older than this plan-ledger (it lacks migration 3), …"
 *
 * @category comparisons
 * @since 0.3.0
 */
export const readRefusal = (store: string, found: MigrationDifference, knownUpTo: number): StoreUnavailable | undefined => {
  if (found.unknown.length > 0) {
    return new StoreUnavailable({
      store,
      detail: `the ledger was written by a newer plan-ledger (schema version ${Math.max(...found.unknown)}; this one knows up to ${knownUpTo}); read it with that version or a later one`
    })
  }
  if (found.missing.length > 0) {
    return new StoreUnavailable({
      store,
      detail: `the ledger's schema is older than this plan-ledger (it lacks migration${found.missing.length === 1 ? "" : "s"} ${found.missing.join(", ")}), and reading never migrates a ledger: take a copy and let a writing command (import, draft, approve) migrate the copy, or read it with the plan-ledger that wrote it`
    })
  }
  return undefined
}
