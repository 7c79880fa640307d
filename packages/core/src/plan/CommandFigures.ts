import { Result, type Schema, SchemaAST } from "effect"
import type { WithAmounts } from "../internal/CommandOf.js"
import { BUDGET_COMMAND_FIELDS, type BudgetCommand } from "./budget/BudgetCommand.js"
import type { ContentCommand } from "./content/ContentCommand.js"
import type { IndicatorsCommand } from "./indicators/IndicatorsCommand.js"
import type { LifecycleCommand } from "./lifecycle/LifecycleCommand.js"
import type { PlanCommand } from "./PlanCommand.js"
import { STAFFING_COMMAND_FIELDS, type StaffingCommand } from "./staffing/StaffingCommand.js"
import { FigureRefused, shownValue, wholeNumberProblem } from "../money/FigureRefused.js"
import * as FteFigures from "../money/Fte.js"
import * as Money from "../money/Money.js"

type Reading = Result.Result<unknown, FigureRefused>

/** A slice's command as its decider reads it, with figures in pence and hundredths. */
export type SliceCommand = ContentCommand | BudgetCommand | StaffingCommand | IndicatorsCommand

interface Unit {
  readonly isAmount: (value: unknown) => boolean
  readonly tag: "Money" | "Fte"
  /** The amount's field that holds the figure, and the unit it counts. */
  readonly field: "pence" | "hundredths"
  readonly counts: string
  readonly what: string
  readonly constructors: (value: string) => string
}

const MONEY: Unit = {
  isAmount: Money.isAmount,
  tag: "Money",
  field: "pence",
  counts: "pence",
  what: "an amount of money",
  constructors: (value) => `Money.pence(${value}) or Money.pounds("…")`
}

const FTE: Unit = {
  isAmount: FteFigures.isAmount,
  tag: "Fte",
  field: "hundredths",
  counts: "hundredths of an FTE",
  what: "an FTE figure",
  constructors: (value) => `Fte.hundredths(${value}) or Fte.of("…")`
}

// A figure field is recognised by its schema: the very node of `Money.Pence` or `Fte.Fte` (each
// annotated with its own description, so the two are distinct nodes and neither is `Schema.Int`).
const unitOf = (ast: SchemaAST.AST): Unit | undefined => (ast === Money.Pence.ast ? MONEY : ast === FteFigures.Fte.ast ? FTE : undefined)

const holdsFigures = (ast: SchemaAST.AST): boolean => {
  if (unitOf(ast) !== undefined) return true
  if (SchemaAST.isObjects(ast)) return ast.propertySignatures.some((signature) => holdsFigures(signature.type))
  if (SchemaAST.isUnion(ast)) return ast.types.some(holdsFigures)
  if (SchemaAST.isArrays(ast)) return [...ast.elements, ...ast.rest].some(holdsFigures)
  if (SchemaAST.isSuspend(ast)) return holdsFigures(ast.thunk())
  return false
}

const refuse = (path: ReadonlyArray<string>, value: unknown, problem: string, fix: string): Reading =>
  Result.fail(new FigureRefused({ path: path.join("."), value: shownValue(value), problem, fix }))

const readFigure = (unit: Unit, value: unknown, path: ReadonlyArray<string>): Reading => {
  if (unit.isAmount(value)) return Result.succeed((value as Record<string, unknown>)[unit.field])
  const example = typeof value === "number" && Number.isSafeInteger(value) ? String(value) : "150"
  const fix = `write ${unit.constructors(example)}; in JSON { "_tag": "${unit.tag}", "${unit.field}": ${example} }`
  if (typeof value === "number") return refuse(path, value, "is a bare number, with no unit", fix)
  if (typeof value !== "object" || value === null || !("_tag" in value) || value._tag !== unit.tag) {
    return refuse(path, value, `is not ${unit.what}`, fix)
  }
  // Tagged as the unit, so what is wrong is its figure.
  const figure: unknown = (value as Record<string, unknown>)[unit.field]
  return refuse([...path, unit.field], figure, wholeNumberProblem(figure, unit.counts) ?? "is not a figure", fix)
}

