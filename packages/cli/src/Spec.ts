/**
 * What every command accepts, said once: the parser, the help and the shell completion scripts
 * are all built from these specifications. Nothing here loads the core or a store, so `--help`,
 * `--version` and `completion` start without them.
 */

import { delimiterValue, percentValue, trimmedName, type ValueParser } from "./ValueParsers.js"

/**
 * One option: a string that takes a value (shown as `value` in help) or a boolean flag. A
 * `required` option must be given (its value is the example the error shows); `choices` are the
 * only values it takes (`noun` names one of them in errors); `parse` checks and normalises a value;
 * a `repeatable` one may be given more than once, and its values are kept in order.
 *
 * @category options
 * @since 0.1.0
 */
export interface OptionSpec {
  readonly type: "string" | "boolean"
  readonly value?: string
  readonly description: string
  readonly required?: string
  readonly choices?: ReadonlyArray<string>
  readonly noun?: string
  readonly parse?: ValueParser
  readonly repeatable?: boolean
}

/**
 * One positional argument — always required —, with the values it takes (`choices`, which
 * completion offers too), the noun that names one of them, and what to say when it is missing.
 *
 * @category options
 * @since 0.1.0
 */
export interface ArgumentSpec {
  readonly name: string
  readonly description: string
  readonly choices?: ReadonlyArray<string>
  readonly noun?: string
  readonly missing: string
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
  "line-mappings",
  "contributing-indicators"
] as const

/**
 * The views `show` prints.
 *
 * @category options
 * @since 0.1.0
 */
export const VIEWS = [
  "plans",
  "plan",
  "actions",
  "budget",
  "variations",
  "staffing",
  "scorecard",
  "history",
  "partnerships",
  "partnership",
  "rollup"
] as const

/**
 * The kinds of plan `draft --kind` and `import --kind` take.
 *
 * @category options
 * @since 0.5.0
 */
export const PLAN_KINDS = [
  "annual-operating-plan",
  "service-business-plan",
  "directorate-business-plan",
  "local-children-and-young-peoples-plan"
] as const

/**
 * The statuses `show actions --status` keeps.
 *
 * @category options
 * @since 0.5.0
 */
export const ACTION_STATUSES = ["not-started", "on-track", "completed", "slipped", "withdrawn"] as const

/**
 * The text formats of every view; `show` also writes `xlsx`.
 *
 * @category options
 * @since 0.5.0
 */
export const TEXT_FORMATS = ["md", "json", "csv", "html"] as const

/**
 * A text format.
 *
 * @category options
 * @since 0.5.0
 */
export type TextFormat = (typeof TEXT_FORMATS)[number]

/**
 * The formats a subject access request is written in.
 *
 * @category options
 * @since 0.6.0
 */
export const SUBJECT_ACCESS_FORMATS = ["md", "json", "csv"] as const

/**
 * The shells `completion` writes a script for.
 *
 * @category options
 * @since 0.1.0
 */
export const SHELLS = ["bash", "zsh", "fish"] as const

// Written files never replace one that exists unless asked to, and never a file of the ledger.
const FORCE_OPTION = {
  force: { type: "boolean", description: "replace the --out file if it exists (a file of the ledger is never written)" }
} as const satisfies Readonly<Record<string, OptionSpec>>

const OUTPUT_OPTIONS = {
  format: { type: "string", value: "<format>", description: "output format (default md)", choices: TEXT_FORMATS, noun: "format" },
  out: { type: "string", value: "<file>", description: "write to a file instead of standard output; an existing file needs --force" },
  ...FORCE_OPTION
} as const satisfies Readonly<Record<string, OptionSpec>>

// `--effective` is one option with one meaning on every command — a date on the effective axis —
// read as the date a change takes effect by the commands that write, and as the date a view is
// in force on by the commands that read.
const WRITE_OPTIONS = {
  effective: {
    type: "string",
    value: "<date>",
    description:
      "the business date the change takes effect, YYYY-MM-DD (default: the plan's own — its period's start, or the --on date of an approval)"
  }
} as const satisfies Readonly<Record<string, OptionSpec>>

// A write never makes a ledger where there is none unless asked: a mistyped --store path is an
// error, not a new, empty ledger.
const CREATE_OPTION = {
  create: { type: "boolean", description: "start a new ledger at --store if none is there (without it, a missing ledger is an error)" }
} as const satisfies Readonly<Record<string, OptionSpec>>

