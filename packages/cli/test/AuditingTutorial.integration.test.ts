import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { cliSandbox, exampleCsv } from "./CliHarness.js"

// docs/auditing.md is checked against this test: every `console` block in it is a command this test
// runs, at the instant given here, and what the command printed. UPDATE_DOCS=1 rewrites the blocks
// (and the tutorial's two budget tables) from a fresh run.
const UPDATE = process.env["UPDATE_DOCS"] === "1"
const REGENERATE =
  "docs/auditing.md is out of date: regenerate it with UPDATE_DOCS=1 npx vitest run packages/cli/test/AuditingTutorial.integration.test.ts"
const docs = (name: string): string => fileURLToPath(new URL(`../../../docs/${name}`, import.meta.url))
const TUTORIAL = docs("auditing.md")
const CONSOLE_BLOCK = /```console\n[\s\S]*?```/gu
// The blocks from this marker on are those of PublishedPlanTutorial.integration.test.ts.
const PUBLISHED_PLAN_MARKER = "<!-- published-plan -->"
const ownPart = (text: string): string => {
  const end = text.indexOf(PUBLISHED_PLAN_MARKER)
  return end === -1 ? text : text.slice(0, end)
}

const PLAN = "lcsp-2009-10"
const OFFICER = ["--actor", "LCSP finance officer"]
const RESTATEMENT = [
  "--reason",
  "the draft carried the 2008-09 Behaviour Service figure; the row labelled Other Centres holds the Children's Centres budget",
  "--authority",
  "Cabinet Member decision 09/01234"
]

// The tutorial's two budget tables, made from the bundled example's (Kent County Council, LCSP
// Service Level Business Plan 2009/10, budget table): the draft carries the Behaviour Service's
// 2008-09 controllable expenditure (849.1) as its 2009/10 employee costs; the restated table is the
// published one, with the row printed as "Other Centres" renamed to the Children's Centres it holds
// (its line_id keeps the line's identity).
const budgetTables = (): { readonly draft: string; readonly restated: string } => {
  const [header = "", ...rows] = readFileSync(exampleCsv("budget.csv"), "utf8").trimEnd().split("\n")
  const draft = rows.map((row) =>
    row.startsWith("line,Behaviour Service,") ? row.replace(",870.1,0.0,,870.1,0.0,0.0,870.1,", ",849.1,0.0,,849.1,0.0,0.0,849.1,") : row
  )
  const restated = rows.map((row) => {
    const [rowType, ...rest] = row.split(",")
    return row.startsWith("line,Other Centres,")
      ? `${rowType},other-centres,Children's Centres,${rest.slice(1).join(",")}`
      : `${rowType},,${rest.join(",")}`
  })
  const [firstColumn, ...otherColumns] = header.split(",")
  return {
    draft: `${[header, ...draft].join("\n")}\n`,
    restated: `${[`${firstColumn},line_id,${otherColumns.join(",")}`, ...restated].join("\n")}\n`
  }
}

