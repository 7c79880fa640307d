import { readFileSync } from "node:fs"
import { basename, extname, resolve } from "node:path"
import { isPlanRuleViolation, LedgerState, Period, type PlanState } from "@plan-ledger/core"
import {
  type ImportProblem,
  type ImportResult,
  summarizeImportProblems,
  type TableInput,
  unresolvedReferences
} from "@plan-ledger/core/adapters"
import { StreamName } from "@plan-ledger/core/store"
import {
  decodeText,
  type Encoding,
  ENCODINGS,
  importActions,
  importBudget,
  importConsultations,
  importContributingIndicators,
  importIndicators,
  importLeadRoles,
  importPriorities,
  importProgress,
  importRisks,
  importLineMappings,
  importStaffing,
  importThemes,
  importVariations,
  importVoice,
  parseEncoding
} from "@plan-ledger/import-csv"
import { match } from "ts-pattern"
import { planIdOption } from "../Arguments.js"
import { type EffectiveDefault, ledgerOver, openLedgerStore, provenanceFrom } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import { reportLedgerError } from "../LedgerErrorExit.js"
import { withReplayProgress } from "../Progress.js"
import type { CommandInput } from "../Spec.js"
import { tableSheetName } from "../TableSheet.js"
import { UsageError } from "../UsageError.js"
import { counted } from "../Words.js"
import { withWriteLog } from "../WriteLog.js"
import { draftCommand, periodOption } from "./Lifecycle.js"

const reportProblems = (io: Io, file: string, problems: ReadonlyArray<ImportProblem>): ExitCode => {
  for (const line of summarizeImportProblems(problems)) io.stderr(`${line}\n`)
  io.stderr(`${counted(problems.length, "problem")} in ${file}; nothing was imported.\n`)
  return ExitCode.input
}

/**
 * The table a file holds, for an importer: an `.xlsx` workbook's sheet (the workbook reader is
 * loaded only for one), or a CSV file's text; or the exit code of a file that cannot be read as
 * one, its problems reported.
 */
const tableOf = async (
  file: string,
  bytes: Uint8Array,
  options: {
    readonly workbook: boolean
    readonly sheet: string | undefined
    readonly tableSheet: string
    readonly encoding: Encoding | undefined
  },
  io: Io
): Promise<TableInput | ExitCode> => {
  if (!options.workbook) {
    const decoded = decodeText(file, bytes, options.encoding)
    return decoded.ok ? { text: decoded.text } : reportProblems(io, file, decoded.problems)
  }
  const { readSheet } = await import("@plan-ledger/import-xlsx")
  const reading = await readSheet(file, bytes, options.sheet, options.tableSheet)
  return match(reading)
    .with({ _tag: "Table" }, ({ table }): TableInput => ({ table }))
    .with({ _tag: "Problems" }, ({ problems }) => reportProblems(io, file, problems))
    .with({ _tag: "ChooseSheet" }, ({ problem, expected }) => {
      io.stderr(`error: ${file}: ${problem} — ${expected}\n`)
      return ExitCode.input
    })
    .exhaustive()
}

/**
 * When an imported table takes effect without `--effective`: a plan's tables are in force from the
 * start of its period, whenever they are recorded — a 2009/10 plan loaded years later reads as in
 * force in 2009/10. A change to an approved plan is a restatement whatever its date (with its
 * authority and reason), and is recorded when it is made; `--effective` says from when it applies
 * when that is not the period's start. A table for a plan the ledger does not hold takes effect on
 * the day it is recorded (the import then fails, as the plan is not drafted).
 */
const importEffectiveDefault = (
  existing: PlanState.PlanState | undefined,
  requestedPeriod: Period.Period | undefined
): EffectiveDefault => {
  const period = existing?.period ?? requestedPeriod
  return period === undefined ? undefined : Period.parseCalendarDate(Period.startDate(period))
}

/**
 * `plan-ledger import <table> <file.csv> --plan <id>`: reads the file's bytes as UTF-8 (or
 * `--encoding`), validates the whole file (fields separated by commas, or `--delimiter`), then
 * records it as one atomic append; a file with any problem is rejected whole and nothing is written.
 * An `.xlsx` workbook is read from its only sheet or `--sheet`, and validated the same way.
 *
 * @category commands
 * @since 0.1.0
 */
