import { Data } from "effect"
import type { DecimalProblem } from "./Money.js"

const LONGEST_VALUE = 40

/**
 * How a refused value is shown in a message: text quoted, numbers as written, anything else by
 * its kind, and never more than a few dozen characters, so the message stays one short line.
 */
export const shownValue = (value: unknown): string => {
  const shown =
    typeof value === "string"
      ? JSON.stringify(value)
      : typeof value === "number" || typeof value === "bigint" || typeof value === "boolean"
        ? String(value)
        : value === null || value === undefined
          ? String(value)
          : Array.isArray(value)
            ? "an array"
            : typeof value === "object"
              ? "an object"
              : `a ${typeof value}`
  return shown.length > LONGEST_VALUE ? `${shown.slice(0, LONGEST_VALUE)}…` : shown
}

/**
 * Why a number is not an exact count of a unit (`undefined` when it is one): not a number, not
 * finite, not whole, or beyond the integers a double holds exactly.
 */
export const wholeNumberProblem = (value: unknown, unit: string): string | undefined => {
  if (typeof value !== "number") return "is not a number"
  if (!Number.isFinite(value)) return "is not a finite number"
  if (!Number.isInteger(value)) return `is not a whole number of ${unit}`
  if (!Number.isSafeInteger(value)) return "is beyond the integers a number holds exactly"
  return undefined
}

const DECIMAL_PROBLEMS: { readonly [Problem in DecimalProblem]: string } = {
  "not-a-number": "is not a decimal",
  "decimal-comma": "has a decimal comma",
  "misplaced-separator": "has a thousands separator out of place",
  "too-precise": "is more precise than the unit holds",
  "too-large": "is beyond the integers a number holds exactly"
}

/**
 * What is wrong with text that is not an exact decimal, as the middle of a message about it.
 */
export const decimalProblemText = (problem: DecimalProblem): string => DECIMAL_PROBLEMS[problem]

/**
 * A figure that cannot be taken as money or FTE without guessing: not a whole number of the unit,
 * not a finite or exact number, text that is not a plain decimal, or — in a command — a bare
 * number with no unit. The message is one line: where (for a command's field), the value, what is
 * wrong with it and how to write it.
 *
 * @category errors
 * @since 0.4.0
 */
export class FigureRefused extends Data.TaggedError("FigureRefused")<{
  /** The field of the command, dotted (`figures.employeeCosts`); empty for a constructor's argument. */
  readonly path: string
  /** The value as given, shortened (see the message). */
  readonly value: string
  readonly problem: string
  readonly fix: string
}> {
  override get message(): string {
    return `${this.path === "" ? "" : `at ${this.path}: `}${this.value} ${this.problem}; ${this.fix}`
  }
}
