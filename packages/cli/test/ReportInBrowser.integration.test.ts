import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { CHROMIUM, chromiumInstalled, openInChromium, type OpenedFile } from "./Chromium.js"
import { cliSandbox } from "./CliHarness.js"

// Kent County Council, LCSP Service Level Business Plan 2009/10: the budget table's Controllable
// Totals row (controllable expenditure 50,222.6; FTE 776.9, also the staffing table's total) and
// the LCSP Variation Statement, whose ten base adjustments and five MTP lines give the waterfall
// fifteen steps between the opening and the closing budget.
const PLAN = "lcsp-business-plan-2009-10"
const CONTROLLABLE_TOTAL = "50,222.6"
const TOTAL_FTE = "776.9"
const WATERFALL_BARS = 15 + 2

const IMAGE = "<img src=x onerror=alert(1)>"

// The eight bytes every PNG file begins with.
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

const OUTPUT = fileURLToPath(new URL("../test-output/", import.meta.url))

// Locally the test needs Debian's Chromium; in CI (CI set) a missing Chromium is a failure, not a skip.
const inCi = process.env["CI"] !== undefined
const skipped = !chromiumInstalled() && !inCi
const why = skipped ? ` (skipped: ${CHROMIUM} is missing; \`bash .ci/chromium-install\` installs Debian's chromium)` : ""

describe.skipIf(skipped)(`the demo plan's report, opened in Chromium${why}`, () => {
  const sandbox = cliSandbox()
  let report: OpenedFile | undefined
  let hostile: OpenedFile | undefined

  beforeAll(async () => {
    expect(chromiumInstalled(), `${CHROMIUM} is missing: .ci/chromium-install installs Debian's chromium package`).toBe(true)
    expect((await sandbox.invoke("demo", "--store", sandbox.store)).code).toBe(0)
    const written = await sandbox.invoke("report", "--plan", PLAN, "--out", "report.html", "--on", "2009-09-01")
    expect(written.stderr).toContain("wrote")
    expect(written.code).toBe(0)
    const budget = join(sandbox.cwd, "hostile-budget.csv")
    writeFileSync(
      budget,
      `activity,fte,employee_costs,running_costs,contracts_projects,external_income,internal_income,cabinet_member,prior_controllable,prior_fte\n"${IMAGE}",1.0,10,0,,-1,0,MD,9,1\n`
    )
    expect(
      (await sandbox.invoke("import", "budget", budget, "--plan", "hostile", "--period", "2009/10", "--create", "--title", IMAGE)).code
    ).toBe(0)
    expect((await sandbox.invoke("report", "--plan", "hostile", "--out", "hostile.html", "--on", "2009-09-01")).code).toBe(0)
    report = await openInChromium(join(sandbox.cwd, "report.html"))
    hostile = await openInChromium(join(sandbox.cwd, "hostile.html"))
  }, 120_000)

  afterAll(async () => {
    await report?.close()
    await hostile?.close()
  })

  const opened = (file: OpenedFile | undefined): OpenedFile => {
    if (file === undefined) throw new Error("the report was not opened")
    return file
  }

  it("shows the controllable total and the total FTE in the budget table's cells", async () => {
    const { page } = opened(report)
    const totals = page.getByRole("row", { name: /Controllable Totals/ }).first()
    await expect(totals.getByRole("cell", { name: CONTROLLABLE_TOTAL, exact: true }).count()).resolves.toBe(1)
    await expect(totals.getByRole("cell", { name: TOTAL_FTE, exact: true }).count()).resolves.toBe(1)
    await expect(page.getByRole("table", { name: /Budget statement 2009\/10/ }).isVisible()).resolves.toBe(true)
  })

  it("draws the waterfall's bars, and names and describes the chart in text", async () => {
    const { page } = opened(report)
    const chart = page.getByRole("img", { name: /Variation statement as a waterfall/ })
    await expect(chart.count()).resolves.toBe(1)
    await expect(chart.locator('[aria-roledescription="bar"]').count()).resolves.toBe(WATERFALL_BARS)
    const box = await chart.locator('[aria-roledescription="bar"]').first().boundingBox()
    expect(box?.width ?? 0).toBeGreaterThan(0)
    await expect(page.locator("#variation-waterfall-description").textContent()).resolves.toContain(
      `controllable total is ${CONTROLLABLE_TOTAL}`
    )
  })

  it("logs no console error and makes no request", () => {
    expect(opened(report).consoleErrors).toEqual([])
    expect(opened(report).requests).toEqual([])
  })

  it("saves a full-page screenshot: a PNG as wide as the window and as tall as the whole report", async () => {
    mkdirSync(OUTPUT, { recursive: true })
    const { page } = opened(report)
    const png = await page.screenshot({ path: join(OUTPUT, "report.png"), fullPage: true })
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
    const size = await page.evaluate<{ readonly width: number; readonly height: number; readonly scale: number }>(
      "({ width: document.documentElement.clientWidth, height: document.documentElement.scrollHeight, scale: devicePixelRatio })"
    )
    // The image header (IHDR) holds the width and height, big-endian, at bytes 16 and 20.
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
      width: size.width * size.scale,
      height: size.height * size.scale
    })
    expect(size.height).toBeGreaterThan(900)
  })

  it("shows an activity named as markup as text, and runs nothing from it", async () => {
    const { page, dialogs, consoleErrors, requests } = opened(hostile)
    await expect(page.locator("img").count()).resolves.toBe(0)
    await expect(page.getByRole("rowheader", { name: IMAGE, exact: true }).count()).resolves.toBe(1)
    await expect(page.locator("h1").textContent()).resolves.toContain(IMAGE)
    expect(dialogs).toEqual([])
    expect(consoleErrors).toEqual([])
    expect(requests).toEqual([])
  })
})
