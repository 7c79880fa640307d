import { spawn } from "node:child_process"
import { once } from "node:events"
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { run } from "../src/Cli.js"
import type { Io } from "../src/Io.js"
import { COMMAND_NAMES } from "../src/Spec.js"
import { cliSandbox, exampleCsv } from "./CliHarness.js"

const PLAN = "lcsp-2009-10"
const STACK_FRAME = /\n\s+at /u
const packageVersion = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version

/** Runs the CLI with no store in the environment, so only --store names one. */
const invokeBare = async (cwd: string, env: Readonly<Record<string, string>>, ...argv: ReadonlyArray<string>) => {
  let stdout = ""
  let stderr = ""
  const io: Io = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    interactive: false,
    cwd,
    env,
    user: "test-officer",
    now: () => new Date("2026-11-24T10:00:00.000Z")
  }
  return { code: await run(argv, io), stdout, stderr }
}

/** A failure is one line on stderr: no stack, nothing else. */
const expectOneLine = (stderr: string, ...parts: ReadonlyArray<string>) => {
  expect(stderr).not.toMatch(STACK_FRAME)
  expect(stderr.trimEnd().split("\n")).toHaveLength(1)
  for (const part of parts) expect(stderr).toContain(part)
}

describe("the command line's conventions", () => {
  const sandbox = cliSandbox()
  const ledger = join(sandbox.cwd, "ledger.db")

  beforeAll(async () => {
    expect(
      (await sandbox.invoke("import", "budget", exampleCsv("budget.csv"), "--plan", PLAN, "--period", "2009/10", "--create")).code
    ).toBe(0)
  })

  it("accepts the global options before the command as well as after it", async () => {
    const before = await invokeBare(sandbox.cwd, {}, "--store", `sqlite:${ledger}`, "show", "budget", "--plan", PLAN, "--format", "json")
    const after = await invokeBare(sandbox.cwd, {}, "show", "budget", "--plan", PLAN, "--format", "json", "--store", `sqlite:${ledger}`)
    expect(before.code).toBe(0)
    expect(after.code).toBe(0)
    expect(JSON.parse(before.stdout)).toEqual(JSON.parse(after.stdout))
  })

  it("prints the version from package.json", async () => {
    const result = await sandbox.invoke("--version")
    expect(result).toMatchObject({ code: 0, stdout: `${packageVersion}\n` })
  })

  it("prints help and exits 0 when run with no command", async () => {
    const result = await sandbox.invoke()
    expect(result.code).toBe(0)
    expect(result.stdout).toContain("Usage: plan-ledger <command> [options]")
    for (const command of COMMAND_NAMES) expect(result.stdout).toContain(command)
  })

  it("names the nearest option when an option is unknown, in one line of its own", async () => {
    const result = await sandbox.invoke("show", "budget", "--plan", PLAN, "--formt", "json")
    expect(result.code).toBe(2)
    expectOneLine(result.stderr, "error: unknown option --formt; did you mean --format?")
  })

  it.each([
    [["show", "budgte", "--plan", PLAN], '"budgte" is not a view; did you mean budget?'],
    [["import", "budgte", "budget.csv", "--plan", PLAN], '"budgte" is not a table; did you mean budget?'],
    [["show", "budget", "--plan", PLAN, "--format", "xls"], '--format "xls" is not a format; did you mean xlsx?'],
    [["history", "--plan", PLAN, "--format", "pdf"], '--format "pdf" is not a format: use md, json, csv, html'],
    [["show", "actions", "--plan", PLAN, "--status", "ontrack"], '--status "ontrack" is not a status; did you mean on-track?'],
    [
      ["draft", "--plan", PLAN, "--title", "T", "--period", "2009/10", "--kind", "directorate"],
      '--kind "directorate" is not a plan kind: use'
    ],
    [
      ["import", "budget", "budget.csv", "--plan", PLAN, "--units", "pound"],
      '--units "pound" is not a unit of amounts; did you mean pounds?'
    ],
    [["completion", "bsh"], '"bsh" is not a shell; did you mean bash?'],
    [["show", "plans", "--store", "sqlit:ledger.db"], "unknown store URL sqlit:ledger.db; did you mean sqlite:ledger.db?"]
  ])("names the nearest value when a value is not one of the choices: %j", async (command, message) => {
    const result = await sandbox.invoke(...command)
    expect(result.code).toBe(2)
    expectOneLine(result.stderr, message)
  })

  it.each([
    [["import", "budget", "budget.csv"], "--plan is required, for example --plan lcsp-2009-10"],
    [
      ["draft", "--plan", PLAN, "--title", " ", "--period", "2009/10"],
      '--title is required, for example --title "LCSP business plan 2009/10"'
    ],
    [["approve", "--plan", PLAN, "--on", "2009-03-16"], "--by is required, for example --by Cabinet"],
    [["copy", "--from", "jsonl:ledger.jsonl"], "--to is required, for example --to sqlite:ledger.db"],
    [["import", "--plan", PLAN], "say which table to import: budget, variations"],
    [["import", "budget", "--plan", PLAN], "name the CSV file or .xlsx workbook to import"],
    [["show", "--plan", PLAN], "say which view to show: plans, plan"]
  ])("says what is missing, with an example, before anything is read: %j", async (command, message) => {
    const result = await sandbox.invoke(...command)
    expect(result.code).toBe(2)
    expectOneLine(result.stderr, message)
  })

  it("shows required arguments as required, and the choices, in help", async () => {
    const root = await sandbox.invoke("--help")
    expect(root.stdout).toContain("import [options] <table> <file.csv|file.xlsx>")
    expect(root.stdout).toContain("show [options] <view>")
    const show = await sandbox.invoke("show", "--help")
    expect(show.stdout.replace(/\s+/gu, " ")).toMatch(/--format <format> .*\(choices: "md", "json", "csv", "html", "xlsx"\)/u)
  })

  it("asks for a command, in one line, when given only options", async () => {
    const result = await sandbox.invoke("--store", sandbox.store)
    expect(result.code).toBe(2)
    expectOneLine(result.stderr, "name a command: demo, draft")
  })

  it("names the nearest command when a command is unknown", async () => {
    const result = await sandbox.invoke("shwo", "budget")
    expect(result.code).toBe(2)
    expectOneLine(result.stderr, 'unknown command "shwo"; did you mean show?')
  })

  it("prints help with an example for every command, its options and the global options", async () => {
    for (const command of COMMAND_NAMES) {
      const help = await sandbox.invoke(command, "--help")
      expect(help.code).toBe(0)
      expect(help.stdout).toContain("Example:")
      expect(help.stdout).toContain("--store <url>")
    }
    expect((await sandbox.invoke("import", "--help")).stdout).toMatch(/--encoding <encoding>[\s\S]*--delimiter <character>/u)
  })

  it.each(["bash", "zsh", "fish"])("writes a %s completion script naming every command and their options", async (shell) => {
    const result = await sandbox.invoke("completion", shell)
    expect(result.code).toBe(0)
    for (const command of COMMAND_NAMES) expect(result.stdout).toContain(command)
    for (const word of ["format", "overdue-on", "store", "budget", "scorecard"]) expect(result.stdout).toContain(word)
  })

  it("says so in one line, exit 2, when --out cannot be written, and adds the stack with --debug", async () => {
    const out = join(sandbox.cwd, "no-such-directory", "budget.md")
    const result = await sandbox.invoke("show", "budget", "--plan", PLAN, "--out", out)
    expect(result.code).toBe(2)
    expectOneLine(result.stderr, `cannot write --out ${out}`, "does not exist", "create the directory first")
    const debug = await sandbox.invoke("show", "budget", "--plan", PLAN, "--out", out, "--debug")
    expect(debug.code).toBe(2)
    expect(debug.stderr).toMatch(STACK_FRAME)
    const byEnvironment = await invokeBare(
      sandbox.cwd,
      { PLAN_LEDGER_STORE: sandbox.store, PLAN_LEDGER_DEBUG: "1" },
      "show",
      "budget",
      "--plan",
      PLAN,
      "--out",
      out
    )
    expect(byEnvironment.stderr).toMatch(STACK_FRAME)
  })

  it("says a directory is not a ledger, in one line, exit 2", async () => {
    const directory = join(sandbox.cwd, "a-directory")
    mkdirSync(directory)
    for (const command of [
      ["show", "budget", "--plan", PLAN],
      ["draft", "--plan", "x", "--title", "X", "--period", "2009/10", "--create"]
    ]) {
      const result = await sandbox.invoke(...command, "--store", `sqlite:${directory}`)
      expect(result.code).toBe(2)
      expectOneLine(result.stderr, `${directory} is not a ledger: it is a directory`, "name the ledger file")
    }
  })

  it("says a file that is not a ledger is not one, in one line, exit 2", async () => {
    const notes = join(sandbox.cwd, "notes.txt")
    writeFileSync(notes, "minutes of the meeting\n")
    const result = await sandbox.invoke("verify", "--store", `sqlite:${notes}`)
    expect(result.code).toBe(2)
    expectOneLine(result.stderr, `${notes} is not a ledger: it is not an SQLite database`)
    expect(readFileSync(notes, "utf8")).toBe("minutes of the meeting\n")
  })

  it("says a store that cannot be opened cannot, in one line, exit 2", async () => {
    const result = await sandbox.invoke("show", "plans", "--store", "ftp://ledger.example")
    expect(result.code).toBe(2)
    expectOneLine(result.stderr, "unknown store URL")
  })

  it.each([["show", "budget", "--plan", PLAN], ["check", "--plan", PLAN], ["verify"]])(
    "never creates a store for %s: a missing one is 'no ledger at <path>'",
    async (...command) => {
      for (const scheme of ["sqlite:", "jsonl:"]) {
        const missing = join(sandbox.cwd, `missing-${command[0]}-${scheme.slice(0, -1)}`, "ledger")
        const result = await sandbox.invoke(...command, "--store", `${scheme}${missing}`)
        expect(result.code).toBe(2)
        expectOneLine(result.stderr, `no ledger at ${missing}: import or draft a plan first`)
        expect(existsSync(missing)).toBe(false)
        expect(existsSync(join(missing, ".."))).toBe(false)
      }
    }
  )

  it.each([
    ["import", "budget", exampleCsv("budget.csv"), "--plan", "new-2009-10", "--period", "2009/10"],
    ["draft", "--plan", "new-2009-10", "--title", "New", "--period", "2009/10"]
  ])("never starts a ledger for %s without --create: a mistyped --store path is an error naming --create", async (...command) => {
    for (const scheme of ["sqlite:", "jsonl:"]) {
      const missing = join(sandbox.cwd, `mistyped-${command[0]}-${scheme.slice(0, -1)}`, "ledger")
      const refused = await sandbox.invoke(...command, "--store", `${scheme}${missing}`)
      expect(refused.code).toBe(2)
      expectOneLine(refused.stderr, `no ledger at ${missing}: pass --create to start a new ledger there`)
      expect(existsSync(join(missing, ".."))).toBe(false)
      expect((await sandbox.invoke(...command, "--store", `${scheme}${missing}`, "--create")).code).toBe(0)
      expect(existsSync(missing)).toBe(true)
    }
  })

  it.each([
    ["approve", "--plan", PLAN, "--by", "Cabinet", "--on", "2009-03-16"],
    ["supersede", "--plan", PLAN, "--by", "lcsp-2010-11", "--on", "2010-04-01"],
    ["rebuild"]
  ])("never starts a ledger for %s, which needs a plan already recorded", async (...command) => {
    const missing = join(sandbox.cwd, `missing-${command[0]}`, "ledger.db")
    const refused = await sandbox.invoke(...command, "--store", `sqlite:${missing}`)
    expect(refused.code).toBe(2)
    expectOneLine(refused.stderr, `no ledger at ${missing}: import or draft a plan first`)
    expect(existsSync(join(missing, ".."))).toBe(false)
  })

  it("requires --reason whenever --authority is given, and writes nothing without it", async () => {
    const before = await sandbox.eventCount()
    const result = await sandbox.invoke(
      "import",
      "budget",
      exampleCsv("budget.csv"),
      "--plan",
      PLAN,
      "--authority",
      "Cabinet Member decision 09/01234"
    )
    expect(result.code).toBe(2)
    expectOneLine(result.stderr, "--authority needs --reason")
    expect(await sandbox.eventCount()).toBe(before)
  })

  it("refuses an import whose --period disagrees with the plan's period", async () => {
    const before = await sandbox.eventCount()
    const result = await sandbox.invoke(
      "import",
      "variations",
      exampleCsv("variations.csv"),
      "--plan",
      PLAN,
      "--period",
      "2010/11",
      "--create"
    )
    expect(result.code).toBe(2)
    expectOneLine(result.stderr, `--period 2010/11 does not match plan ${PLAN}, which was drafted for`)
    expect(await sandbox.eventCount()).toBe(before)
    expect(
      (await sandbox.invoke("import", "variations", exampleCsv("variations.csv"), "--plan", PLAN, "--period", "2009/10", "--create")).code
    ).toBe(0)
  })

  it("counts in the singular for one and the plural for more", async () => {
    const file = join(sandbox.cwd, "one-line.csv")
    writeFileSync(
      file,
      "activity,fte,employee_costs,running_costs,contracts_projects,external_income,internal_income,cabinet_member,prior_controllable,prior_fte\nBase,0,1,0,,0,0,MD,,\n"
    )
    const first = await sandbox.invoke("import", "budget", file, "--plan", "one-line-plan", "--period", "2009/10", "--create")
    expect(first.stdout).toContain("one-line.csv: 1 row, 2 events recorded")
    const again = await sandbox.invoke("import", "budget", file, "--plan", "one-line-plan", "--period", "2009/10", "--create")
    expect(again.stdout).toContain("one-line.csv: 1 row, no change — plan one-line-plan already records it")
    const single = join(sandbox.cwd, "single.db")
    expect(
      (await sandbox.invoke("draft", "--plan", "p", "--title", "P", "--period", "2009/10", "--create", "--store", `sqlite:${single}`)).code
    ).toBe(0)
    expect((await sandbox.invoke("verify", "--store", `sqlite:${single}`)).stdout).toContain(": 1 event, hash chain intact")
  })

  it("writes a negative amount as −£10.0k, never £-10.0k", async () => {
    const file = join(sandbox.cwd, "short-total.csv")
    writeFileSync(
      file,
      "row_type,activity,fte,employee_costs,running_costs,contracts_projects,external_income,internal_income,cabinet_member,prior_controllable,prior_fte,controllable_expenditure\nline,Base,0,0,31.9,,0,0,MD,,,\ntotal,Controllable Totals,,,,,,,,,,21.9\n"
    )
    expect((await sandbox.invoke("import", "budget", file, "--plan", "short-total-plan", "--period", "2009/10", "--create")).code).toBe(0)
    const result = await sandbox.invoke("check", "--plan", "short-total-plan")
    expect(result.stdout).toContain("\u2212£10.0k")
    expect(result.stdout).not.toContain("£-")
    const json = await sandbox.invoke("check", "--plan", "short-total-plan", "--format", "json")
    expect(json.stdout).toContain("\u2212£10.0k")
  })
})