export const importTable = async ({ values, positionals }: CommandInput<"import">, io: Io): Promise<ExitCode> => {
  const [table, file] = positionals
  const planId = planIdOption("import", "plan", values.plan)
  const { units, unit, delimiter } = values
  if (unit !== undefined && table !== "budget" && table !== "staffing")
    throw new UsageError({
      command: "import",
      detail: `--unit is for budget and staffing tables: the ${table} table belongs to the whole plan`
    })
  const encoding = values.encoding === undefined ? undefined : parseEncoding(values.encoding)
  if (values.encoding !== undefined && encoding === undefined)
    throw new UsageError({
      command: "import",
      detail: `--encoding "${values.encoding}" is not an encoding this reads: use one of ${ENCODINGS.join(", ")}`
    })
  const workbook = extname(file).toLowerCase() === ".xlsx"
  if (workbook && (values.encoding !== undefined || values.delimiter !== undefined))
    throw new UsageError({
      command: "import",
      detail: `--${values.encoding === undefined ? "delimiter" : "encoding"} is for CSV files: the cells of ${file}, an Excel workbook, are read as Excel saved them`
    })
  if (!workbook && values.sheet !== undefined)
    throw new UsageError({
      command: "import",
      detail: `--sheet is for Excel workbooks (.xlsx): ${file} is read as a CSV file, which has no sheets`
    })
  io.writes?.expect("import", [`the ${table} table${unit === undefined ? "" : ` of unit "${unit}"`} from ${file} into plan ${planId}`])
  const path = resolve(io.cwd, file)
  let bytes: Uint8Array
  try {
    bytes = readFileSync(path)
  } catch (cause) {
    io.stderr(`error: cannot read ${file}: ${cause instanceof Error ? cause.message : String(cause)}\n`)
    return ExitCode.input
  }
  const source = await tableOf(file, bytes, { workbook, sheet: values.sheet, tableSheet: tableSheetName(table), encoding }, io)
  if (typeof source === "number") return source
  const input = { fileName: file, planId, ...source }
  const csv = delimiter === undefined ? {} : { delimiter }
  const inUnit = unit === undefined ? {} : { unit }
  const result: ImportResult = match(table)
    .with("budget", () => importBudget({ ...input, options: { ...csv, ...inUnit, ...(units === undefined ? {} : { units }) } }))
    .with("variations", () => importVariations({ ...input, options: csv }))
    .with("staffing", () => importStaffing({ ...input, options: { ...csv, ...inUnit } }))
    .with("indicators", () => importIndicators({ ...input, options: values.area === undefined ? csv : { ...csv, area: values.area } }))
    .with("themes", () => importThemes({ ...input, options: csv }))
    .with("priorities", () => importPriorities({ ...input, options: csv }))
    .with("actions", () => importActions({ ...input, options: csv }))
    .with("voice", () => importVoice({ ...input, options: csv }))
    .with("lead-roles", () => importLeadRoles({ ...input, options: csv }))
    .with("risks", () => importRisks({ ...input, options: csv }))
    .with("consultations", () => importConsultations({ ...input, options: csv }))
    .with("progress", () => importProgress({ ...input, options: csv }))
    .with("line-mappings", () => importLineMappings({ ...input, options: csv }))
    .with("contributing-indicators", () => importContributingIndicators({ ...input, options: csv }))
    .exhaustive()
  if (!result.ok) return reportProblems(io, file, result.problems)
  const requestedPeriod = values.period === undefined ? undefined : periodOption("import", values.period)
  if (io.interactive && result.rows >= 1000)
    io.stderr(`${file}: ${counted(result.rows, "row")} valid; recording ${counted(result.commands.length, "command")}…\n`)
  const store = withWriteLog(
    withReplayProgress(await openLedgerStore(values, io, "write", values.create === true ? "create" : "offer-create"), io),
    io.writes
  )
  try {
    const ledger = ledgerOver(store, io)
    // The plan's own stream tells its period, its approval and what it defines; there is no need
    // to fold the whole ledger.
    const existing = (await LedgerState.replay(store.readStream(StreamName.forPlan(planId)))).plans.get(planId)
    const unresolved = unresolvedReferences(existing, result.commands, result.references ?? [])
    if (unresolved.length > 0) return reportProblems(io, file, unresolved)
    const provenance = provenanceFrom(
      values,
      io,
      "import",
      `imported the ${table} table${unit === undefined ? "" : ` of unit "${unit}"`} from ${basename(file)}`,
      file,
      importEffectiveDefault(existing, requestedPeriod)
    )
    if (requestedPeriod !== undefined && existing !== undefined && !Period.equals(existing.period, requestedPeriod)) {
      throw new UsageError({
        command: "import",
        detail: `--period ${values.period} does not match plan ${planId}, which was drafted for ${Period.label(existing.period)}: leave --period out to import into it, or name the plan for ${values.period} with --plan`
      })
    }
    const draft =
      values.period !== undefined && existing === undefined
        ? [draftCommand("import", planId, { title: values.title, period: values.period, kind: values.kind, owner: values.owner })]
        : []
    const commands = [...draft, ...result.commands]
    const outcome = await ledger.executePlan(planId, commands, provenance)
    if (!outcome.ok) {
      if (!isPlanRuleViolation(outcome.error)) return reportLedgerError(io, outcome.error)
      // The ledger stops at the first broken rule; the officer gets every one, to fix them at once.
      const violations = await ledger.planViolations(planId, commands, provenance)
      for (const { violation } of violations) io.stderr(`${file}: ${violation.message}\n`)
      io.stderr(`${counted(violations.length, "rule")} of the plan broken by ${file}; nothing was imported.\n`)
      return ExitCode.input
    }
    io.stdout(
      outcome.events.length === 0
        ? `${file}: ${counted(result.rows, "row")}, no change — plan ${planId} already records ${result.rows === 1 ? "it" : "them"}\n`
        : `${file}: ${counted(result.rows, "row")}, ${counted(outcome.events.length, "event")} recorded in plan ${planId}\n`
    )
    return ExitCode.ok
  } finally {
    await store.close()
  }
}
