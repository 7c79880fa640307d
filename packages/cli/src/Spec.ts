/**
 * What every command accepts, said once: the parser, the help and the shell completion scripts
 * are all built from these specifications. Nothing here loads the core or a store, so `--help`,
 * `--version` and `completion` start without them.
 */

/**
 * One option: a string that takes a value (shown as `value` in help) or a boolean flag.
 *
 * @category options
 * @since 0.1.0
 */
export interface OptionSpec {
  readonly type: "string" | "boolean"
  readonly value?: string
  readonly description: string
}

/**
 * One positional argument, with the values completion offers for it.
 *
 * @category options
 * @since 0.1.0
 */
export interface ArgumentSpec {
  readonly name: string
  readonly description: string
  readonly choices?: ReadonlyArray<string>
}

/**
 * One command: its summary in the command list, its usage line, what it does, its own options and
 * at least one example.
 *
 * @category options
 * @since 0.1.0
 */
export interface CommandSpec {
  readonly summary: string
  readonly usage: string
  readonly arguments: ReadonlyArray<ArgumentSpec>
  readonly description: string
  readonly options: Readonly<Record<string, OptionSpec>>
  readonly examples: ReadonlyArray<string>
}

/**
 * The options every command accepts, before or after the command's name.
 *
 * @category options
 * @since 0.1.0
 */
export const GLOBAL_OPTIONS = {
  store: {
    type: "string",
    value: "<url>",
    description: "memory:, sqlite:<path>, jsonl:<path> or postgres://… (env PLAN_LEDGER_STORE; default sqlite:.plan-ledger/ledger.db)"
  },
  actor: { type: "string", value: "<name>", description: "who is recording (default: your user name)" },
  reason: { type: "string", value: "<text>", description: "why (recorded on every event written; required with --authority)" },
  authority: {
    type: "string",
    value: "<text>",
    description: "on whose decision (needed to change an approved plan, together with --reason)"
  },
  effective: { type: "string", value: "<date>", description: "the business date the change takes effect, YYYY-MM-DD (default: today)" },
  debug: { type: "boolean", description: "print the stack of an error as well as its message (or set PLAN_LEDGER_DEBUG=1)" }
} as const satisfies Readonly<Record<string, OptionSpec>>

/**
 * The tables `import` reads.
 *
 * @category options
 * @since 0.1.0
 */
export const TABLES = [
  "budget",
  "variations",
  "staffing",
  "indicators",
  "themes",
  "priorities",
  "actions",
  "voice",
  "lead-roles",
  "risks",
  "consultations",
  "progress",
  "line-mappings"
] as const

/**
 * The views `show` prints.
 *
 * @category options
 * @since 0.1.0
 */
export const VIEWS = ["plans", "plan", "actions", "budget", "variations", "staffing", "scorecard", "history"] as const

/**
 * The shells `completion` writes a script for.
 *
 * @category options
 * @since 0.1.0
 */
export const SHELLS = ["bash", "zsh", "fish"] as const

const OUTPUT_OPTIONS = {
  format: { type: "string", value: "md|json|csv", description: "output format (default md)" },
  out: { type: "string", value: "<file>", description: "write to a file instead of standard output" }
} as const satisfies Readonly<Record<string, OptionSpec>>

const VIEW_POINT_OPTIONS = {
  "as-of": {
    type: "string",
    value: "<instant|approval|revision:n>",
    description:
      "read only what the ledger had recorded at an ISO-8601 instant, when the plan was approved, or when revision n of its history (from 0) was recorded"
  },
  "effective-on": {
    type: "string",
    value: "<date>",
    description:
      "read only what is in force on this business date, YYYY-MM-DD: changes effective on or before it, backdated ones included (not --effective, which dates a change being written)"
  }
} as const satisfies Readonly<Record<string, OptionSpec>>

/**
 * Every command, in the order help lists them.
 *
 * @category options
 * @since 0.1.0
 */
