import { spawnSync } from "node:child_process"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const repositoryRoot = fileURLToPath(new URL("../../..", import.meta.url))
const main = fileURLToPath(new URL("../src/main.ts", import.meta.url))

const plan = (...args: ReadonlyArray<string>) =>
  spawnSync(process.execPath, ["--import", "tsx", "--conditions=@plan-ledger/source", main, ...args], {
    cwd: repositoryRoot,
    encoding: "utf8",
    env: { ...process.env, PLAN_LEDGER_SQLITE_DRIVER: "node:sqlite" }
  })

// Node 22 emits an ExperimentalWarning when node:sqlite is first loaded; Node 24 does not. Run on
// Node 22, this shows the command keeps it from stderr; on later Nodes it shows nothing is printed
// either.
describe(`plan-ledger on node:sqlite (Node ${process.version})`, () => {
  it("writes and reads a ledger with nothing on stderr", () => {
    const store = `sqlite:${join(mkdtempSync(join(tmpdir(), "plan-ledger-warning-")), "ledger.db")}`
    const drafted = plan("draft", "--plan", "quiet-2009-10", "--title", "Quiet", "--period", "2009/10", "--create", "--store", store)
    expect(drafted.stderr).toBe("")
    expect(drafted.status).toBe(0)
    const shown = plan("show", "plans", "--store", store)
    expect(shown.stderr).toBe("")
    expect(shown.stdout).toContain("quiet-2009-10")
  }, 60_000)
})
