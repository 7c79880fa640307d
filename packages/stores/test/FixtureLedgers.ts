import { copyFileSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import type { EventStore, RecordedEvent } from "@plan-ledger/core"
import { afterAll } from "vitest"

/** The path of a committed ledger or table in `test/fixtures` (see its README.md). */
export const fixture = (name: string): string => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url))

/**
 * A committed ledger written by an earlier plan-ledger, in each file store: `<name>.jsonl` and
 * `<name>.db`, with the URL that opens each.
 */
export const fixtureLedgers = (name: string) =>
  [
    { store: "JSON-lines", file: `${name}.jsonl`, url: (path: string) => `jsonl:${path}` },
    { store: "SQLite", file: `${name}.db`, url: (path: string) => `sqlite:${path}` }
  ] as const

/**
 * A temporary folder of the calling test file, removed after it, for copies of fixtures (opening a
 * store may take a lock beside its file, and appending changes it, so each test reads a copy) and
 * for the stores a test writes.
 */
export const scratchFolder = (prefix: string) => {
  const directory = mkdtempSync(join(tmpdir(), prefix))
  afterAll(() => rmSync(directory, { recursive: true, force: true }))
  const pathFor = (name: string): string => join(directory, name)
  return {
    pathFor,
    copyOfFixture: (name: string): string => {
      const path = pathFor(`${Math.random().toString(36).slice(2)}-${name}`)
      copyFileSync(fixture(name), path)
      return path
    }
  }
}

/** Every event of a store, in global order. */
export const everyEvent = async (store: EventStore): Promise<ReadonlyArray<RecordedEvent>> => {
  const events: Array<RecordedEvent> = []
  for await (const event of store.readAll()) events.push(event)
  return events
}