// Walks a value alongside the schema of the fields it should have, taking each figure out of its
// amount. Everything that is not a figure is left as it is, for the schema to judge when the
// event is appended.
const readAt = (ast: SchemaAST.AST, value: unknown, path: ReadonlyArray<string>): Reading => {
  const unit = unitOf(ast)
  if (unit !== undefined) return readFigure(unit, value, path)
  if (value === undefined || !holdsFigures(ast)) return Result.succeed(value)
  if (SchemaAST.isSuspend(ast)) return readAt(ast.thunk(), value, path)
  if (SchemaAST.isUnion(ast)) {
    // Only the members with figures are tried, so a bare number is refused even where the field
    // is optional; the first member's refusal is given when none takes the value.
    const readings = ast.types.filter(holdsFigures).map((member) => readAt(member, value, path))
    return readings.find(Result.isSuccess) ?? readings[0] ?? Result.succeed(value)
  }
  if (typeof value !== "object" || value === null) return Result.succeed(value)
  if (SchemaAST.isArrays(ast) && Array.isArray(value)) {
    const read: Array<unknown> = []
    for (const [index, element] of value.entries()) {
      const elementAst = ast.elements[index] ?? ast.rest[0]
      const reading = elementAst === undefined ? Result.succeed(element) : readAt(elementAst, element, [...path, String(index)])
      if (Result.isFailure(reading)) return reading
      read.push(reading.success)
    }
    return Result.succeed(read)
  }
  if (SchemaAST.isObjects(ast) && !Array.isArray(value)) {
    const read: Record<string, unknown> = { ...value }
    for (const signature of ast.propertySignatures) {
      const key = signature.name
      if (typeof key !== "string" || !Object.hasOwn(read, key)) continue
      const reading = readAt(signature.type, read[key], [...path, key])
      if (Result.isFailure(reading)) return reading
      read[key] = reading.success
    }
    return Result.succeed(read)
  }
  return Result.succeed(value)
}

const FIELDS_WITH_FIGURES: { readonly [Tag in string]?: Schema.Top } = { ...BUDGET_COMMAND_FIELDS, ...STAFFING_COMMAND_FIELDS }

/**
 * A plan command as the slices' deciders read it: each `Money.Amount` and `Fte.Amount` taken out
 * into its pence or hundredths, found where the schema of the event the command asks for has a
 * figure. A bare number there, or a tagged amount whose figure is not a safe integer, is refused
 * with the field's path (`at figures.employeeCosts: 100 is a bare number, with no unit; write …`).
 */
export const readCommandFigures = (command: Exclude<PlanCommand, LifecycleCommand>): Result.Result<SliceCommand, FigureRefused> => {
  const fields = FIELDS_WITH_FIGURES[command._tag]
  return fields === undefined
    ? Result.succeed(command as SliceCommand)
    : (readAt(fields.ast, command, []) as Result.Result<SliceCommand, FigureRefused>)
}

const wrapAt = (ast: SchemaAST.AST, value: unknown): unknown => {
  const unit = unitOf(ast)
  if (unit !== undefined) return typeof value === "number" ? { _tag: unit.tag, [unit.field]: value } : value
  if (value === undefined || value === null || !holdsFigures(ast)) return value
  if (SchemaAST.isSuspend(ast)) return wrapAt(ast.thunk(), value)
  if (SchemaAST.isUnion(ast)) {
    const member = ast.types.find(
      (candidate) =>
        holdsFigures(candidate) &&
        (typeof value === "number"
          ? unitOf(candidate) !== undefined
          : Array.isArray(value)
            ? SchemaAST.isArrays(candidate)
            : SchemaAST.isObjects(candidate))
    )
    return member === undefined ? value : wrapAt(member, value)
  }
  if (SchemaAST.isArrays(ast) && Array.isArray(value)) {
    return value.map((element, index) => {
      const elementAst = ast.elements[index] ?? ast.rest[0]
      return elementAst === undefined ? element : wrapAt(elementAst, element)
    })
  }
  if (SchemaAST.isObjects(ast) && typeof value === "object" && !Array.isArray(value)) {
    const wrapped: Record<string, unknown> = { ...value }
    for (const signature of ast.propertySignatures) {
      const key = signature.name
      if (typeof key === "string" && Object.hasOwn(wrapped, key)) wrapped[key] = wrapAt(signature.type, wrapped[key])
    }
    return wrapped
  }
  return value
}

/**
 * A plan command written with its figures in pence and hundredths, as the events record them,
 * with each figure wrapped in its amount: the inverse of {@link readCommandFigures}, for
 * specifications that compare a command with the events it records, and for re-issuing what a
 * stored event says as a command.
 *
 * @example
 * import { Money } from "@plan-ledger/core"
 * import { withAmounts } from "@plan-ledger/core/testkit"
 * const saving = withAmounts({ _tag: "SetVariationItem", planId: "p", itemId: "s", section: "saving", description: "Saving", amount: Money.fromThousands("-23") })
 *
 * @category testing
 * @since 0.4.0
 */
export const withAmounts = <Command extends SliceCommand | LifecycleCommand>(command: Command): WithAmounts<Command> => {
  const fields = FIELDS_WITH_FIGURES[command._tag]
  return (fields === undefined ? command : wrapAt(fields.ast, command)) as WithAmounts<Command>
}
