import { Period, type Provenance } from "@plan-ledger/core"
import type { Io } from "./Io.js"
import type { GlobalValues } from "./Spec.js"
import { UsageError } from "./UsageError.js"

/**
 * The provenance of an erasure: who erases (`--actor`, else the user), why and on whose authority
 * (`--reason` and `--authority`, both required: an erasure is a decision someone took), taking
 * effect the day it runs.
 *
 * @category options
 * @since 0.6.0
 */
export const erasureProvenance = (values: GlobalValues, io: Io, command: string): Provenance => {
  const { reason, authority } = values
  if (reason === undefined || reason.trim() === "" || authority === undefined || authority.trim() === "") {
    throw new UsageError({
      command,
      detail: `an erasure records why and on whose decision: give --reason and --authority, for example --reason "erasure request 2026/117" --authority "Data Protection Officer"`
    })
  }
  return { actor: values.actor ?? io.user, reason, authority, effectiveDate: Period.CalendarDate.make(io.now().toISOString().slice(0, 10)) }
}
