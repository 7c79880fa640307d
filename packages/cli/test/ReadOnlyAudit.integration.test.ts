import { chmodSync, copyFileSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"
import { DatabaseSync } from "node:sqlite"
import { afterAll, describe, expect, it } from "vitest"
import { cliSandbox, exampleCsv } from "./CliHarness.js"
import { mountSmallDisk, remountReadOnly, unmountSmallDisk } from "./Mounts.js"

const PLAN = "lcsp-2009-10"
const DRAFT = ["--period", "2009/10", "--create", "--title", "LCSP business plan 2009/10"] as const

// Every command that only reads, as an auditor runs them on a copy.
const READING_COMMANDS: ReadonlyArray<ReadonlyArray<string>> = [
  ["show", "plans"],
  ["show", "budget", "--plan", PLAN],
  ["show", "history", "--plan", PLAN],
  ["check", "--plan", PLAN, "--on", "2009-04-01"],
  ["verify"],
  ["anchor"]
]

// A SQLite and a JSON-lines ledger of the same imports, each closed by the command that wrote it.
const ledgers = async () => {
  const sandbox = cliSandbox()
  const jsonl = `jsonl:${join(sandbox.cwd, "ledger.jsonl")}`
  for (const store of [sandbox.store, jsonl]) {
    expect((await sandbox.invoke("import", "budget", exampleCsv("budget.csv"), "--plan", PLAN, ...DRAFT, "--store", store)).code).toBe(0)
    expect((await sandbox.invoke("import", "variations", exampleCsv("variations.csv"), "--plan", PLAN, "--store", store)).code).toBe(0)
  }
  // A JSON-lines ledger's personal values are in the side file beside it: a copy takes both.
  return { sandbox, ledgerFiles: ["ledger.db", "ledger.jsonl"], files: ["ledger.db", "ledger.jsonl", "ledger.jsonl.personal.jsonl"] }
}

const auditCopy = mountSmallDisk("4m")
afterAll(() => {
  if ("path" in auditCopy) unmountSmallDisk(auditCopy.path)
})

describe("reading a ledger without writing anything", () => {
  const title = "skipped" in auditCopy ? `(skipped: ${auditCopy.skipped})` : "(a read-only tmpfs: every write fails, root's too)"
  it.skipIf("skipped" in auditCopy)(
    `show, check, history, verify and anchor work on SQLite and JSON-lines copies in a read-only directory ${title}`,
    async () => {
      if (!("path" in auditCopy)) return
      const { sandbox, ledgerFiles, files } = await ledgers()
      const expected = new Map<string, string>()
      for (const file of files) {
        copyFileSync(join(sandbox.cwd, file), join(auditCopy.path, file))
        chmodSync(join(auditCopy.path, file), 0o444)
      }
      for (const file of ledgerFiles) {
        expected.set(file, (await sandbox.invoke("show", "budget", "--plan", PLAN, "--store", storeOf(sandbox.cwd, file))).stdout)
      }
      chmodSync(auditCopy.path, 0o555)
      remountReadOnly(auditCopy.path)

      for (const file of ledgerFiles) {
        const url = storeOf(auditCopy.path, file)
        for (const command of READING_COMMANDS) {
          const result = await sandbox.invoke(...command, "--store", url)
          expect({ url, command, stderr: result.stderr }).toEqual({ url, command, stderr: "" })
          expect(result.code === 0 || (command[0] === "check" && result.code === 1)).toBe(true)
        }
        expect((await sandbox.invoke("show", "budget", "--plan", PLAN, "--store", url)).stdout).toBe(expected.get(file))
      }
      expect(readdirSync(auditCopy.path).sort()).toEqual([...files].sort())
    }
  )

  it("takes no lock on a JSON-lines ledger in a directory it could write to", async () => {
    const { sandbox } = await ledgers()
    rmSync(join(sandbox.cwd, "ledger.jsonl.lock"), { recursive: true })
    const before = readdirSync(sandbox.cwd).sort()
    for (const command of READING_COMMANDS) {
      await sandbox.invoke(...command, "--store", storeOf(sandbox.cwd, "ledger.jsonl"))
    }
    expect(readdirSync(sandbox.cwd).sort()).toEqual(before)
  })

  it("refuses a SQLite ledger whose schema is older than the code, without migrating it", async () => {
    const sandbox = cliSandbox()
    const path = join(sandbox.cwd, "older.db")
    // A ledger of an older plan-ledger: its migrations table records none of this code's migrations.
    const older = new DatabaseSync(path)
    older.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)")
    older.close()
    const before = readFileSync(path)
    const result = await sandbox.invoke("show", "plans", "--store", `sqlite:${path}`)
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(
      "the ledger's schema is older than this plan-ledger (it lacks migrations 1, 2, 3, 4, 5, 6), and reading never migrates a ledger"
    )
    expect(readFileSync(path).equals(before)).toBe(true)
  })
})

const storeOf = (directory: string, file: string): string => `${file.endsWith(".db") ? "sqlite" : "jsonl"}:${join(directory, file)}`
