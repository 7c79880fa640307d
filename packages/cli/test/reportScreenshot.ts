// Renders the demo plan's report and saves a screenshot of its variation statement for the
// documentation: `npx tsx --conditions=@plan-ledger/source
// packages/cli/test/reportScreenshot.ts docs/report-screenshot.png` (needs Debian's chromium).
import { join, resolve } from "node:path"
import { openInChromium } from "./Chromium.js"
import { cliSandbox } from "./CliHarness.js"

const target = resolve(process.argv[2] ?? "report-screenshot.png")
const sandbox = cliSandbox()
for (const argv of [
  ["demo", "--store", sandbox.store],
  ["report", "--plan", "lcsp-business-plan-2009-10", "--out", "report.html", "--on", "2009-09-01"]
]) {
  const { code, stderr } = await sandbox.invoke(...argv)
  if (code !== 0) throw new Error(`plan-ledger ${argv.join(" ")} exited ${code}: ${stderr}`)
}
const opened = await openInChromium(join(sandbox.cwd, "report.html"), { width: 1100, height: 1000 })
try {
  await opened.page.locator("#variations").evaluate((section) => section.scrollIntoView())
  await opened.page.screenshot({ path: target })
  console.log(`wrote ${target}`)
} finally {
  await opened.close()
}