const VIEW_POINT_OPTIONS = {
  "as-of": {
    type: "string",
    value: "<instant|approval|revision:n>",
    description:
      "read only what the ledger had recorded at an ISO-8601 instant, when the plan was approved, or when revision n of its history (from 0) was recorded"
  },
  effective: {
    type: "string",
    value: "<date>",
    description: "read only what is in force on this business date, YYYY-MM-DD: changes effective on or before it, backdated ones included"
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
      plan: { type: "string", value: "<id>", description: "the plan's id (required)", required: "lcsp-2009-10" },
      title: { type: "string", value: "<title>", description: "the plan's title (required)", required: '"LCSP business plan 2009/10"' },
      period: { type: "string", value: "<period>", description: "the plan's period (required)", required: "2009/10" },
      kind: {
        type: "string",
        value: "<kind>",
        description: "the kind of plan (default service-business-plan)",
        choices: PLAN_KINDS,
        noun: "plan kind"
      },
      owner: { type: "string", value: "<id>", description: "the body that owns the plan (default unassigned)" },
      "prior-plan": { type: "string", value: "<id>", description: "last year's plan, which opens the variation statement" },
      ...WRITE_OPTIONS,
      ...CREATE_OPTION
    },
    examples: ['plan-ledger draft --plan lcsp-2009-10 --title "LCSP business plan 2009/10" --period 2009/10 --owner kcc-cfe --create']
  },
  approve: {
    summary: "record that a named body approved a plan",
    usage: "--plan <id> --by <body> --on <YYYY-MM-DD>",
    arguments: [],
    description: `Records the approval. Afterwards the plan's figures change only as restatements, which need
--authority and --reason.`,
    options: {
      plan: { type: "string", value: "<id>", description: "the plan (required)", required: "lcsp-2009-10" },
      by: { type: "string", value: "<body>", description: "the body that approved it (required)", required: "Cabinet" },
      on: { type: "string", value: "<date>", description: "the date of the approval, YYYY-MM-DD (required)", required: "2009-03-16" },
      ...WRITE_OPTIONS
    },
    examples: ['plan-ledger approve --plan lcsp-2009-10 --by "Cabinet" --on 2009-03-16']
  },
  supersede: {
    summary: "record that one or more later plans replaced a plan on a date",
    usage: "--plan <id> --by <plan[,plan…]> --on <YYYY-MM-DD> [--effective <date>]",
    arguments: [],
    description: `Records that the plan was replaced on a date: by one plan, or by several (a county-wide plan
replaced by the local plans of the partnerships, each named). Afterwards the plan takes no more
changes; naming a successor again on the same date records nothing.`,
    options: {
      plan: {
        type: "string",
        value: "<id>",
        description: "the plan that was replaced (required)",
        required: "county-operating-plan-2008-09"
      },
      by: {
        type: "string",
        value: "<plan[,plan…]>",
        description: "the plan or plans that replaced it, separated by commas (required)",
        required: "ashford-1-lcypp,cranbrook-paddock-wood-lcypp"
      },
      on: { type: "string", value: "<date>", description: "the date they replaced it, YYYY-MM-DD (required)", required: "2008-09-01" },
      ...WRITE_OPTIONS
    },
    examples: [
      "plan-ledger supersede --plan county-operating-plan-2008-09 --by ashford-1-lcypp,cranbrook-paddock-wood-lcypp --on 2008-09-01"
    ]
  },
  import: {
    summary:
      "import a table into a plan: budget, variations, staffing, indicators, themes, priorities, actions, voice, lead-roles, risks, consultations, progress, line-mappings",
    usage: "<table> <file.csv|file.xlsx> --plan <id> [options]",
    arguments: [
      {
        name: "table",
        description: "the table the file holds",
        choices: TABLES,
        noun: "table",
        missing: `say which table to import: ${TABLES.join(", ")}`
      },
      {
        name: "file.csv|file.xlsx",
        description: "the CSV file, or the Excel workbook whose sheet holds the table",
        missing: "name the CSV file or .xlsx workbook to import, for example: plan-ledger import budget budget.csv --plan lcsp-2009-10"
      }
    ],
    description: `Tables: budget, variations, staffing, indicators (the figures); themes, priorities, actions, voice,
lead-roles, risks, consultations, progress (what the plan says and how its actions are going);
line-mappings (how last year's budget lines map onto this plan's, for check's prior-year comparison).

Imports one table into a plan as one atomic append: a file with any problem is rejected whole,
every problem listed as file:line:column, and nothing is written. Importing the same file again
records nothing. Amounts are in £000 unless --units pounds. Column formats: docs/cli.md.

A directorate plan holds one budget table per unit (portfolio or division) and an establishment
by division with a subtotal per portfolio: --unit puts every row of a budget or staffing file in
that unit (a unit column naming another is a problem). Importing a unit again changes only that
unit; a file without --unit takes each row's unit from its unit column, and rows without one
(the totals and memorandum items printed for the whole plan) belong to the plan.

An Excel workbook (.xlsx) is read from its only sheet, or the one --sheet names; its problems are
listed as file [sheet]:row:column letter. Formulas are read as the results Excel saved.`,
    options: {
      plan: { type: "string", value: "<id>", description: "the plan (required)", required: "lcsp-2009-10" },
      period: {
        type: "string",
        value: "<period>",
        description: "draft the plan for this period if it does not exist yet; must match the period of a plan that does"
      },
      title: { type: "string", value: "<title>", description: "the title of a plan drafted by --period" },
      kind: {
        type: "string",
        value: "<kind>",
        description: "the kind of a plan drafted by --period",
        choices: PLAN_KINDS,
        noun: "plan kind"
      },
      owner: { type: "string", value: "<id>", description: "the owner of a plan drafted by --period" },
      units: {
        type: "string",
        value: "<units>",
        description: "the unit of budget amounts (default thousands)",
        choices: ["thousands", "pounds"],
        noun: "unit of amounts"
      },
      unit: {
        type: "string",
        value: "<name>",
        description: "budget and staffing: the unit (portfolio or division) every row of the file belongs to",
        parse: trimmedName("unit", "Resources")
      },
      area: { type: "string", value: "<id>", description: "the area indicator values are for (default: the plan id)" },
      encoding: { type: "string", value: "<encoding>", description: "the character encoding of the file" },
      delimiter: {
        type: "string",
        value: "<character>",
        description: "the character that separates the file's columns: , ; | or tab",
        parse: delimiterValue
      },
      sheet: {
        type: "string",
        value: "<name>",
        description: "the sheet of an .xlsx workbook that holds the table (default: its only sheet)"
      },
      ...WRITE_OPTIONS,
      ...CREATE_OPTION
    },
    examples: [
      "plan-ledger import budget budget.csv --plan lcsp-2009-10 --period 2009/10 --create",
      'plan-ledger import budget budget.xlsx --sheet "Budget" --plan lcsp-2009-10 --period 2009/10',
      'plan-ledger import budget resources.csv --unit "Resources" --plan directorate-2009-10 --period 2009/10'
    ]
  },
  show: {
    summary: "print the plans, or a plan, its actions, budget, variations, staffing, scorecard or history; or the partnerships",
    usage:
      "<plans|plan|actions|budget|variations|staffing|scorecard|history|partnerships|partnership> [--plan <id>|--id <partnership>] [options]",
    arguments: [
      { name: "view", description: "what to print", choices: VIEWS, noun: "view", missing: `say which view to show: ${VIEWS.join(", ")}` }
    ],
    description: `"plans" lists every plan in the ledger (no --plan). "plan" prints the whole plan: themes,
priorities, key actions with leads, resources, dates and links, lead roles, risks, consultations
and what people said. "actions" lists key actions with their latest progress.
"partnerships" lists the local partnerships with their kind, manager, board and population, and
the county total built up from them (no --plan); "partnership --id <id>" tells one partnership's
story: its transformation, managers, board, counts and the plans it owns. "rollup --indicator
<code>" rolls an indicator up from the partnerships' values to the county: counts summed, shares
and rates recomputed from the counts behind them, refused with the reason where those are missing.

Every view can be read as it stood: --as-of keeps what the ledger had recorded at an instant, at
the plan's approval or at revision n of its history; --effective keeps what is in force on a
business date. Both together read, say, the approved plan as in force on 30 June. "history"
prints the same as the history command. For the partnerships and roll-ups, --effective reads
their dated facts as they stood on that date: a school cluster before its transformation, an
LCSP from that day, the manager then in post.`,
    options: {
      plan: { type: "string", value: "<id>", description: "the plan (required except for plans and partnerships)" },
      id: { type: "string", value: "<partnership>", description: "partnership: the partnership (required)" },
      indicator: { type: "string", value: "<code>", description: "rollup: the indicator (required)" },
      ...OUTPUT_OPTIONS,
      format: {
        type: "string",
        value: "<format>",
        description: "output format (default md; html, one self-contained page; xlsx, a workbook with live formulas, needs --out)",
        choices: [...TEXT_FORMATS, "xlsx"],
        noun: "format"
      },
      tolerance: {
        type: "string",
        value: "<percent>",
        description: "scorecard: how close to the target counts as near (default 5)",
        parse: percentValue("tolerance")
      },
      ...VIEW_POINT_OPTIONS,
      status: {
        type: "string",
        value: "<status>",
        description: "actions: only those of this status",
        choices: ACTION_STATUSES,
        noun: "status"
      },
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
      "plan-ledger show budget --plan lcsp-2009-10 --format xlsx --out budget.xlsx",
      "plan-ledger show variations --plan lcsp-2009-10 --format html --out variations.html",
      "plan-ledger show actions --plan ashford-1-lcypp --overdue-on 2009-09-01",
      "plan-ledger show budget --plan lcsp-2009-10 --as-of approval --effective 2009-06-30",
      "plan-ledger show partnerships --effective 2008-08-31 --format json",
      "plan-ledger show partnership --id cranbrook-paddock-wood",
      'plan-ledger show rollup --indicator "NI 117"'
    ]
  },
  check: {
    summary: "print where a plan's tables do not add up, or where figures of two plans differ (exit 1 on an error)",
    usage:
      "--plan <id> [--with-related] | --all [--on <date>] [--as-of <instant|approval|revision:n>] [--effective <date>] [--format md|json|csv] [--out <file>]",
    arguments: [],
    description: `Prints where the published tables do not add up: printed totals against the lines, line
arithmetic, the variation statement against the budget, staffing movement against the change,
restated prior-year figures. Exits 1 when any finding is an error (more than rounding explains).
Then the gaps in the plan's content, as warnings: codes no theme or priority defines, actions
without a lead or target date, amounts without a funding source, priorities without actions, and
actions overdue on --on (default today) with no progress update since they fell due.

--all and --with-related compare figures that appear in two places instead: a budget line that
carries another plan (the budget table's carries_plan column) against that plan's budget, a
budget's FTE against its staffing total, a variation statement's opening against the prior plan's
budget, and a local plan's resources against its partnership's budget lines that name the same
funding source. --all reads every plan; --with-related reads the plan and its related plans only
(its prior plan, the plans its lines carry, the other plans of its owner). Each finding names both
plans, both figures and the difference; exit 1 when any is an error.

--as-of and --effective check the plan as it stood: as recorded at a point (an instant, its
approval, a revision of its history) and as in force on a business date.`,
    options: {
      plan: { type: "string", value: "<id>", description: "the plan (required unless --all)" },
      all: { type: "boolean", description: "compare the figures every plan shares with another (cross-plan findings of the whole ledger)" },
      "with-related": {
        type: "boolean",
        description: "compare the plan's figures with its related plans' (cross-plan findings of the plan)"
      },
      on: { type: "string", value: "<date>", description: "the date overdue actions are judged on, YYYY-MM-DD (default today)" },
      ...VIEW_POINT_OPTIONS,
      ...OUTPUT_OPTIONS
    },
    examples: [
      "plan-ledger check --plan lcsp-2009-10",
      "plan-ledger check --plan lcsp-2009-10 --as-of approval",
      "plan-ledger check --all --format json",
      "plan-ledger check --plan lcsp-2009-10 --with-related"
    ]
  },
  history: {
    summary: "print every change to a plan, in order, with who, why, on whose authority and what it changed",
    usage: "--plan <id> [--as-of <instant|approval|revision:n>] [--effective <date>] [--format md|json|csv] [--out <file>]",
    arguments: [],
    description: `Prints every event of a plan's history, oldest first: its revision, when it was recorded, the
date it takes effect, who recorded it, why, on whose authority, from which document and table, and
a one-line summary of what it changed in the table's own words ("Behaviour Service employee costs
£849.1k → £870.1k", "renamed Clusterboards → Partnership boards"). "show history" prints the same.

--as-of and --effective list only the events a point selects: recorded by then, in force on the date.`,
    options: {
      plan: { type: "string", value: "<id>", description: "the plan (required)", required: "lcsp-2009-10" },
      ...VIEW_POINT_OPTIONS,
      ...OUTPUT_OPTIONS
    },
    examples: ["plan-ledger history --plan lcsp-2009-10", "plan-ledger history --plan lcsp-2009-10 --format csv --out history.csv"]
  },
  diff: {
    summary: "print what differs in a plan between two points in time, field by field, and which changes caused it",
    usage: "--plan <id> --from <point> [--to <point>] [--effective <date>] [--format md|json|csv] [--out <file>]",
    arguments: [],
    description: `Prints every value of the plan that differs between two points — budget lines and printed totals,
memorandum and variation items, staffing, indicator values and targets, priorities, key actions and
their progress — added, removed, changed or renamed, with the value before and after and the
events that caused it: their revision, who recorded them, why and on whose authority.

A point is a point on the recorded axis — now, approval, revision:<n> or an ISO-8601 instant —,
a point on the effective axis — effective:<YYYY-MM-DD> —, or one of each separated by a comma:
--from approval --to now (what changed since approval), --from effective:2009-06-30
--to effective:2009-07-01 (what came into force on 1 July). --to defaults to now; --effective
gives both ends an effective date when they name none. A line renamed between the points is shown
as renamed, never as removed and added.`,
    options: {
      plan: { type: "string", value: "<id>", description: "the plan (required)", required: "lcsp-2009-10" },
      from: {
        type: "string",
        value: "<point>",
        description: "the earlier point (required): now, approval, revision:<n>, an instant, effective:<date>",
        required: "approval"
      },
      to: { type: "string", value: "<point>", description: "the later point (default now)" },
      effective: {
        type: "string",
        value: "<date>",
        description: "the business date, YYYY-MM-DD, both points are read in force on when they name no effective:<date> of their own"
      },
      ...OUTPUT_OPTIONS
    },
    examples: [
      "plan-ledger diff --plan lcsp-2009-10 --from approval --to now",
      "plan-ledger diff --plan lcsp-2009-10 --from approval,effective:2009-06-30 --to approval,effective:2009-07-01 --format json"
    ]
  },
  report: {
    summary: "put every view of a plan into one document (HTML or an Excel workbook; the format follows --out's extension)",
    usage:
      "--plan <id> --out <file.html|file.xlsx> [--on <date>] [--tolerance <percent>] [--as-of <instant|approval|revision:n>] [--effective <date>]",
    arguments: [],
    description: `Writes one document holding every view of a plan: the plan and its key actions, the budget
statement, the variation statement drawn as a waterfall, staffing, the indicator scorecard with a
trend chart per indicator, the reconciliation findings (each also shown next to the figures it
concerns), the gaps in the plan's content as of --on (default today) and the plan's history.

The format follows the extension of --out: .html (or .htm) writes one self-contained HTML file
that makes no request, opens from disk, and prints on A4 with each view on a new page; .xlsx
writes a workbook with a sheet per view whose totals are live formulas (the history and the
content gaps are in the HTML report only).

--as-of and --effective report on the plan as it stood, as for show.`,
    options: {
      plan: { type: "string", value: "<id>", description: "the plan (required)", required: "lcsp-2009-10" },
      out: {
        type: "string",
        value: "<file.html|file.xlsx>",
        description: "the file to write; its extension chooses the format (required); an existing file needs --force",
        required: "report.html"
      },
      ...FORCE_OPTION,
      on: { type: "string", value: "<date>", description: "the date overdue actions are judged on, YYYY-MM-DD (default today)" },
      tolerance: {
        type: "string",
        value: "<percent>",
        description: "scorecard: how close to the target counts as near (default 5)",
        parse: percentValue("tolerance")
      },
      ...VIEW_POINT_OPTIONS
    },
    examples: [
      "plan-ledger report --plan lcsp-2009-10 --out lcsp-2009-10.html",
      "plan-ledger report --plan lcsp-2009-10 --out lcsp-2009-10.xlsx"
    ]
  },
  verify: {
    summary: "re-walk the store's hash chain, and check an anchor (exit 1 on damage or a missing anchor)",
    usage: "[--expect <anchor|hash|file>]",
    arguments: [],
    description: `Re-walks the store's hash chain and decodes every event. Exits 1 and names the first damaged event
if anything was changed, removed or reordered. Then checks the store's snapshot, if it keeps one:
its seal, the event it claims at its position, its shape, and its state against the log folded
afresh; a bad snapshot exits 1 too (views fold the log instead of reading it; rebuild replaces it).

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
      append: {
        type: "string",
        value: "<file>",
        description: "also append the anchor line to this file (created if need be; never a file of the ledger)"
      }
    },
    examples: ["plan-ledger anchor --append anchors.txt"]
  },
  keygen: {
    summary: "make a signing key for the ledger's checkpoints (or a witness's cosignatures) and its verifier key",
    usage: "--origin <name> --out <dir> [--witness]",
    arguments: [],
    description: `Makes an Ed25519 signing key named --origin, such as ledger.example.org/council-plans, and writes
two files to --out (created if need be), named after the origin with every character other than a
letter, digit, ".", "_" or "-" written as "_":

  <name>.key   the private key, PRIVATE+KEY+<origin>+<key id>+<key>, readable by you alone (0600):
               keep it secret; checkpoint signs with it (witness cosigns with it)
  <name>.vkey  the verifier key line, <origin>+<key id>+<key>: publish it; verify-proof checks
               checkpoints with it

--witness makes a witness's key: its verifier key is the one cosignatures are checked with
(signature type 0x04). Neither file is ever replaced: name another directory.`,
    options: {
      origin: {
        type: "string",
        value: "<name>",
        description: "the key's name: the log's origin, or the witness's name (required)",
        required: "ledger.example.org/council-plans"
      },
      out: { type: "string", value: "<dir>", description: "the directory to write the two files to (required)", required: "keys" },
      witness: { type: "boolean", description: "a witness's key: write its cosignature verifier key" }
    },
    examples: [
      "plan-ledger keygen --origin ledger.example.org/council-plans --out keys",
      "plan-ledger keygen --origin witness.example.net --witness --out witness-keys"
    ]
  },
  checkpoint: {
    summary: "sign a checkpoint of the ledger's log: its origin, tree size and Merkle root (publish it)",
    usage: "--key <file> [--out <file>]",
    arguments: [],
    description: `Prints a signed checkpoint (c2sp.org/tlog-checkpoint) of the store's whole log: the origin (the
key's name), the number of events and the root of the Merkle tree over their chain hashes, signed
with the private key keygen wrote. Publish it, with the verifier key: prove makes proofs against
it, verify-proof checks them, witnesses cosign it. One checkpoint is one file: --out writes it (an
existing file needs --force), keeping each published checkpoint in a file of its own.`,
    options: {
      key: { type: "string", value: "<file>", description: "the private key file keygen wrote (required)", required: "keys/ledger.key" },
      out: { type: "string", value: "<file>", description: "write the checkpoint to this file; an existing file needs --force" },
      ...FORCE_OPTION
    },
    examples: ["plan-ledger checkpoint --key keys/ledger.example.org_council-plans.key --out checkpoint-2026-11-24.txt"]
  },
  prove: {
    summary: "write the proof that an event, or every event of a plan, is in the log a checkpoint signed",
    usage: "--event <id> | --plan <id> [--as-of <instant|approval|revision:n>] --checkpoint <file> --out <proof>",
    arguments: [],
    description: `Writes a proof file (format plan-ledger-proof, version 1; see the verifier's README): the
checkpoint and, for each event proven, its index in the log, its chain hash and its inclusion
proof in the tree of the checkpoint's size. --event proves one event (its id, as history --format
json prints it); --plan proves every event of the plan's history, or, with --as-of, every event it
had recorded at that point. Anyone holding the proof, the checkpoint and the log's verifier key
checks it with verify-proof, without the ledger.

The checkpoint must be of this ledger: its root must be the root of the store's log at its size.
A checkpoint of another ledger, or of a history since rewritten, is refused (exit 1), as is an
event recorded after the checkpoint (make a newer checkpoint).`,
    options: {
      event: { type: "string", value: "<id>", description: "the event to prove (this or --plan)" },
      plan: { type: "string", value: "<id>", description: "prove every event of the plan's history (this or --event)" },
      "as-of": VIEW_POINT_OPTIONS["as-of"],
      checkpoint: {
        type: "string",
        value: "<file>",
        description: "the checkpoint to prove against (required)",
        required: "checkpoint.txt"
      },
      out: {
        type: "string",
        value: "<proof>",
        description: "the proof file to write (required); an existing file needs --force",
        required: "lcsp-2009-10.proof.json"
      },
      ...FORCE_OPTION
    },
    examples: [
      "plan-ledger prove --plan lcsp-2009-10 --checkpoint checkpoint.txt --out lcsp-2009-10.proof.json",
      "plan-ledger prove --plan lcsp-2009-10 --as-of approval --checkpoint checkpoint.txt --out approved.proof.json",
      "plan-ledger prove --event 0193b1c2-6a54-7d2e-9f10-2b3c4d5e6f70 --checkpoint checkpoint.txt --out event.proof.json"
    ]
  },
  "prove-consistency": {
    summary: "write the proof that a later checkpoint of the ledger extends an earlier one, unchanged",
    usage: "--from <checkpoint> --to <checkpoint> --out <proof>",
    arguments: [],
    description: `Writes a consistency proof (RFC 9162 §2.1.4) from the tree of the --from checkpoint to the larger
tree of the --to checkpoint, as JSON: {"format": "plan-ledger-consistency", "version": 1,
"origin", "fromSize", "toSize", "proof": [base64 hashes]}. A witness asks for it before it
cosigns the newer checkpoint. Both checkpoints must be of this ledger, for one origin, with --from
no larger than --to; one whose root is not the store's at its size is refused (exit 1).`,
    options: {
      from: { type: "string", value: "<checkpoint>", description: "the earlier checkpoint (required)", required: "checkpoint-1.txt" },
      to: { type: "string", value: "<checkpoint>", description: "the later checkpoint (required)", required: "checkpoint-2.txt" },
      out: {
        type: "string",
        value: "<proof>",
        description: "the proof file to write (required); an existing file needs --force",
        required: "consistency.json"
      },
      ...FORCE_OPTION
    },
    examples: ["plan-ledger prove-consistency --from checkpoint-1.txt --to checkpoint-2.txt --out consistency.json"]
  },
  "verify-proof": {
    summary: "check a proof file against a checkpoint and the log's verifier key, offline (exit 1 if it does not hold)",
    usage: "<proof> --checkpoint <file> --key <verifier key> [--witness <verifier key>]…",
    arguments: [
      {
        name: "proof",
        description: "the proof file prove wrote",
        missing:
          "name the proof file to check, for example: plan-ledger verify-proof lcsp-2009-10.proof.json --checkpoint checkpoint.txt --key ledger.vkey"
      }
    ],
    description: `Checks a proof file with @plan-ledger/verifier alone, reading no store: the checkpoint given is
signed by one of the log's --key and cosigned by every --witness; the proof file's own checkpoint is
signed by the same log and agrees with it (the same root, or the file's consistency proof leads to
it); and each event's inclusion proof leads to that root. Keys are verifier key lines
(<name>+<key id>+<key>) or files holding one, as keygen writes them.

Exit 0 when the proof holds, saying how many events it proves; 1 when it does not, printing why (a
forged or altered proof, another log's key or checkpoint, a missing cosignature, two checkpoints
that cannot both be true); 2 when a file cannot be read or a key is not a verifier key of its
role (a log's for --key, a witness's for --witness).`,
    options: {
      checkpoint: {
        type: "string",
        value: "<file>",
        description: "the checkpoint you trust, as the log published it (required)",
        required: "checkpoint.txt"
      },
      key: {
        type: "string",
        value: "<verifier key>",
        description: "the log's verifier key, or a file holding it (required); repeat for each key the log may have signed with",
        required: "keys/ledger.vkey",
        repeatable: true
      },
      witness: {
        type: "string",
        value: "<verifier key>",
        description: "a witness that must have cosigned the checkpoint (its verifier key, or a file); repeat for each",
        repeatable: true
      }
    },
    examples: [
      "plan-ledger verify-proof lcsp-2009-10.proof.json --checkpoint checkpoint.txt --key keys/ledger.example.org_council-plans.vkey",
      "plan-ledger verify-proof lcsp-2009-10.proof.json --checkpoint checkpoint.txt --key ledger.vkey --witness witness.vkey"
    ]
  },
  witness: {
    summary: "cosign a checkpoint consistent with the last one this witness cosigned (exit 1, never cosigning, if not)",
    usage: "--key <file> --state <dir> --checkpoint <file> [--proof <consistency proof>] [--log-key <verifier key>]",
    arguments: [],
    description: `Acts as a witness (c2sp.org/tlog-cosignature) of one log. The --state directory keeps what it
has seen: log.vkey, the log's verifier key, and checkpoint, the last checkpoint it cosigned. On
first use the state is empty: --log-key gives the log's verifier key (a line, or a file holding
one), which is recorded; afterwards --log-key, if given, must be the recorded one.

The checkpoint must be signed by the log's key. When the witness has cosigned before, --proof must
be the consistency proof (prove-consistency) from the checkpoint it last cosigned to this one: a
checkpoint smaller than that one, or one the proof does not show consistent with it — the log
showing two histories — is refused (exit 1) and never cosigned. Otherwise the witness adds its
cosignature line to the --checkpoint file and records the checkpoint as its latest (a checkpoint it
has cosigned already is left as it is). Both files
are written beside and renamed into place, the state first.`,
    options: {
      key: {
        type: "string",
        value: "<file>",
        description: "the witness's private key file (keygen --witness) (required)",
        required: "witness-keys/witness.example.net.key"
      },
      state: { type: "string", value: "<dir>", description: "the witness's state directory (required)", required: "witness-state" },
      checkpoint: {
        type: "string",
        value: "<file>",
        description: "the checkpoint to cosign; the cosignature is added to it (required)",
        required: "checkpoint.txt"
      },
      proof: {
        type: "string",
        value: "<file>",
        description: "the consistency proof from the checkpoint last cosigned (required once the witness has cosigned)"
      },
      "log-key": {
        type: "string",
        value: "<verifier key>",
        description: "the log's verifier key, or a file holding it (required on first use)"
      }
    },
    examples: [
      "plan-ledger witness --key witness.key --state witness-state --log-key ledger.vkey --checkpoint checkpoint-1.txt",
      "plan-ledger witness --key witness.key --state witness-state --checkpoint checkpoint-2.txt --proof consistency.json"
    ]
  },
  publish: {
    summary: "write a plan's report, its tables, a fresh checkpoint and the plan's proof into one directory, to publish",
    usage: "--plan <id> --key <file> --out <dir> [--force]",
    arguments: [],
    description: `Writes, into --out (created if need be), everything to publish about a plan:

  <plan>.html           the report (as report writes it), ending with how to check it: the
                        checkpoint, the verifier key and the verify-proof command
  <plan>-<view>.csv     the plan, actions, budget, variations, staffing, scorecard, findings and
                        history, as show --format csv prints them
  checkpoint.txt        a fresh checkpoint of the ledger, signed with --key
  <plan>.proof.json     the proof that every event of the plan's history is in that checkpoint
  <name>.vkey           the ledger's verifier key (named as keygen names it)

A file among them that exists needs --force; nothing is written until all of them are made.`,
    options: {
      plan: { type: "string", value: "<id>", description: "the plan (required)", required: "lcsp-2009-10" },
      key: { type: "string", value: "<file>", description: "the private key file keygen wrote (required)", required: "keys/ledger.key" },
      out: { type: "string", value: "<dir>", description: "the directory to write to (required)", required: "published" },
      force: { type: "boolean", description: "replace the files of an earlier publication in --out" }
    },
    examples: ["plan-ledger publish --plan lcsp-2009-10 --key keys/ledger.example.org_council-plans.key --out published"]
  },
  rebuild: {
    summary: "rebuild the store's projection snapshot, so opening the whole ledger folds only newer events",
    usage: "[--store <url>]",
    arguments: [],
    description: `Folds every event of the ledger into the state every view reads and keeps it in the store as its
snapshot, tagged with the position and hash of the last event and the version of the projection
code. Commands that read the whole ledger (show plans, demo) then start from the snapshot and fold
only the events recorded after it. A snapshot is an optimisation only: views read the same with
or without it. It is sealed (a hash of its bytes bound to the position and hash it claims) and
proven before every read: one whose seal fails, whose event is no longer at its position (the log
was rewritten or cut), whose state is not of the shape this plan-ledger folds, or that cannot be
read is refused, saying so on standard error, and the views fold the log; one that an older or
newer plan-ledger folded is ignored until the next rebuild. Reading commands never write a
snapshot; run rebuild after large imports.`,
    options: {},
    examples: ["plan-ledger rebuild --store sqlite:.plan-ledger/ledger.db"]
  },
  repair: {
    summary: "move a torn tail (an append a crash cut short) out of a JSON-lines ledger; report damage it leaves (exit 4)",
    usage: "[--dry-run]",
    arguments: [],
    description: `A process that dies during an append to a JSON-lines ledger can leave a torn tail: the end of
the file after its last whole batch, never acknowledged and never read as events. The ledger
refuses to open until it is dealt with. repair moves a torn tail to a side file beside the ledger
(<ledger>.torn-<time>), cuts the ledger back to its last whole batch and reports what it moved.

Damage anywhere else — a blank line, a byte-order mark, a changed byte, an event that breaks the
hash chain — is not a torn tail: repair reports each damaged line with the event it affects, moves
nothing, and exits 4. Restore such a ledger from a backup or a copy.

SQLite and PostgreSQL write each append in one transaction, so they never hold a torn tail: repair
says so and verifies the hash chain (exit 4 on damage).

Exit codes: 0 nothing to repair, or the torn tail was moved; 1 --dry-run found a torn tail to move;
2 usage error or no ledger; 4 damage repair does not touch.`,
    options: {
      "dry-run": { type: "boolean", description: "report what repair would move, and move nothing (exit 1 if there is a torn tail)" }
    },
    examples: ["plan-ledger repair --store jsonl:ledger.jsonl --dry-run", "plan-ledger repair --store jsonl:ledger.jsonl"]
  },
  copy: {
    summary: "copy every event into another, empty store (hashes unchanged)",
    usage: "--from <url> --to <url>",
    arguments: [],
    description: `Copies every event, in order, into an empty store — ids, positions and hashes unchanged, each
event checked against the chain as it is written — then verifies the copy. Use it to move a
ledger from a JSONL file into SQLite or PostgreSQL, or to take a backup.`,
    options: {
      from: { type: "string", value: "<url>", description: "the store to copy (required)", required: "jsonl:ledger.jsonl" },
      to: {
        type: "string",
        value: "<url>",
        description: "the empty store to copy into (required); an existing file needs --force",
        required: "sqlite:ledger.db"
      },
      force: { type: "boolean", description: "copy into a --to file that exists (a store that holds events is never overwritten)" }
    },
    examples: ["plan-ledger copy --from jsonl:ledger.jsonl --to sqlite:.plan-ledger/ledger.db"]
  },
  subject: {
    summary: "list every value the ledger keeps about a person (subject access), or link a name to them",
    usage: "--id <subject> [--link <name>] [--format md|json|csv] [--out <file>]",
    arguments: [],
    description: `Lists every personal value the ledger keeps about a person, with where it appears: its kind
(actor, authority, lead officer, contact, approver, voice statement, progress note …), the value,
the name it was recorded under, and the stream, event, field and time it was recorded in. --id
takes a registered person's id or a name as it was recorded; a name linked to an id is the same
subject, so the list covers every name linked to it.

--link records that a name as recorded is the person --id names (the link is kept with the
personal values, and erased with them). Erased values are not listed: they are gone.`,
    options: {
      id: {
        type: "string",
        value: "<subject>",
        description: "the person: a registered id or a name as recorded (required)",
        required: "officer-17"
      },
      link: { type: "string", value: "<name>", description: "record that this name, as recorded, is the person --id names" },
      format: {
        type: "string",
        value: "<format>",
        description: "output format (default md)",
        choices: SUBJECT_ACCESS_FORMATS,
        noun: "format"
      },
      out: OUTPUT_OPTIONS.out,
      ...FORCE_OPTION
    },
    examples: [
      'plan-ledger subject --id "Jane Roe"',
      'plan-ledger subject --id officer-17 --link "J. Roe"',
      "plan-ledger subject --id officer-17 --format csv --out officer-17.csv"
    ]
  },
  erase: {
    summary: "erase every value kept about a person; the erasure is recorded and everything still verifies",
    usage: "--subject <subject> --reason <text> --authority <decision>",
    arguments: [],
    description: `Erases every personal value the ledger keeps about a person — under every name linked to them —
from the store: each value and its salt are removed (the SQLite file is vacuumed, a JSON-lines
ledger's side file rewritten, PostgreSQL's tables rewritten) and the snapshot is cleared. The
events keep the salted commitments they were hashed with, so verify, every anchor, checkpoint and
proof still hold; views print "erased on <date>" where each value was.

The erasure is itself recorded, with --reason and --authority (both required) and the actor: one
PersonalDataErased event in each plan's stream whose events held erased values (history shows it),
and one in the "personal-data" stream for the rest. It lists each erased value's place and kind,
never whose it was. Run subject first to see what will go.`,
    options: {
      subject: {
        type: "string",
        value: "<subject>",
        description: "the person: a registered id or a name as recorded (required)",
        required: "Jane Roe"
      }
    },
    examples: ['plan-ledger erase --subject "Jane Roe" --reason "erasure request 2026/117" --authority "Data Protection Officer"']
  },
  retention: {
    summary: "list, or with --apply erase, the personal values a retention schedule has come to",
    usage: "--policy <file> [--on <date>] [--apply --reason <text> --authority <decision>]",
    arguments: [],
    description: `Reads a retention schedule — a JSON file {"yearsAfterPeriodEnds": {"<kind>": <years>, …}} naming, for
each kind of personal value, how many whole years it is kept after its plan's period ends (after
the day an event outside any plan took effect) — and lists the kept values whose time is up on
--on (default today): their kind, the name they were recorded under, where they appear and the
last day they were to be kept. A kind the schedule does not name is kept.

Without --apply nothing is changed. With --apply they are erased as erase does, recorded with
--reason and --authority (both required).`,
    options: {
      policy: {
        type: "string",
        value: "<file>",
        description: "the retention schedule, a JSON file (required)",
        required: "retention.json"
      },
      on: { type: "string", value: "<date>", description: "the day the schedule is applied on, YYYY-MM-DD (default today)" },
      apply: { type: "boolean", description: "erase what the schedule has come to (without it, only list it)" }
    },
    examples: [
      "plan-ledger retention --policy retention.json",
      'plan-ledger retention --policy retention.json --apply --reason "retention schedule 2026" --authority "Information Governance Board"'
    ]
  },
  completion: {
    summary: "print a shell completion script for bash, zsh or fish",
    usage: "<bash|zsh|fish>",
    arguments: [
      { name: "shell", description: "the shell", choices: SHELLS, noun: "shell", missing: `say which shell: ${SHELLS.join(", ")}` }
    ],
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

// A required option always has a value (commander refuses the command line without it); a choice
// is one of its choices.
type ValueOf<Spec extends OptionSpec> = Spec["type"] extends "boolean"
  ? boolean
  : Spec extends { readonly repeatable: true }
    ? ReadonlyArray<string>
    : Spec extends { readonly choices: ReadonlyArray<infer Choice> }
      ? Choice
      : string

type ValuesOf<Options extends Readonly<Record<string, OptionSpec>>> = {
  readonly [Name in keyof Options as Options[Name] extends { readonly required: string } ? Name : never]: ValueOf<Options[Name]>
} & {
  readonly [Name in keyof Options as Options[Name] extends { readonly required: string } ? never : Name]?: ValueOf<Options[Name]>
}

// The positional arguments, each one of its choices where it has them.
type PositionalsOf<Arguments extends ReadonlyArray<ArgumentSpec>> = {
  readonly [Index in keyof Arguments]: Arguments[Index] extends { readonly choices: ReadonlyArray<infer Choice> } ? Choice : string
}

/**
 * The parsed values of the global options.
 *
 * @category options
 * @since 0.1.0
 */
export type GlobalValues = ValuesOf<typeof GLOBAL_OPTIONS>

/**
 * The parsed values of a command that writes: the global options and `--effective`.
 *
 * @category options
 * @since 0.2.0
 */
export type WriteValues = ValuesOf<typeof WRITE_OPTIONS> & GlobalValues

/**
 * What a command receives: its options' values (its own and the global ones, under their option
 * names) and its positional arguments.
 *
 * @category options
 * @since 0.1.0
 */
export interface CommandInput<Name extends CommandName> {
  readonly values: ValuesOf<(typeof COMMANDS)[Name]["options"]> & GlobalValues
  readonly positionals: PositionalsOf<(typeof COMMANDS)[Name]["arguments"]>
}
