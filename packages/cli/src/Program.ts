import { Argument, Command, type CommanderError, Option } from "commander"
import type { Io } from "./Io.js"
import { type ArgumentSpec, COMMAND_NAMES, COMMANDS, type CommandName, GLOBAL_OPTIONS, type OptionSpec } from "./Spec.js"
import { UsageError } from "./UsageError.js"
import { nonBlank } from "./ValueParsers.js"
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
      readonly values: Readonly<Record<string, string | boolean | ReadonlyArray<string> | undefined>>
      readonly positionals: ReadonlyArray<string>
    }
  | { readonly _tag: "Answered" }

const ROOT_DESCRIPTION = "plan-ledger — an event-sourced ledger of council and partnership plans"

const ROOT_AFTER = `
Exit codes: 0 success, 1 check/verify found a problem (repair --dry-run: a torn tail to move;
prove: a checkpoint not of this ledger; verify-proof: a proof that does not hold; witness: a
checkpoint refused), 2 usage or input error (nothing written), 3 a concurrent writer conflict that retries did not
resolve, 4 repair found damage it does not touch (nothing moved).

Example:
  plan-ledger demo`

const flagsOf = (name: string, spec: OptionSpec): string => {
  if (spec.type === "boolean") return `--${name}`
  const value = spec.value ?? "<value>"
  return `--${name} ${value.startsWith("<") ? value : `<${value}>`}`
}

const attributeOf = (name: string): string => name.replace(/-([a-z])/gu, (_, letter: string) => letter.toUpperCase())

// The options a command takes, its own and the global ones, by name.
const optionsOf = (command: CommandName | ""): Readonly<Record<string, OptionSpec>> => ({
  ...(command === "" ? {} : COMMANDS[command].options),
  ...GLOBAL_OPTIONS
})

const quoted = (message: string): ReadonlyArray<string> => [...message.matchAll(/'([^']*)'/gu)].map((match) => match[1] ?? "")

// Commander's own suggestion after an unknown command or option: "(Did you mean --format?)".
const suggestionIn = (message: string): string => {
  const suggested = /\(Did you mean (?:one of )?(.+)\?\)/u.exec(message)?.[1]
  return suggested === undefined ? "" : `; did you mean ${suggested.includes(",") ? `one of ${suggested}` : suggested}?`
}

// A value outside an option's or argument's choices: the nearest choice, or every choice.
const notAChoice = (flag: string, value: string, noun: string, choices: ReadonlyArray<string>): string => {
  const suggestion = nearest(value, choices)
  return `${flag}"${value}" is not a ${noun}${suggestion === undefined ? `: use ${choices.join(", ")}` : `; did you mean ${suggestion}?`}`
}

const invalidChoice = (message: string, command: CommandName | ""): string | undefined => {
  const option = /^error: option '--([a-z-]+)[^']*' argument '(.*)' is invalid\. Allowed choices/su.exec(message)
  if (option !== null) {
    const [, name = "", value = ""] = option
    const spec = optionsOf(command)[name]
    return notAChoice(`--${name} `, value, spec?.noun ?? "value", spec?.choices ?? [])
  }
  const argument = /^error: command-argument value '(.*)' is invalid for argument '([^']+)'\. Allowed choices/su.exec(message)
  if (argument === null || command === "") return undefined
  const [, value = "", name = ""] = argument
  const spec = (COMMANDS[command].arguments as ReadonlyArray<ArgumentSpec>).find((candidate) => candidate.name === name)
  return notAChoice("", value, spec?.noun ?? "value", spec?.choices ?? [])
}

