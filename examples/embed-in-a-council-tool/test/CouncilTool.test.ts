import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { runCouncilTool } from "../src/councilTool.js"

const directory = mkdtempSync(join(tmpdir(), "council-tool-test-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

describe("a council tool embedding plan-ledger", () => {
  it("retries the save a colleague's concurrent save made stale, and its dashboard shows every plan's controllable total", async () => {
    // Kent County Council, LCSP Service Level Business Plan 2009/10, revenue budget table:
    // Behaviour Service 870.1 + Cognition & Learning 888.1 + Communication & Interaction 596.6.
    const total = (870.1 + 888.1 + 596.6).toFixed(1)
    expect(await runCouncilTool(directory)).toBe(
      [
        "colleague: 1 event recorded",
        "budget lines: 2 events recorded after 1 conflict retry",
        "| plan | budget lines | controllable £000 |",
        "| --- | ---: | ---: |",
        "| ashford-1-lcypp | 0 | 0.0 |",
        `| lcsp-2009-10 | 3 | ${Number(total).toLocaleString("en-GB", { minimumFractionDigits: 1 })} |`
      ].join("\n")
    )
  })
})
