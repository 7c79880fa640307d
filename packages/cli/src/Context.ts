import { basename } from "node:path"
import { Option, Schema } from "effect"
import { type EventStore, Ledger, Period, type Provenance } from "@plan-ledger/core"
import { DEFAULT_STORE_URL, openStore } from "@plan-ledger/stores"
import type { Io } from "./Io.js"
import { UsageError } from "./UsageError.js"

/**
 * The options every command accepts.
 *
 * @category options
 * @since 0.1.0
 */
export const GLOBAL_OPTIONS = {
  store: { type: "string" },
  actor: { type: "string" },
  reason: { type: "string" },
  authority: { type: "string" },
  effective: { type: "string" },
  help: { type: "boolean" }
} as const

/**
 * The parsed values of the global options.
 *
 * @category options
 * @since 0.1.0
 */
export interface GlobalValues {
  readonly store?: string | undefined
  readonly actor?: string | undefined
  readonly reason?: string | undefined
  readonly authority?: string | undefined
  readonly effective?: string | undefined
}

/**
 * The store URL in force: `--store`, else `PLAN_LEDGER_STORE`, else the embedded default.
 *
 * @category options
 * @since 0.1.0
 */
export const storeUrl = (values: GlobalValues, io: Io): string => values.store ?? io.env["PLAN_LEDGER_STORE"] ?? DEFAULT_STORE_URL

/**
 * Opens the store in force.
 *
 * @category options
 * @since 0.1.0
 */
export const openLedgerStore = (values: GlobalValues, io: Io): Promise<EventStore> => openStore(storeUrl(values, io))

/**
 * The provenance recorded on every event a command writes.
 *
 * @category options
 * @since 0.1.0
 */
export const provenanceFrom = (values: GlobalValues, io: Io, command: string, defaultReason: string, file?: string): Provenance => {
  const effective = values.effective ?? io.now().toISOString().slice(0, 10)
  const effectiveDate = Option.getOrUndefined(Schema.decodeUnknownOption(Period.CalendarDate)(effective))
  if (effectiveDate === undefined) {
    throw new UsageError({ command, detail: `--effective "${effective}" is not a date: write YYYY-MM-DD, such as 2009-04-01` })
  }
  return {
    actor: values.actor ?? io.user,
    reason: values.reason ?? defaultReason,
    effectiveDate,
    ...(values.authority === undefined ? {} : { authority: values.authority }),
    ...(file === undefined ? {} : { source: { document: basename(file) } })
  }
}

/**
 * A ledger over the store, with the command's clock.
 *
 * @category options
 * @since 0.1.0
 */
export const ledgerOver = (store: EventStore, io: Io): Ledger.Ledger => Ledger.make({ store, clock: io.now })
