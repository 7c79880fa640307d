import { Command, type CommanderError, Option } from "commander"
import type { Io } from "./Io.js"
import { COMMAND_NAMES, COMMANDS, type CommandName, GLOBAL_OPTIONS, type OptionSpec } from "./Spec.js"
import { UsageError } from "./UsageError.js"
import { nearest } from "./Words.js"

/**
 * What the command line asked for: a command with its options and arguments, or an exit code
 * when the parser already answered (help, version).
 *
 * @category options
 * @since 0.1.0
 */
export type Parsed =
  | {
      readonly _tag: "Command"
      readonly name: CommandName
      readonly values: Readonly<Record<string, string | boolean | undefined>>
      readonly positionals: ReadonlyArray<string>
    }
  | { readonly _tag: "Answered" }

const ROOT_DESCRIPTION = "plan-ledger — an event-sourced ledger of council and partnership plans"

const ROOT_AFTER = `
Exit codes: 0 success, 1 check/verify found a problem (repair --dry-run: a torn tail to move),
2 usage or input error (nothing written), 3 a concurrent writer conflict that retries did not
resolve, 4 repair found damage it does not touch (nothing moved).

Example:
  plan-ledger demo`

const flagsOf = (name: string, spec: OptionSpec): string => {
  if (spec.type === "boolean") return `--${name}`
  const value = spec.value ?? "<value>"
  return `--${name} ${value.startsWith("<") ? value : `<${value}>`}`
}

const attributeOf = (name: string): string => name.replace(/-([a-z])/gu, (_, letter: string) => letter.toUpperCase())

const optionNames = (command: CommandName | ""): ReadonlyArray<string> => [
  ...(command === "" ? ["--version"] : Object.keys(COMMANDS[command].options).map((name) => `--${name}`)),
  ...Object.keys(GLOBAL_OPTIONS).map((name) => `--${name}`),
  "--help"
]

const quoted = (message: string): string | undefined => /'([^']+)'/u.exec(message)?.[1]

const usageErrorFrom = (error: CommanderError, command: CommandName | ""): UsageError => {
  const message = error.message.replace(/^error: /u, "").split("\n")[0] ?? error.message
  if (error.code === "commander.unknownOption") {
    const flag = quoted(message) ?? message
    const suggestion = nearest(flag.split("=")[0] ?? flag, optionNames(command))
    return new UsageError({ command, detail: `unknown option ${flag}${suggestion === undefined ? "" : `; did you mean ${suggestion}?`}` })
  }
  if (error.code === "commander.unknownCommand") {
    const name = quoted(message) ?? message
    const suggestion = nearest(name, COMMAND_NAMES)
    return new UsageError({
      command: "",
      detail: `unknown command "${name}"${suggestion === undefined ? `; the commands are ${COMMAND_NAMES.join(", ")}` : `; did you mean ${suggestion}?`}`
    })
  }
  if (error.code === "commander.optionMissingArgument") {
    const flags = quoted(message) ?? message
    return new UsageError({ command, detail: `${flags.split(" ")[0] ?? flags} needs a value: ${flags}` })
  }
  if (error.code === "commander.help") {
    return new UsageError({ command: "", detail: `name a command: ${COMMAND_NAMES.join(", ")}` })
  }
  if (error.code === "commander.excessArguments") {
    return new UsageError({
      command,
      detail: `too many arguments: ${command === "" ? "" : `plan-ledger ${command} ${COMMANDS[command].usage}`}`.trim()
    })
  }
  return new UsageError({ command, detail: message })
}

class Answered extends Error {}

const failWith =
  (command: CommandName | "") =>
  (error: CommanderError): never => {
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.exitCode === 0) throw new Answered()
    throw usageErrorFrom(error, command)
  }

const examplesText = (examples: ReadonlyArray<string>): string => `\nExample:\n${examples.map((example) => `  ${example}`).join("\n")}`

/**
 * The command-line program, built from the specifications in `Spec.ts`: its parser, its help and
 * its version. A fresh one for every run (commander keeps parse state on the program).
 *
 * @category options
 * @since 0.1.0
 */
export const buildProgram = (io: Io, version: string, onCommand: (parsed: Parsed) => void): Command => {
  const program = new Command("plan-ledger")
    .description(ROOT_DESCRIPTION)
    .usage("<command> [options]")
    .version(version, "-V, --version", "print the version")
    .helpOption("-h, --help", "help for a command")
    .helpCommand("help [command]", "help for a command")
    // Errors are never written by commander: `failWith` turns each into the CLI's own one-line
    // `UsageError` (options without a command, too, instead of the whole help on stderr).
    .configureOutput({ writeOut: io.stdout, writeErr: () => undefined, outputError: () => undefined })
    .configureHelp({ showGlobalOptions: true, helpWidth: 100 })
    .exitOverride(failWith(""))
    .addHelpText("after", ROOT_AFTER)
  for (const [name, spec] of Object.entries(GLOBAL_OPTIONS)) program.addOption(new Option(flagsOf(name, spec), spec.description))
  for (const name of COMMAND_NAMES) {
    const spec = COMMANDS[name]
    const command = program
      .command(name)
      .summary(spec.summary)
      .description(spec.description)
      .usage(spec.usage)
      .exitOverride(failWith(name))
      .addHelpText("after", examplesText(spec.examples))
    for (const argument of spec.arguments) command.argument(`[${argument.name}]`, argument.description)
    const options: ReadonlyArray<[string, OptionSpec]> = Object.entries(spec.options)
    for (const [option, optionSpec] of options) command.addOption(new Option(flagsOf(option, optionSpec), optionSpec.description))
    command.action((...args: ReadonlyArray<unknown>) => {
      const self = args[args.length - 1] as Command
      const given = self.optsWithGlobals()
      const values: Record<string, string | boolean | undefined> = {}
      for (const option of [...options.map(([option]) => option), ...Object.keys(GLOBAL_OPTIONS)]) {
        const value: unknown = given[attributeOf(option)]
        if (typeof value === "string" || typeof value === "boolean") values[option] = value
      }
      onCommand({ _tag: "Command", name, values, positionals: self.args })
    })
  }
  return program
}

/**
 * Parses a command line. Help and version are printed here and answered; every parse error is a
 * `UsageError` with the CLI's own one-line message (an unknown option names the nearest valid
 * one).
 *
 * @category options
 * @since 0.1.0
 */
export const parseCommandLine = (argv: ReadonlyArray<string>, io: Io, version: string): Parsed => {
  let parsed: Parsed = { _tag: "Answered" }
  const program = buildProgram(io, version, (selected) => {
    parsed = selected
  })
  if (argv.length === 0) {
    program.outputHelp()
    return parsed
  }
  try {
    program.parse([...argv], { from: "user" })
  } catch (error) {
    if (error instanceof Answered) return { _tag: "Answered" }
    throw error
  }
  return parsed
}
