import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { verifyProofFile } from "@plan-ledger/verifier"
import type * as Verifier from "@plan-ledger/verifier"
import { build } from "esbuild"
import { chromium } from "playwright-core"
import { describe, expect, it } from "vitest"

// Debian's Chromium (package `chromium`); no browser is downloaded. Locally a missing Chromium skips
// the test; in CI (CI set) it is a failure.
const CHROMIUM = "/usr/bin/chromium"
const skipped = !existsSync(CHROMIUM) && process.env["CI"] === undefined
const why = skipped ? ` (skipped: ${CHROMIUM} is missing)` : ""

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`fixtures/${name}`, import.meta.url)), "utf8")
const proof = fixture("proof.json")
const checkpoint = fixture("checkpoint.txt")
const keys = JSON.parse(fixture("keys.json")) as { readonly log: ReadonlyArray<string>; readonly witnesses: ReadonlyArray<string> }
const forged = proof.replace(/"proof": \[\n\s+"[^"]+"/u, '"proof": [\n"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="')

// The verifier as one script for a page, the way a site would ship it: no Node module, no package.
const bundle = async (): Promise<string> => {
  const entry = fileURLToPath(new URL("../src/index.ts", import.meta.url))
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    globalName: "verifier",
    platform: "browser",
    write: false
  })
  return result.outputFiles[0]?.text ?? ""
}

describe.skipIf(skipped)(`the verifier, bundled and run in Chromium${why}`, () => {
  it("accepts the proof file against the cosigned checkpoint and refuses a forged one, as in Node, making no request", async () => {
    expect(await verifyProofFile(proof, checkpoint, keys.log, keys.witnesses)).toMatchObject({ ok: true })
    const folder = mkdtempSync(join(tmpdir(), "plan-ledger-verifier-"))
    const page = join(folder, "verify.html")
    writeFileSync(page, `<!doctype html><meta charset="utf-8"><script>${await bundle()}</script>`)
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu"] })
    try {
      const tab = await browser.newPage()
      const requests: Array<string> = []
      await tab.route("**/*", (route) =>
        route.request().url() === pathToFileURL(page).href ? route.continue() : (requests.push(route.request().url()), route.abort())
      )
      await tab.goto(pathToFileURL(page).href)
      const verdicts = await tab.evaluate(
        async ({ proof, forged, checkpoint, keys }) => {
          const { verifyProofFile } = (globalThis as unknown as { verifier: typeof Verifier }).verifier
          return [
            await verifyProofFile(proof, checkpoint, keys.log, keys.witnesses),
            await verifyProofFile(forged, checkpoint, keys.log, keys.witnesses)
          ]
        },
        { proof, forged, checkpoint, keys }
      )
      expect(verdicts[0]).toMatchObject({
        ok: true,
        value: { origin: "ledger.example.org/council-plans", treeSize: 20, witnesses: ["witness.example.net/w1"] }
      })
      expect(verdicts[1]).toMatchObject({
        ok: false,
        refusal: { code: "root-mismatch", message: expect.stringContaining("entry 0 (leaf 4)") }
      })
      expect(requests).toEqual([])
    } finally {
      await browser.close()
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
