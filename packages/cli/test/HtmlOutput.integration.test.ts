import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { VIEWS } from "../src/Spec.js"
import { cliSandbox } from "./CliHarness.js"

const PLAN = "lcsp-business-plan-2009-10"

describe("HTML output: show --format html and report", () => {
  const sandbox = cliSandbox()

  beforeAll(async () => {
    expect((await sandbox.invoke("demo", "--store", sandbox.store)).code).toBe(0)
  })

  it.each(VIEWS)("writes the %s view as one self-contained HTML document", async (view) => {
    const out = `${view}.html`
    const result = await sandbox.invoke("show", view, ...(view === "plans" ? [] : ["--plan", PLAN]), "--format", "html", "--out", out)
    expect(result.stderr).toContain("wrote")
    expect(result.code).toBe(0)
    const html = readFileSync(join(sandbox.cwd, out), "utf8")
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true)
    expect(html).toContain("<caption>")
    expect(html).not.toMatch(/<script|<link /i)
  })

  it("writes check's findings as HTML", async () => {
    const result = await sandbox.invoke("check", "--plan", PLAN, "--on", "2009-09-01", "--format", "html")
    expect(result.stdout).toContain('<ul class="findings" aria-label="Reconciliation findings">')
  })

  it("refuses an .xlsx report for now, writing nothing", async () => {
    const result = await sandbox.invoke("report", "--plan", PLAN, "--out", "report.xlsx")
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("XLSX reports are not supported yet")
    expect(existsSync(join(sandbox.cwd, "report.xlsx"))).toBe(false)
  })

  it("refuses an extension it has no format for, naming the ones it has", async () => {
    const result = await sandbox.invoke("report", "--plan", PLAN, "--out", "report.pdf")
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("use .html or .htm")
  })

  it("says so for a plan the ledger does not hold", async () => {
    const result = await sandbox.invoke("report", "--plan", "no-such-plan", "--out", "report.html")
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("no-such-plan")
    expect(existsSync(join(sandbox.cwd, "report.html"))).toBe(false)
  })
})
