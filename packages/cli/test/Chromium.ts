import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { chromium, type Page } from "playwright-core"

/** Debian's Chromium (package `chromium`); no browser is downloaded. */
export const CHROMIUM = "/usr/bin/chromium"

/** Whether Debian's Chromium is installed. */
export const chromiumInstalled = (): boolean => existsSync(CHROMIUM)

// Headless, and quiet on the network: nothing the browser does on its own (updates, sync,
// background fetches) can pass for a request made by the page.
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
]

/** A page of a file opened in Chromium, what it logged as errors and every request it made. */
export interface OpenedFile {
  readonly page: Page
  readonly consoleErrors: ReadonlyArray<string>
  readonly requests: ReadonlyArray<string>
  readonly dialogs: ReadonlyArray<string>
  readonly close: () => Promise<void>
}

/**
 * Opens a local file in headless Chromium with a fresh profile. Every request other than the file
 * itself is recorded and aborted; console errors, page errors and dialogs (an `alert` run by
 * injected markup) are recorded.
 */
export const openInChromium = async (file: string, viewport = { width: 1280, height: 900 }): Promise<OpenedFile> => {
  const profile = mkdtempSync(join(tmpdir(), "plan-ledger-chromium-"))
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport })
  const url = pathToFileURL(file).href
  const consoleErrors: Array<string> = []
  const requests: Array<string> = []
  const dialogs: Array<string> = []
  await context.route("**/*", (route) => (route.request().url() === url ? route.continue() : route.abort()))
  context.on("request", (request) => {
    if (request.url() !== url) requests.push(request.url())
  })
  const page = context.pages()[0] ?? (await context.newPage())
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text())
  })
  page.on("pageerror", (error) => consoleErrors.push(error.message))
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto(url, { waitUntil: "load" })
  return {
    page,
    consoleErrors,
    requests,
    dialogs,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    }
  }
}
