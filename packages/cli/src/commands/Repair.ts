import { LedgerEvents } from "@plan-ledger/core/store"
import { describeEvent, type RepairReport, repairJsonlStore, type TornTail } from "@plan-ledger/store-jsonl"
import { checkLedgerFile, openLedgerStore, storeUrl } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import type { CommandInput } from "../Spec.js"
import { verifyReportText } from "../VerifyReportText.js"
import { counted } from "../Words.js"
import { positionRuns } from "../PositionRuns.js"

const JSONL = "jsonl:"

const lineRange = (from: number, to: number): string => (to > from ? `lines ${from}–${to}` : `line ${from}`)

const tornTailText = (tail: TornTail): string => {
  const positions = tail.events.flatMap((event) => (event.globalPosition === undefined ? [] : [event.globalPosition]))
  const held =
    tail.events.length === 0
      ? ""
      : `, holding ${counted(tail.events.length, "event")} it never acknowledged${positions.length === 0 ? "" : ` (${positions.length === 1 ? "position" : "positions"} ${positionRuns(positions)})`}`
  return `${lineRange(tail.fromLine, tail.toLine)} (${counted(tail.bytes, "byte")}) ${tail.toLine > tail.fromLine ? "are" : "is"} a torn tail: an append that never completed${held}${tail.cutShort ? ", ending in a line cut short" : ""}`
}

// What the JSON-lines repair found and did, in words, and the exit code that goes with it.
const reportJsonlRepair = (url: string, report: RepairReport, io: Io): ExitCode => {
  if (report.outcome === "intact") {
    io.stdout(`${url}: nothing to repair — ${counted(report.wholeEvents, "event")} in whole batches, hash chain intact\n`)
    return ExitCode.ok
  }
  if (report.outcome === "torn-tail") {
    if (report.sideFile === undefined) {
      io.stdout(
        `${url}: ${tornTailText(report.tail)}. Nothing was moved (dry run); run repair without --dry-run to move it to a side file.\n`
      )
      return ExitCode.findings
    }
    io.stdout(
      `${url}: ${tornTailText(report.tail)}. Moved it to ${report.sideFile}; the ledger ends with its last whole batch: ${counted(report.wholeEvents, "event")}, hash chain intact.\n`
    )
    return ExitCode.ok
  }
  const lines = report.damage.map(
    (damage) =>
      `  line ${damage.lineNumber}: ${damage.description}${damage.event === undefined ? "" : `; it affects ${describeEvent(damage.event)}`}\n`
  )
  io.stdout(
    `${url}: DAMAGED — ${counted(report.damage.length, "damaged line")}, which an append cut short cannot leave, so repair moves nothing:\n` +
      lines.join("") +
      (report.tail === undefined
        ? ""
        : `The file also ends in a torn tail — ${tornTailText(report.tail)}; repair moves it once the damage above is put right.\n`) +
      "Restore the ledger from a backup or a copy (verify --expect checks a copy against a published anchor), or put the lines right by hand in a copy and run repair --dry-run on it.\n"
  )
  return ExitCode.unrepairable
}

/**
 * `plan-ledger repair [--dry-run]`: moves a JSON-lines ledger's torn tail to a side file, or
 * reports the damage it does not touch (exit 4); for SQLite and PostgreSQL, says there is nothing
 * to move and verifies the chain.
 *
 * @category commands
 * @since 0.3.0
 */
export const repair = async ({ values }: CommandInput<"repair">, io: Io): Promise<ExitCode> => {
  const url = storeUrl(values, io)
  const dryRun = values["dry-run"] === true
  if (url.startsWith(JSONL) && url.length > JSONL.length) {
    checkLedgerFile(url, io, dryRun ? "read" : "write", "refuse")
    return reportJsonlRepair(url, await repairJsonlStore(url.slice(JSONL.length), { events: LedgerEvents, dryRun, now: io.now() }), io)
  }
  const store = await openLedgerStore(values, io, "read")
  try {
    io.stdout(
      `${url}: nothing to repair by moving lines — this store writes each append in one transaction, so a crash never leaves part of one. Verifying the hash chain:\n`
    )
    const report = await store.verify()
    io.stdout(verifyReportText(url, report))
    return report.ok ? ExitCode.ok : ExitCode.unrepairable
  } finally {
    await store.close()
  }
}
