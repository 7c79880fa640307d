// Vitest's global setup: the worker scripts tests start as processes, built once per run into
// plain JavaScript (WorkerBundles.ts). PLAN_LEDGER_TEST_WORKER_BUNDLES maps each script's source
// path to its bundle; a test whose worker is not in it starts the source through tsx.
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { bundleWorkers } from "./WorkerBundles.js"

export const setup = async (): Promise<() => void> => {
  const directory = mkdtempSync(join(tmpdir(), "plan-ledger-workers-"))
  const remove = (): void => rmSync(directory, { recursive: true, force: true })
  process.once("exit", remove)
  try {
    process.env["PLAN_LEDGER_TEST_WORKER_BUNDLES"] = JSON.stringify(await bundleWorkers(directory))
  } catch (error) {
    remove()
    throw error
  }
  return remove
}