// Each step of the story: the instant the command runs at, and its arguments.
const STEPS: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  [
    "2009-02-02T09:00:00Z",
    [
      "draft",
      "--plan",
      PLAN,
      "--title",
      "LCSP Service Level Business Plan 2009/10",
      "--period",
      "2009/10",
      "--create",
      "--owner",
      "kcc-cfe",
      "--effective",
      "2009-04-01",
      ...OFFICER
    ]
  ],
  ["2009-02-02T09:05:00Z", ["import", "budget", "budget-draft.csv", "--plan", PLAN, "--effective", "2009-04-01", ...OFFICER]],
  ["2009-03-16T14:00:00Z", ["approve", "--plan", PLAN, "--by", "Cabinet", "--on", "2009-03-16", "--effective", "2009-04-01", ...OFFICER]],
  [
    "2009-07-20T10:30:00Z",
    ["import", "budget", "budget-restated.csv", "--plan", PLAN, "--effective", "2009-04-01", ...OFFICER, ...RESTATEMENT]
  ],
  ["2009-09-01T09:00:00Z", ["history", "--plan", PLAN]],
  ["2009-09-01T09:00:00Z", ["check", "--plan", PLAN, "--as-of", "approval", "--on", "2009-09-01"]],
  ["2009-09-01T09:00:00Z", ["check", "--plan", PLAN, "--on", "2009-09-01"]],
  ["2009-09-01T09:00:00Z", ["diff", "--plan", PLAN, "--from", "approval", "--to", "now"]],
  [
    "2009-09-01T09:00:00Z",
    ["diff", "--plan", PLAN, "--from", "2009-06-30T23:59:59Z,effective:2009-05-01", "--to", "now,effective:2009-05-01", "--format", "csv"]
  ],
  [
    "2009-09-01T09:00:00Z",
    ["check", "--plan", PLAN, "--as-of", "2009-06-30T23:59:59Z", "--effective", "2009-05-01", "--on", "2009-09-01", "--format", "csv"]
  ],
  ["2009-09-01T09:00:00Z", ["show", "budget", "--plan", PLAN, "--effective", "2009-03-31"]],
  ["2009-09-01T09:00:00Z", ["show", "budget", "--plan", PLAN, "--as-of", "2009-01-31T12:00:00Z"]]
]

const shellWord = (word: string): string => (/^[\w.:/=@+,-]+$/u.test(word) ? word : `"${word.replace(/["\\$`]/gu, "\\$&")}"`)

const runStory = async (): Promise<ReadonlyArray<string>> => {
  const sandbox = cliSandbox()
  const tables = budgetTables()
  writeFileSync(join(sandbox.cwd, "budget-draft.csv"), tables.draft)
  writeFileSync(join(sandbox.cwd, "budget-restated.csv"), tables.restated)
  const blocks: Array<string> = []
  for (const [instant, argv] of STEPS) {
    sandbox.at(instant)
    const { code, stdout, stderr } = await sandbox.invoke(...argv)
    const exit = code === 0 ? "" : `[exit ${code}]\n`
    // CSV output ends its lines with CRLF; the page shows them as a terminal does.
    const printed = `${stdout}${stderr}`.replace(/\r\n/gu, "\n")
    blocks.push(`\`\`\`console\n$ plan-ledger ${argv.map(shellWord).join(" ")}\n${printed}${exit}\`\`\``)
  }
  return blocks
}

describe("the auditing tutorial", () => {
  it("shows the budget tables the story imports, as the bundled example's with the story's two changes", () => {
    const tables = budgetTables()
    if (UPDATE) {
      writeFileSync(docs("auditing/budget-draft.csv"), tables.draft)
      writeFileSync(docs("auditing/budget-restated.csv"), tables.restated)
    }
    expect(readFileSync(docs("auditing/budget-draft.csv"), "utf8"), REGENERATE).toBe(tables.draft)
    expect(readFileSync(docs("auditing/budget-restated.csv"), "utf8"), REGENERATE).toBe(tables.restated)
  })

  it("prints every command of docs/auditing.md and exactly what it printed", async () => {
    const generated = await runStory()
    const tutorial = readFileSync(TUTORIAL, "utf8")
    const documented = ownPart(tutorial).match(CONSOLE_BLOCK) ?? []
    if (UPDATE) {
      expect(documented.length, "docs/auditing.md needs one ```console block for each step of this test").toBe(generated.length)
      let index = 0
      writeFileSync(
        TUTORIAL,
        ownPart(tutorial).replace(CONSOLE_BLOCK, () => generated[index++] ?? "") + tutorial.slice(ownPart(tutorial).length)
      )
    }
    expect((ownPart(readFileSync(TUTORIAL, "utf8")).match(CONSOLE_BLOCK) ?? []).join("\n\n"), REGENERATE).toBe(generated.join("\n\n"))
  })
})