describe("plan-ledger demo", () => {
  const demoIn = async (keep: boolean) => {
    const temporary = mkdtempSync(join(tmpdir(), "plan-ledger-demo-test-"))
    const result = await invokeBare(temporary, { TMPDIR: temporary }, "demo", ...(keep ? ["--keep"] : []))
    return { result, left: readdirSync(temporary) }
  }

  it("removes its temporary ledger without --keep", async () => {
    const { result, left } = await demoIn(false)
    expect(result.stderr).not.toMatch(STACK_FRAME)
    expect(left).toEqual([])
  })

  it("keeps its temporary ledger with --keep", async () => {
    const { result, left } = await demoIn(true)
    expect(result.stderr).not.toMatch(STACK_FRAME)
    expect(left).toHaveLength(1)
    expect(left[0]).toMatch(/^plan-ledger-demo-/u)
  })
})

describe("a ledger another program holds locked", () => {
  const sandbox = cliSandbox()

  it("is refused in one line naming the ledger and the lock, with exit 2 and nothing written", async () => {
    expect(await sandbox.invoke("draft", "--plan", "locked-2009-10", "--title", "Locked", "--period", "2009/10", "--create")).toMatchObject(
      { code: 0 }
    )
    const before = await sandbox.eventCount()
    // Another program holds the write lock for longer than the store waits. It is another process:
    // within one process, a second copy of the SQLite library (the other driver's) would not see
    // the store's locks at all, as SQLite warns.
    const holder = spawn(
      process.execPath,
      [
        "-e",
        `const { DatabaseSync } = require("node:sqlite")
         new DatabaseSync(process.argv[1]).exec("BEGIN IMMEDIATE")
         process.stdout.write("locked\\n")
         setInterval(() => {}, 1000)`,
        join(sandbox.cwd, "ledger.db")
      ],
      { stdio: ["ignore", "pipe", "ignore"] }
    )
    await once(holder.stdout, "data")
    try {
      const result = await sandbox.invoke("import", "budget", exampleCsv("budget.csv"), "--plan", "locked-2009-10")
      expect(result.code).toBe(2)
      expect(result.stderr.trim().split("\n")).toHaveLength(1)
      expect(result.stderr).toContain("locked")
      expect(result.stderr).not.toMatch(/\n\s+at /)
    } finally {
      holder.kill()
      await once(holder, "exit")
    }
    expect(await sandbox.eventCount()).toBe(before)
  }, 30_000)
})
