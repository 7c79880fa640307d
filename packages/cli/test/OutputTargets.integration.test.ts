import { existsSync, linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { beforeEach, describe, expect, it } from "vitest"
import { cliSandbox, exampleCsv } from "./CliHarness.js"

const PLAN = "lcsp-2009-10"

describe("an output never touches a store", () => {
  let sandbox: ReturnType<typeof cliSandbox>
  let ledger: string
  let events: number

  beforeEach(async () => {
    sandbox = cliSandbox()
    ledger = sandbox.store.slice("sqlite:".length)
    expect(
      (
        await sandbox.invoke(
          "import",
          "budget",
          exampleCsv("budget.csv"),
          "--plan",
          PLAN,
          "--period",
          "2009/10",
          "--create",
          "--title",
          "LCSP"
        )
      ).code
    ).toBe(0)
    events = await sandbox.eventCount()
  })

  // Refused in one line naming the file and what it is to the ledger; the ledger is as it was.
  const expectRefused = async (result: { readonly code: number; readonly stderr: string }, what: string): Promise<void> => {
    expect(result.code).toBe(2)
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1)
    expect(result.stderr).toContain(`is ${what}`)
    expect(result.stderr).toContain("writing there would destroy it")
    expect(await sandbox.eventCount()).toBe(events)
    expect((await sandbox.invoke("verify")).code).toBe(0)
  }

  it("refuses show --out naming the ledger, however the path is spelled or linked", async () => {
    mkdirSync(join(sandbox.cwd, "reports"))
    symlinkSync(ledger, join(sandbox.cwd, "reports", "budget.md"))
    linkSync(ledger, join(sandbox.cwd, "hard-link.md"))
    for (const out of [ledger, "ledger.db", "./reports/../ledger.db", "reports/budget.md", "hard-link.md"])
      await expectRefused(await sandbox.invoke("show", "budget", "--plan", PLAN, "--out", out, "--force"), "the ledger itself")
  })

  it("refuses the ledger's write-ahead log, shared memory and journal, existing or not", async () => {
    for (const [suffix, what] of [
      ["-wal", "the ledger's write-ahead log"],
      ["-shm", "the ledger's shared-memory file"],
      ["-journal", "the ledger's rollback journal"]
    ] as const)
      await expectRefused(await sandbox.invoke("show", "plans", "--out", `${ledger}${suffix}`, "--force"), what)
  })

  it("refuses check, history, diff and report --out onto the ledger", async () => {
    linkSync(ledger, join(sandbox.cwd, "report.html"))
    await expectRefused(await sandbox.invoke("check", "--plan", PLAN, "--out", "ledger.db", "--force"), "the ledger itself")
    await expectRefused(await sandbox.invoke("history", "--plan", PLAN, "--out", "ledger.db", "--force"), "the ledger itself")
    await expectRefused(
      await sandbox.invoke("diff", "--plan", PLAN, "--from", "revision:0", "--out", "ledger.db", "--force"),
      "the ledger itself"
    )
    await expectRefused(await sandbox.invoke("report", "--plan", PLAN, "--out", "report.html", "--force"), "the ledger itself")
  })

  it("refuses anchor --append onto the ledger, and appends to any other file", async () => {
    await expectRefused(await sandbox.invoke("anchor", "--append", "ledger.db"), "the ledger itself")
    writeFileSync(join(sandbox.cwd, "anchors.txt"), "earlier line\n")
    expect((await sandbox.invoke("anchor", "--append", "anchors.txt")).code).toBe(0)
    expect(readFileSync(join(sandbox.cwd, "anchors.txt"), "utf8")).toMatch(/^earlier line\nplan-ledger anchor \d+ [0-9a-f]{64} /)
  })

  it("refuses copy --to the ledger it copies from", async () => {
    await expectRefused(await sandbox.invoke("copy", "--from", sandbox.store, "--to", `jsonl:${ledger}`, "--force"), "the ledger itself")
  })

  it("never replaces an existing file without --force, and replaces it with --force", async () => {
    const out = join(sandbox.cwd, "budget.md")
    writeFileSync(out, "kept\n")
    const refused = await sandbox.invoke("show", "budget", "--plan", PLAN, "--out", "budget.md")
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain("--out budget.md already exists: add --force to replace it, or name another file")
    expect(readFileSync(out, "utf8")).toBe("kept\n")
    expect((await sandbox.invoke("show", "budget", "--plan", PLAN, "--out", "budget.md", "--force")).code).toBe(0)
    expect(readFileSync(out, "utf8")).toContain("Behaviour Service")
    const copyTarget = join(sandbox.cwd, "copy.jsonl")
    writeFileSync(copyTarget, "")
    const copyRefused = await sandbox.invoke("copy", "--from", sandbox.store, "--to", `jsonl:${copyTarget}`)
    expect(copyRefused.stderr).toContain("already exists: add --force")
    expect((await sandbox.invoke("copy", "--from", sandbox.store, "--to", `jsonl:${copyTarget}`, "--force")).code).toBe(0)
  })

  it("refuses a JSON-lines ledger's lock, snapshot and side files", async () => {
    const jsonl = join(sandbox.cwd, "ledger.jsonl")
    const store = `jsonl:${jsonl}`
    expect((await sandbox.invoke("copy", "--from", sandbox.store, "--to", store)).code).toBe(0)
    expect((await sandbox.invoke("rebuild", "--store", store)).code).toBe(0)
    writeFileSync(`${jsonl}.torn-2026-11-24T10-00-00-000Z`, "")
    for (const [file, what] of [
      [`${jsonl}.snapshot`, "the ledger's snapshot"],
      [`${jsonl}.lock`, "the ledger's lock"],
      [`${jsonl}.torn-2026-11-24T10-00-00-000Z`, "a side file of the ledger"]
    ] as const) {
      const result = await sandbox.invoke("show", "plans", "--store", store, "--out", file, "--force")
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(`is ${what}`)
    }
    expect(existsSync(`${jsonl}.snapshot`)).toBe(true)
    expect((await sandbox.invoke("verify", "--store", store)).code).toBe(0)
  })
})