export const COMMANDS = {
  demo: {
    summary: "load the bundled examples into a fresh ledger and print their statements",
    usage: "[--keep]",
    arguments: [],
    description: `Loads the bundled examples — Kent County Council's LCSP service level business plan 2009/10 and
two local children and young people's plans — into a fresh SQLite ledger in a temporary directory,
and prints the business plan's budget statement, variation statement, staffing totals, indicator
scorecard and reconciliation findings, and one local plan, as Markdown. The temporary ledger is
removed afterwards unless --keep is given (a ledger named with --store is always kept).`,
    options: {
      keep: { type: "boolean", description: "keep the temporary ledger and say where it is" }
    },
    examples: ["plan-ledger demo > demo.md", "plan-ledger demo --keep"]
  },
  draft: {
    summary: "draft a plan (id, title, period)",
    usage: "--plan <id> --title <title> --period <period> [--kind <kind>] [--owner <id>] [--prior-plan <id>]",
    arguments: [],
    description: `Drafts a plan. --period is a financial year (2009/10), an academic year ("2008/09 academic") or a
range of dates (2008-09-01..2011-08-31, as a local children and young people's plan runs).
--kind is annual-operating-plan, service-business-plan (default), directorate-business-plan or
local-children-and-young-peoples-plan. --prior-plan names last year's plan, whose budget then
opens this plan's variation statement.`,
    options: {
      plan: { type: "string", value: "<id>", description: "the plan's id (required)" },
      title: { type: "string", value: "<title>", description: "the plan's title (required)" },
      period: { type: "string", value: "<period>", description: "the plan's period (required)" },
      kind: { type: "string", value: "<kind>", description: "the kind of plan (default service-business-plan)" },
      owner: { type: "string", value: "<id>", description: "the body that owns the plan (default unassigned)" },
      "prior-plan": { type: "string", value: "<id>", description: "last year's plan, which opens the variation statement" }
    },
    examples: ['plan-ledger draft --plan lcsp-2009-10 --title "LCSP business plan 2009/10" --period 2009/10 --owner kcc-cfe']
  },
  approve: {
    summary: "record that a named body approved a plan",
    usage: "--plan <id> --by <body> --on <YYYY-MM-DD>",
    arguments: [],
    description: `Records the approval. Afterwards the plan's figures change only as restatements, which need
--authority and --reason.`,
    options: {
      plan: { type: "string", value: "<id>", description: "the plan (required)" },
      by: { type: "string", value: "<body>", description: "the body that approved it (required)" },
      on: { type: "string", value: "<date>", description: "the date of the approval, YYYY-MM-DD (required)" }
    },
    examples: ['plan-ledger approve --plan lcsp-2009-10 --by "Cabinet" --on 2009-03-16']
  },
  import: {
    summary:
      "import a table into a plan: budget, variations, staffing, indicators, themes, priorities, actions, voice, lead-roles, risks, consultations, progress, line-mappings",
    usage: "<table> <file.csv|file.xlsx> --plan <id> [options]",
    arguments: [
      { name: "table", description: "the table the file holds", choices: TABLES },
      { name: "file.csv|file.xlsx", description: "the CSV file, or the Excel workbook whose sheet holds the table" }
    ],
    description: `Tables: budget, variations, staffing, indicators (the figures); themes, priorities, actions, voice,
lead-roles, risks, consultations, progress (what the plan says and how its actions are going);
line-mappings (how last year's budget lines map onto this plan's, for check's prior-year comparison).

Imports one table into a plan as one atomic append: a file with any problem is rejected whole,
every problem listed as file:line:column, and nothing is written. Importing the same file again
records nothing. Amounts are in £000 unless --units pounds. Column formats: docs/cli.md.

An Excel workbook (.xlsx) is read from its only sheet, or the one --sheet names; its problems are
listed as file [sheet]:row:column letter. Formulas are read as the results Excel saved.`,
    options: {
      plan: { type: "string", value: "<id>", description: "the plan (required)" },
      period: {
        type: "string",
        value: "<period>",
        description: "draft the plan for this period if it does not exist yet; must match the period of a plan that does"
      },
      title: { type: "string", value: "<title>", description: "the title of a plan drafted by --period" },
      kind: { type: "string", value: "<kind>", description: "the kind of a plan drafted by --period" },
      owner: { type: "string", value: "<id>", description: "the owner of a plan drafted by --period" },
      units: { type: "string", value: "thousands|pounds", description: "the unit of budget amounts (default thousands)" },
      area: { type: "string", value: "<id>", description: "the area indicator values are for (default: the plan id)" },
      encoding: { type: "string", value: "<encoding>", description: "the character encoding of the file" },
      delimiter: { type: "string", value: "<character>", description: "the character that separates the file's columns" },
      sheet: {
        type: "string",
        value: "<name>",
        description: "the sheet of an .xlsx workbook that holds the table (default: its only sheet)"
      }
    },
    examples: [
      "plan-ledger import budget budget.csv --plan lcsp-2009-10 --period 2009/10",
      'plan-ledger import budget budget.xlsx --sheet "Budget" --plan lcsp-2009-10 --period 2009/10'
    ]
  },
  show: {
    summary: "print the plans, or a plan, its actions, budget, variations, staffing, scorecard or history",
    usage: "<plans|plan|actions|budget|variations|staffing|scorecard|history> --plan <id> [options]",
    arguments: [{ name: "view", description: "what to print", choices: VIEWS }],
    description: `"plans" lists every plan in the ledger (no --plan). "plan" prints the whole plan: themes,
priorities, key actions with leads, resources, dates and links, lead roles, risks, consultations
and what people said. "actions" lists key actions with their latest progress.

Every view can be read as it stood: --as-of keeps what the ledger had recorded at an instant, at
the plan's approval or at revision n of its history; --effective-on keeps what is in force on a
business date. Both together read, say, the approved plan as in force on 30 June.`,
    options: {
      plan: { type: "string", value: "<id>", description: "the plan (required except for plans)" },
      ...OUTPUT_OPTIONS,
      tolerance: { type: "string", value: "<percent>", description: "scorecard: how close to the target counts as near (default 5)" },
      ...VIEW_POINT_OPTIONS,
      status: { type: "string", value: "<status>", description: "actions: only not-started, on-track, completed, slipped or withdrawn" },
      lead: { type: "string", value: "<text>", description: "actions: only those whose lead contains this text" },
      "due-before": { type: "string", value: "<date>", description: "actions: only those due on or before this date (YYYY-MM-DD)" },
      "overdue-on": {
        type: "string",
        value: "<date>",
        description: "actions: only those due before this date and neither completed nor withdrawn"
      }
    },
    examples: [
      "plan-ledger show budget --plan lcsp-2009-10 --format json",
      "plan-ledger show actions --plan ashford-1-lcypp --overdue-on 2009-09-01",
      "plan-ledger show budget --plan lcsp-2009-10 --as-of approval --effective-on 2009-06-30"
    ]
  },
  check: {
    summary: "print where a plan's tables do not add up and the gaps in its content (exit 1 on an error)",
    usage:
      "--plan <id> [--on <date>] [--as-of <instant|approval|revision:n>] [--effective-on <date>] [--format md|json|csv] [--out <file>]",
    arguments: [],
    description: `Prints where the published tables do not add up: printed totals against the lines, line
arithmetic, the variation statement against the budget, staffing movement against the change,
restated prior-year figures. Exits 1 when any finding is an error (more than rounding explains).
Then the gaps in the plan's content, as warnings: codes no theme or priority defines, actions
without a lead or target date, amounts without a funding source, priorities without actions, and
actions overdue on --on (default today) with no progress update since they fell due.

--as-of and --effective-on check the plan as it stood: as recorded at a point (an instant, its
approval, a revision of its history) and as in force on a business date.`,
    options: {
      plan: { type: "string", value: "<id>", description: "the plan (required)" },
      on: { type: "string", value: "<date>", description: "the date overdue actions are judged on, YYYY-MM-DD (default today)" },
      ...VIEW_POINT_OPTIONS,
      ...OUTPUT_OPTIONS
    },
    examples: ["plan-ledger check --plan lcsp-2009-10", "plan-ledger check --plan lcsp-2009-10 --as-of approval"]
  },
  verify: {
    summary: "re-walk the store's hash chain, and check an anchor (exit 1 on damage or a missing anchor)",
    usage: "[--expect <anchor|hash|file>]",
    arguments: [],
    description: `Re-walks the store's hash chain and decodes every event. Exits 1 and names the first damaged event
if anything was changed, removed or reordered.

A chain that is intact can still have lost its last events, or be a ledger rebuilt from scratch.
--expect checks the anchor published when the ledger was anchored: the store must still hold
that event at that position. Give the anchor line, <position>:<hash>, the hash alone, or a file
whose last anchor line is checked. A missing anchor exits 1 and says what was lost.`,
    options: {
      expect: {
        type: "string",
        value: "<anchor|hash|file>",
        description: "an anchor line, <position>:<hash>, a hash, or a file whose last anchor line the store must still hold"
      }
    },
    examples: ["plan-ledger verify --store sqlite:ledger.db", "plan-ledger verify --store sqlite:copy.db --expect anchors.txt"]
  },
  anchor: {
    summary: "print the anchor of the ledger's head: its position, hash and the time (publish it)",
    usage: "[--append <file>]",
    arguments: [],
    description: `Prints one line, "plan-ledger anchor <position> <hash> <instant>": the position and hash of the
ledger's last event, and now. Publish it outside the ledger — with the approved plan, in the
committee papers — and anyone holding a copy of the ledger can check later, with
"verify --expect", that no event up to it was removed or rewritten. An empty ledger anchors as
position 0 with no hash. --append also adds the line to a file (created if need be).`,
    options: {
      append: { type: "string", value: "<file>", description: "also append the anchor line to this file (created if need be)" }
    },
    examples: ["plan-ledger anchor --append anchors.txt"]
  },
  copy: {
    summary: "copy every event into another, empty store (hashes unchanged)",
    usage: "--from <url> --to <url>",
    arguments: [],
    description: `Copies every event, in order, into an empty store — ids, positions and hashes unchanged, each
event checked against the chain as it is written — then verifies the copy. Use it to move a
ledger from a JSONL file into SQLite or PostgreSQL, or to take a backup.`,
    options: {
      from: { type: "string", value: "<url>", description: "the store to copy (required)" },
      to: { type: "string", value: "<url>", description: "the empty store to copy into (required)" }
    },
    examples: ["plan-ledger copy --from jsonl:ledger.jsonl --to sqlite:.plan-ledger/ledger.db"]
  },
  completion: {
    summary: "print a shell completion script for bash, zsh or fish",
    usage: "<bash|zsh|fish>",
    arguments: [{ name: "shell", description: "the shell", choices: SHELLS }],
    description: `Prints a script that completes plan-ledger's commands, options, tables and views. Load it from
your shell's start-up file.`,
    options: {},
    examples: [
      "echo 'eval \"$(plan-ledger completion bash)\"' >> ~/.bashrc",
      "echo 'eval \"$(plan-ledger completion zsh)\"' >> ~/.zshrc",
      "plan-ledger completion fish > ~/.config/fish/completions/plan-ledger.fish"
    ]
  }
} as const satisfies Readonly<Record<string, CommandSpec>>

/**
 * A command's name.
 *
 * @category options
 * @since 0.1.0
 */
export type CommandName = keyof typeof COMMANDS

/**
 * The command names, in help order.
 *
 * @category options
 * @since 0.1.0
 */
export const COMMAND_NAMES = Object.keys(COMMANDS) as ReadonlyArray<CommandName>

type ValuesOf<Options extends Readonly<Record<string, OptionSpec>>> = {
  readonly [Name in keyof Options]?: Options[Name]["type"] extends "boolean" ? boolean : string
}

/**
 * The parsed values of the global options.
 *
 * @category options
 * @since 0.1.0
 */
export type GlobalValues = ValuesOf<typeof GLOBAL_OPTIONS>

/**
 * What a command receives: its options' values (its own and the global ones, under their option
 * names) and its positional arguments.
 *
 * @category options
 * @since 0.1.0
 */
export interface CommandInput<Name extends CommandName> {
  readonly values: ValuesOf<(typeof COMMANDS)[Name]["options"]> & GlobalValues
  readonly positionals: ReadonlyArray<string>
}
