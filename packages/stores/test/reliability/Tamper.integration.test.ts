import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { postgresTestUrl } from "@plan-ledger/store-postgres/testkit"
import { afterAll, describe, expect, it } from "vitest"
import { caughtAsExpected, tamperCases } from "./TamperCases.js"

const directory = mkdtempSync(join(tmpdir(), "plan-ledger-tamper-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))

const cases = tamperCases(directory, postgresTestUrl())

describe.each([...new Set(cases.map((tamperCase) => tamperCase.store))])("%s store, tampered behind its back", (store) => {
  it.each(cases.filter((tamperCase) => tamperCase.store === store).map((tamperCase) => [tamperCase.name, tamperCase] as const))(
    "%s is caught",
    async (_name, tamperCase) => {
      const outcome = await tamperCase.run()
      expect({ caught: caughtAsExpected(tamperCase, outcome.caughtBy), ...outcome }).toMatchObject({ caught: true })
    }
  )
})
