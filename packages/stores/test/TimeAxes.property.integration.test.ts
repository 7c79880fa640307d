import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { timeAxesProperty } from "@plan-ledger/core/testkit"
import { freshSchemaUrl, POSTGRES_SKIP_REASON, postgresTestUrl } from "@plan-ledger/store-postgres/testkit"
import { afterAll, describe, it } from "vitest"
import { openStore } from "../src/index.js"

// The views-as-of-a-point property, run by every store through the same URLs users give.
const POSTGRES_TEST_URL = postgresTestUrl()
const directory = mkdtempSync(join(tmpdir(), "plan-ledger-time-axes-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))
let files = 0
const freshFile = (extension: string): string => join(directory, `ledger-${(files += 1)}.${extension}`)

timeAxesProperty("memory", { open: () => openStore("memory:") })
timeAxesProperty("jsonl", { open: () => openStore(`jsonl:${freshFile("jsonl")}`) })
timeAxesProperty("sqlite", { open: () => openStore(`sqlite:${freshFile("db")}`) })
if (POSTGRES_TEST_URL === undefined)
  describe("views as of a point on two time axes: postgres", () => it.skip(`(skipped: ${POSTGRES_SKIP_REASON})`))
else timeAxesProperty("postgres", { open: () => openStore(freshSchemaUrl(POSTGRES_TEST_URL)), numRuns: 40 })
