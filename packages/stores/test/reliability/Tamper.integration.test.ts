import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { POSTGRES_SKIP_REASON, postgresTestUrl } from "@plan-ledger/store-postgres/testkit"
import { afterAll, describe, expect, it } from "vitest"
import { caughtAsExpected, tamperCases } from "./TamperCases.js"

const directory = mkdtempSync(join(tmpdir(), "plan-ledger-tamper-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

const POSTGRES_TEST_URL = postgresTestUrl()
const cases = tamperCases(directory, POSTGRES_TEST_URL)

describe.each([...new Set(cases.map((tamperCase) => tamperCase.store))])("%s store, tampered behind its back", (store) => {
  it.each(cases.filter((tamperCase) => tamperCase.store === store).map((tamperCase) => [tamperCase.name, tamperCase] as const))(
    "%s is caught",
    async (_name, tamperCase) => {
      const outcome = await tamperCase.run()
      expect({ caught: caughtAsExpected(tamperCase, outcome.caughtBy), ...outcome }).toMatchObject({ caught: true })
    }
  )
})

// Without a server the PostgreSQL cases are listed as skipped, with the reason, rather than left out.
if (POSTGRES_TEST_URL === undefined) it.skip(`postgres store, tampered behind its back (skipped: ${POSTGRES_SKIP_REASON})`)
