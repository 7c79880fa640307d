import { Erasure, Retention } from "@plan-ledger/core"
import { LedgerEvents } from "@plan-ledger/core/store"
import { PersonalData } from "@plan-ledger/eventstore"
import { Result, Schema } from "effect"
import { calendarOption, openLedgerStore, storeUrl } from "../Context.js"
import { erasureProvenance } from "../ErasureProvenance.js"
import { ExitCode } from "../ExitCode.js"
import { readInputFile } from "../InputFile.js"
import type { Io } from "../Io.js"
import type { CommandInput } from "../Spec.js"
import { UsageError } from "../UsageError.js"
import { counted, nearest } from "../Words.js"
import { reportErasure } from "./Erase.js"

const KINDS = LedgerEvents.personalPaths === undefined ? [] : PersonalData.kindsOf(LedgerEvents.personalPaths)

// The schedule in the file, refused with the fix when it is not JSON, not of the schedule's shape,
// or names a kind of value the ledger does not keep.
const policyFrom = (io: Io, file: string): Retention.RetentionPolicy => {
  const text = readInputFile(io, "policy", file)
  const refuse = (detail: string): never => {
    throw new UsageError({ command: "retention", detail: `--policy ${file}: ${detail}` })
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return refuse(`is not JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  const decoded = Schema.decodeUnknownResult(Retention.RetentionPolicy)(json)
  if (Result.isFailure(decoded)) return refuse(`write {"yearsAfterPeriodEnds": {"<kind>": <whole years>, …}} (${decoded.failure.message})`)
  for (const kind of Object.keys(decoded.success.yearsAfterPeriodEnds)) {
    if (!KINDS.includes(kind)) {
      const near = nearest(kind, KINDS)
      refuse(
        `"${kind}" is not a kind of personal value the ledger keeps${near === undefined ? "" : ` — did you mean "${near}"?`}; the kinds are ${KINDS.join(", ")}`
      )
    }
  }
  return decoded.success
}

/**
 * `plan-ledger retention --policy <file> [--on <date>] [--apply]`: lists the kept values a
 * retention schedule has come to; with `--apply`, erases them as `erase` does.
 *
 * @category commands
 * @since 0.6.0
 */
export const retention = async ({ values }: CommandInput<"retention">, io: Io): Promise<ExitCode> => {
  const policy = policyFrom(io, values.policy)
  const on = values.on === undefined ? io.now().toISOString().slice(0, 10) : calendarOption("retention", "on", values.on, "2026-12-07")
  const provenance = values.apply === true ? erasureProvenance(values, io, "retention") : undefined
  const store = await openLedgerStore(values, io, provenance === undefined ? "read" : "write")
  try {
    const due = await Retention.dueForErasure(store, policy, on)
    for (const item of due) {
      io.stdout(
        `${item.keptUntil}  ${item.value.kind}  recorded as "${item.value.subject ?? ""}"  in ${item.stream}, ${item.eventType} ${item.value.eventId} at ${item.value.pointer}\n`
      )
    }
    if (provenance === undefined) {
      io.stdout(
        `${counted(due.length, "personal value")} past ${due.length === 1 ? "its" : "their"} retention on ${on}; nothing erased (--apply erases them)\n`
      )
      return ExitCode.ok
    }
    if (due.length === 0) {
      io.stdout(`no personal value is past its retention on ${on}; nothing erased\n`)
      return ExitCode.ok
    }
    const outcome = await Erasure.erase(
      store,
      due.map((item) => item.value),
      { provenance, clock: io.now }
    )
    return await reportErasure(io, store, storeUrl(values, io), outcome)
  } finally {
    await store.close()
  }
}
