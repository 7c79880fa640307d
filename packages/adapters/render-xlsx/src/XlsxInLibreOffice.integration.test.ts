import { execFileSync, spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { describe, expect, it } from "vitest"
import { kentViews } from "../test/KentWorkbook.js"
import { renderXlsxWorkbook } from "./XlsxRenderer.js"

const sofficeInstalled = spawnSync("soffice", ["--version"], { stdio: "ignore" }).status === 0
const inCi = process.env["CI"] !== undefined && process.env["CI"] !== ""

// A LibreOffice profile of the test's own (so runs never share a lock) that recalculates every
// formula of an .xlsx file on load instead of showing the cached results.
const recalculatingProfile = (folder: string): string => {
  const user = join(folder, "profile", "user")
  mkdirSync(user, { recursive: true })
  writeFileSync(
    join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`
  )
  return pathToFileURL(join(folder, "profile")).href
}

// The CSV filter's options: tab-separated, UTF-8, cells as shown (number formats applied), and
// sheet -1: every sheet to its own file, <name>-<sheet>.csv.
const EVERY_SHEET_AS_SHOWN = "csv:Text - txt - csv (StarCalc):9,34,76,1,,0,false,true,true,false,false,-1"

const sheetRows = (folder: string, sheet: string): ReadonlyArray<ReadonlyArray<string>> =>
  readFileSync(join(folder, `plan-${sheet}.csv`), "utf8")
    .split("\n")
    .map((line) => line.split("\t"))

const rowLabelled = (rows: ReadonlyArray<ReadonlyArray<string>>, column: number, label: string): ReadonlyArray<string> => {
  const row = rows.find((cells) => cells[column] === label)
  if (row === undefined) throw new Error(`no row labelled "${label}"`)
  return row
}

const opensInLibreOffice = async (): Promise<void> => {
  const folder = mkdtempSync(join(tmpdir(), "plan-ledger-xlsx-"))
  try {
    await convertAndCheck(folder)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

const convertAndCheck = async (folder: string): Promise<void> => {
  writeFileSync(join(folder, "plan.xlsx"), await renderXlsxWorkbook(await kentViews()))
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=${recalculatingProfile(folder)}`,
      "--headless",
      "--convert-to",
      EVERY_SHEET_AS_SHOWN,
      "--outdir",
      folder,
      "plan.xlsx"
    ],
    { cwd: folder, stdio: "pipe", timeout: 120_000 }
  )
  // Expected figures: Kent County Council, LCSP Service Level Business Plan 2009/10, the revenue
  // budget table's Controllable Totals and Total Cost of Unit rows and the LCSP Variation Statement.
  const budget = sheetRows(folder, "Budget")
  const totals = rowLabelled(budget, 2, "Controllable Totals")
  expect(totals.slice(0, 11)).toEqual([
    "16,789.8",
    "294.9",
    "Controllable Totals",
    "776.9",
    "37,363.0",
    "13,422.0",
    "0.0",
    "50,785.0",
    "-321.0",
    "-241.4",
    "50,222.6"
  ])
  const totalCost = rowLabelled(budget, 2, "Total Cost of Unit")
  expect([totalCost[0], totalCost[10]]).toEqual(["18,715.4", "51,300.9"])
  const variations = sheetRows(folder, "Variations")
  expect(rowLabelled(variations, 0, "Closing")[3]).toBe("50,222")
  expect(rowLabelled(variations, 0, "Difference")[3]).toBe("0.6")
}

describe("the whole-plan workbook in LibreOffice", () => {
  if (sofficeInstalled || inCi) it("opens, recalculates every formula and shows the projection's totals", opensInLibreOffice, 180_000)
  else
    it.skip(
      "opens, recalculates every formula and shows the projection's totals (skipped: soffice is not installed; `bash .ci/libreoffice-install` installs Debian's LibreOffice Calc)"
    )
})
