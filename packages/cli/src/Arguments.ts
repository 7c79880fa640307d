import { parseArgs } from "node:util"
import { GLOBAL_OPTIONS } from "./Context.js"
import { UsageError } from "./UsageError.js"

type OptionSpecs = Readonly<Record<string, { readonly type: "string" | "boolean" }>>

/**
 * The parsed options of a command: strings for string options, booleans for flags.
 *
 * @category options
 * @since 0.1.0
 */
export type ParsedOptions<Specs extends OptionSpecs> = {
  readonly [Name in keyof Specs]?: Specs[Name]["type"] extends "boolean" ? boolean : string
}

/**
 * Parses a command's arguments (its own options plus the global ones), turning Node's parse
 * errors into a `UsageError` that names the command.
 *
 * @category options
 * @since 0.1.0
 */
export const parseCommand = <Own extends OptionSpecs>(
  command: string,
  args: ReadonlyArray<string>,
  own: Own
): { readonly values: ParsedOptions<typeof GLOBAL_OPTIONS & Own>; readonly positionals: ReadonlyArray<string> } => {
  try {
    const parsed = parseArgs({ args: [...args], options: { ...GLOBAL_OPTIONS, ...own }, allowPositionals: true, strict: true })
    return { values: parsed.values as ParsedOptions<typeof GLOBAL_OPTIONS & Own>, positionals: parsed.positionals }
  } catch (cause) {
    throw new UsageError({ command, detail: cause instanceof Error ? cause.message : String(cause) })
  }
}

/**
 * A required string option.
 *
 * @category options
 * @since 0.1.0
 */
export const required = (command: string, name: string, value: unknown, example: string): string => {
  if (typeof value !== "string" || value.trim() === "") throw new UsageError({ command, detail: `--${name} is required, for example --${name} ${example}` })
  return value
}