const usageErrorFrom = (error: CommanderError, command: CommandName | ""): UsageError => {
  const message = error.message.split("\n")[0] ?? error.message
  const detail = message.replace(/^error: /u, "")
  const [first = detail] = quoted(message)
  switch (error.code) {
    case "commander.unknownOption":
      return new UsageError({ command, detail: `unknown option ${first}${suggestionIn(error.message)}` })
    case "commander.unknownCommand": {
      const suggestion = suggestionIn(error.message)
      return new UsageError({
        command: "",
        detail: `unknown command "${first}"${suggestion === "" ? `; the commands are ${COMMAND_NAMES.join(", ")}` : suggestion}`
      })
    }
    case "commander.optionMissingArgument":
      return new UsageError({ command, detail: `${first.split(" ")[0] ?? first} needs a value: ${first}` })
    case "commander.missingMandatoryOptionValue": {
      const name = (first.split(" ")[0] ?? first).replace(/^--/u, "")
      return new UsageError({
        command,
        detail: `--${name} is required, for example --${name} ${optionsOf(command)[name]?.required ?? "…"}`
      })
    }
    case "commander.missingArgument": {
      const spec =
        command === ""
          ? undefined
          : (COMMANDS[command].arguments as ReadonlyArray<ArgumentSpec>).find((candidate) => candidate.name === first)
      return new UsageError({ command, detail: spec?.missing ?? detail })
    }
    case "commander.invalidArgument":
      return new UsageError({ command, detail: invalidChoice(message, command) ?? detail })
    case "commander.help":
      return new UsageError({ command: "", detail: `name a command: ${COMMAND_NAMES.join(", ")}` })
    case "commander.excessArguments":
      return new UsageError({
        command,
        detail: `too many arguments: ${command === "" ? "" : `plan-ledger ${command} ${COMMANDS[command].usage}`}`.trim()
      })
    default:
      return new UsageError({ command, detail })
  }
}

class Answered extends Error {}

const failWith =
  (command: CommandName | "") =>
  (error: CommanderError): never => {
    if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.exitCode === 0) throw new Answered()
    throw usageErrorFrom(error, command)
  }

const examplesText = (examples: ReadonlyArray<string>): string => `\nExample:\n${examples.map((example) => `  ${example}`).join("\n")}`

// One option as commander reads it: required, limited to its choices, its value parsed — each
// refused, in the CLI's words, before the command runs.
const optionFor = (command: CommandName | "", name: string, spec: OptionSpec): Option => {
  const option = new Option(flagsOf(name, spec), spec.description)
  if (spec.choices !== undefined) option.choices(spec.choices)
  const parsers = [
    ...(spec.required === undefined ? [] : [nonBlank(name, spec.required)]),
    ...(spec.parse === undefined ? [] : [spec.parse])
  ]
  const parsed = (given: string): string =>
    parsers.reduce((value, parse) => {
      const result = parse(value)
      if (!result.ok) throw new UsageError({ command, detail: result.problem })
      return result.value
    }, given)
  if (spec.repeatable === true)
    option.argParser((given: string, previous: ReadonlyArray<string> | undefined) => [...(previous ?? []), parsed(given)])
  else if (parsers.length > 0) option.argParser(parsed)
  return option.makeOptionMandatory(spec.required !== undefined)
}

const argumentFor = (spec: ArgumentSpec): Argument => {
  const argument = new Argument(`<${spec.name}>`, spec.description)
  return spec.choices === undefined ? argument : argument.choices(spec.choices)
}

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
  for (const [name, spec] of Object.entries(GLOBAL_OPTIONS)) program.addOption(optionFor("", name, spec))
  for (const name of COMMAND_NAMES) {
    const spec = COMMANDS[name]
    const command = program
      .command(name)
      .summary(spec.summary)
      .description(spec.description)
      .usage(spec.usage)
      .exitOverride(failWith(name))
      .addHelpText("after", examplesText(spec.examples))
    for (const argument of spec.arguments as ReadonlyArray<ArgumentSpec>) command.addArgument(argumentFor(argument))
    const options: ReadonlyArray<[string, OptionSpec]> = Object.entries(spec.options)
    for (const [option, optionSpec] of options) command.addOption(optionFor(name, option, optionSpec))
    command.action((...args: ReadonlyArray<unknown>) => {
      const self = args[args.length - 1] as Command
      const given = self.optsWithGlobals()
      const values: Record<string, string | boolean | ReadonlyArray<string> | undefined> = {}
      for (const option of [...options.map(([option]) => option), ...Object.keys(GLOBAL_OPTIONS)]) {
        const value: unknown = given[attributeOf(option)]
        if (typeof value === "string" || typeof value === "boolean") values[option] = value
        else if (Array.isArray(value)) values[option] = value.map(String)
      }
      onCommand({ _tag: "Command", name, values, positionals: self.processedArgs as ReadonlyArray<string> })
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
