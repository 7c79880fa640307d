import { StoreUnavailable } from "./StoreErrors.js"

/**
 * What the guards read of an opened store: its name in messages and whether it was closed.
 *
 * @category models
 * @since 0.5.0
 */
export interface OpenedStore {
  readonly storeName: string
  readonly closed: boolean
}

/**
 * Refuses every call once the store was closed, saying what to do instead: by default to open it
 * again (a store whose events are gone once closed says to open a new one).
 *
 * @category guards
 * @since 0.5.0
 */
export const ensureOpen = (store: OpenedStore, whatToDo = "open it again"): void => {
  if (store.closed) throw new StoreUnavailable({ store: store.storeName, detail: `the store was closed; ${whatToDo}` })
}

/**
 * Refuses a write once the store was closed, or when it was opened to read.
 *
 * @category guards
 * @since 0.5.0
 */
export const ensureWritable = (store: OpenedStore & { readonly readOnly: boolean }): void => {
  ensureOpen(store)
  if (store.readOnly)
    throw new StoreUnavailable({ store: store.storeName, detail: "the ledger was opened for reading only; open it for writing to append" })
}
