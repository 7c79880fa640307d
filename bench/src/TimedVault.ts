import type { PersonalData } from "@plan-ledger/eventstore"

/** Seconds spent inside a vault's operations on the paths every append and read take. */
export interface VaultSeconds {
  keep: number
  entriesOf: number
  read: number
}

/**
 * A vault that does what `vault` does and adds the wall-clock seconds of each `keep`, `entriesOf`
 * and `read` to `seconds`: what the vault's own queries and transactions cost a personal-data
 * store, apart from committing and restoring values in memory.
 */
export const timedVault = (vault: PersonalData.PersonalVault, seconds: VaultSeconds): PersonalData.PersonalVault => {
  const timed =
    <Operation extends keyof VaultSeconds>(operation: Operation) =>
    async (
      ...args: Parameters<PersonalData.PersonalVault[Operation]>
    ): Promise<Awaited<ReturnType<PersonalData.PersonalVault[Operation]>>> => {
      const started = performance.now()
      try {
        return (await (vault[operation] as (...given: typeof args) => ReturnType<PersonalData.PersonalVault[Operation]>)(
          ...args
        )) as Awaited<ReturnType<PersonalData.PersonalVault[Operation]>>
      } finally {
        seconds[operation] += (performance.now() - started) / 1000
      }
    }
  return { ...vault, keep: timed("keep"), entriesOf: timed("entriesOf"), read: timed("read") }
}
