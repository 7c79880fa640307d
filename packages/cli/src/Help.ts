/**
 * The help text of every command, each with an example.
 *
 * @category help
 * @since 0.1.0
 */
export const HELP: Readonly<Record<string, string>> = {
  "": `plan-ledger — an event-sourced ledger of council and partnership plans

Usage: plan-ledger <command> [options]

Commands:
  demo                       load the bundled example into a fresh ledger and print its statements
  draft                      draft a plan (id, title, period)
  approve                    record that a named body approved a plan
  import <table> <file.csv>  import a table into a plan: budget, variations, staffing, indicators,
                             themes, priorities, actions, voice, lead-roles, risks, consultations,
                             progress
  show <view>                print the plans, or a plan, its actions, budget, variations, staffing,
                             scorecard or history
  check                      print where a plan's tables do not add up and the gaps in its content
                             (exit 1 on an error)
  verify                     re-walk the store's hash chain (exit 1 on damage)
  copy                       copy every event into another, empty store (hashes unchanged)

Options for every command:
  --store <url>        memory:, sqlite:<path>, jsonl:<path> or postgres://… (env PLAN_LEDGER_STORE;
                       default sqlite:.plan-ledger/ledger.db)
  --actor <name>       who is recording (default: your user name)
  --reason <text>      why (recorded on every event written)
  --authority <text>   on whose decision (needed to change an approved plan)
  --effective <date>   the business date the change takes effect, YYYY-MM-DD (default: today)
  --help               help for a command

Exit codes: 0 success, 1 check/verify found a problem, 2 usage or input error (nothing written),
3 a concurrent writer conflict that retries did not resolve.

Example:
  plan-ledger demo`,
  demo: `plan-ledger demo

Loads the bundled example — Kent County Council's LCSP service level business plan 2009/10 — into
a fresh SQLite ledger in a temporary directory, and prints its budget statement, variation
statement, staffing totals, indicator scorecard and reconciliation findings as Markdown.

Example:
  plan-ledger demo > demo.md`,
  draft: `plan-ledger draft --plan <id> --title <title> --period <period> [--kind <kind>] [--owner <id>] [--prior-plan <id>]

Drafts a plan. --period is a financial year (2009/10), an academic year ("2008/09 academic") or a
range of dates (2008-09-01..2011-08-31, as a local children and young people's plan runs).
--kind is annual-operating-plan, service-business-plan (default), directorate-business-plan or
local-children-and-young-peoples-plan. --prior-plan names last year's plan, whose budget then
opens this plan's variation statement.

Example:
  plan-ledger draft --plan lcsp-2009-10 --title "LCSP business plan 2009/10" --period 2009/10 --owner kcc-cfe`,
  approve: `plan-ledger approve --plan <id> --by <body> --on <YYYY-MM-DD>

Records the approval. Afterwards the plan's figures change only as restatements, which need
--authority and --reason.

Example:
  plan-ledger approve --plan lcsp-2009-10 --by "Cabinet" --on 2009-03-16`,
  import: `plan-ledger import <table> <file.csv> --plan <id> [options]

Tables: budget, variations, staffing, indicators (the figures); themes, priorities, actions, voice,
lead-roles, risks, consultations, progress (what the plan says and how its actions are going).

Imports one table into a plan as one atomic append: a file with any problem is rejected whole,
every problem listed as file:line:column, and nothing is written. Importing the same file again
records nothing. Amounts are in £000 unless --units pounds. Column formats: docs/cli.md.

Options:
  --plan <id>                  the plan (required)
  --period <period>            draft the plan for this period if it does not exist yet
  --title <title>              the title of a plan drafted by --period
  --kind <kind>                the kind of a plan drafted by --period
  --owner <id>                 the owner of a plan drafted by --period
  --units thousands|pounds     the unit of budget amounts (default thousands)
  --area <id>                  the area indicator values are for (default: the plan id)

Example:
  plan-ledger import budget budget.csv --plan lcsp-2009-10 --period 2009/10`,
  show: `plan-ledger show <plans|plan|actions|budget|variations|staffing|scorecard|history> --plan <id> [options]

"plans" lists every plan in the ledger (no --plan). "plan" prints the whole plan: themes,
priorities, key actions with leads, resources, dates and links, lead roles, risks, consultations
and what people said. "actions" lists key actions with their latest progress.

Options:
  --format md|json|csv   output format (default md)
  --out <file>           write to a file instead of standard output
  --tolerance <percent>  scorecard: how close to the target counts as near (default 5)
  --as-of <instant>      project only what was recorded up to this instant (ISO-8601)
  --status <status>      actions: only not-started, on-track, completed, slipped or withdrawn
  --lead <text>          actions: only those whose lead contains this text
  --due-before <date>    actions: only those due on or before this date (YYYY-MM-DD)
  --overdue-on <date>    actions: only those due before this date and neither completed nor withdrawn

Example:
  plan-ledger show budget --plan lcsp-2009-10 --format json
  plan-ledger show actions --plan ashford-1-lcypp --overdue-on 2009-09-01`,
  check: `plan-ledger check --plan <id> [--on <date>] [--format md|json|csv] [--out <file>]

Prints where the published tables do not add up: printed totals against the lines, line
arithmetic, the variation statement against the budget, staffing movement against the change,
restated prior-year figures. Exits 1 when any finding is an error (more than rounding explains).
Then the gaps in the plan's content, as warnings: codes no theme or priority defines, actions
without a lead or target date, amounts without a funding source, priorities without actions, and
actions overdue on --on (default today) with no progress update since they fell due.

Example:
  plan-ledger check --plan lcsp-2009-10`,
  verify: `plan-ledger verify

Re-walks the store's hash chain and decodes every event. Exits 1 and names the first damaged event
if anything was changed, removed or reordered.

Example:
  plan-ledger verify --store sqlite:ledger.db`,
  copy: `plan-ledger copy --from <url> --to <url>

Copies every event, in order, into an empty store — ids, positions and hashes unchanged, each
event checked against the chain as it is written — then verifies the copy. Use it to move a
ledger from a JSONL file into SQLite or PostgreSQL, or to take a backup.

Example:
  plan-ledger copy --from jsonl:ledger.jsonl --to sqlite:.plan-ledger/ledger.db`
}
