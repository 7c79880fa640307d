import { LedgerEvents } from "@plan-ledger/core/store"
import { MIGRATIONS, openPostgresEventStore } from "@plan-ledger/store-postgres"
import { freshSchemaUrl, POSTGRES_SKIP_REASON, postgresTestUrl } from "@plan-ledger/store-postgres/testkit"
import { describe, expect, it } from "vitest"
import { cliSandbox, exampleCsv } from "./CliHarness.js"

const POSTGRES_TEST_URL = postgresTestUrl()
const PLAN = "lcsp-2009-10"

// Every command that only reads a ledger.
const READING_COMMANDS: ReadonlyArray<ReadonlyArray<string>> = [
  ["show", "plans"],
  ["check", "--plan", PLAN, "--on", "2009-04-01"],
  ["history", "--plan", PLAN],
  ["diff", "--plan", PLAN, "--from", "approval"],
  ["report", "--plan", PLAN, "--out", "report.html"],
  ["verify"],
  ["anchor"]
]

const schemaOf = (url: string): string => new URL(url).searchParams.get("schema") ?? ""

// The test server itself, through a ledger in a schema of its own, answers what other schemas hold.
const onServer = async <Result>(
  work: (query: (sql: string, values: ReadonlyArray<unknown>) => Promise<Array<Record<string, unknown>>>) => Promise<Result>
) => {
  const store = await openPostgresEventStore(freshSchemaUrl(POSTGRES_TEST_URL ?? ""), { events: LedgerEvents })
  try {
    return await work(async (sql, values) => (await store.pool.query(sql, [...values])).rows)
  } finally {
    await store.close()
  }
}

const recordedMigrations = (url: string): Promise<Array<number>> =>
  onServer(async (query) =>
    (await query(`SELECT version FROM ${schemaOf(url)}.schema_migrations ORDER BY version`, [])).map((row) => Number(row["version"]))
  )

describe.skipIf(POSTGRES_TEST_URL === undefined)(
  `reading commands on a PostgreSQL URL${POSTGRES_TEST_URL === undefined ? ` (skipped: ${POSTGRES_SKIP_REASON})` : ""}`,
  () => {
    it("say there is no ledger in a schema that holds none, exit 2 and create nothing", async () => {
      const sandbox = cliSandbox()
      const url = freshSchemaUrl(POSTGRES_TEST_URL ?? "")
      for (const command of READING_COMMANDS) {
        const result = await sandbox.invoke(...command, "--store", url)
        expect({ command, code: result.code, stdout: result.stdout }).toEqual({ command, code: 2, stdout: "" })
        expect(result.stderr).toContain(`no plan-ledger store at schema "${schemaOf(url)}" of this database`)
        expect(result.stderr).toContain("run a writing command such as import first")
      }
      const schemas = await onServer((query) => query("SELECT nspname FROM pg_namespace WHERE nspname = $1", [schemaOf(url)]))
      expect(schemas).toEqual([])
    })

    it("refuse a ledger at an older migration level without migrating it", async () => {
      const sandbox = cliSandbox()
      const url = freshSchemaUrl(POSTGRES_TEST_URL ?? "")
      await (await openPostgresEventStore(url, { events: LedgerEvents })).close()
      const last = MIGRATIONS.length
      await onServer((query) => query(`DELETE FROM ${schemaOf(url)}.schema_migrations WHERE version = $1`, [last]))
      for (const command of READING_COMMANDS) {
        const result = await sandbox.invoke(...command, "--store", url)
        expect(result.code).toBe(2)
        expect(result.stderr).toContain(
          `the ledger's schema is older than this plan-ledger (it lacks migration ${last}), and reading never migrates a ledger`
        )
      }
      expect(await recordedMigrations(url)).toEqual(MIGRATIONS.slice(0, -1).map((migration) => migration.version))
    })

    it("refuse a ledger written by a newer plan-ledger", async () => {
      const sandbox = cliSandbox()
      const url = freshSchemaUrl(POSTGRES_TEST_URL ?? "")
      await (await openPostgresEventStore(url, { events: LedgerEvents })).close()
      const newer = MIGRATIONS.length + 1
      await onServer((query) =>
        query(`INSERT INTO ${schemaOf(url)}.schema_migrations (version, description) VALUES ($1, 'a later plan-ledger')`, [newer])
      )
      const result = await sandbox.invoke("show", "plans", "--store", url)
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(`written by a newer plan-ledger (schema version ${newer}; this one knows up to ${MIGRATIONS.length})`)
    })

    it("read a ledger a writing command created, and the store they open refuses to append", async () => {
      const sandbox = cliSandbox()
      const url = freshSchemaUrl(POSTGRES_TEST_URL ?? "")
      const draft = ["--period", "2009/10", "--create", "--title", "LCSP business plan 2009/10"]
      expect((await sandbox.invoke("import", "budget", exampleCsv("budget.csv"), "--plan", PLAN, ...draft, "--store", url)).code).toBe(0)
      for (const command of [["show", "plans"], ["history", "--plan", PLAN], ["verify"], ["anchor"]]) {
        expect({ command, code: (await sandbox.invoke(...command, "--store", url)).code }).toEqual({ command, code: 0 })
      }
      const reader = await openPostgresEventStore(url, { events: LedgerEvents, access: "read" })
      try {
        await expect(reader.appendToStream(`plan-${PLAN}`, [], { expectedRevision: "any" })).rejects.toMatchObject({
          _tag: "StoreUnavailable",
          detail: "the ledger was opened for reading only; open it for writing to append"
        })
      } finally {
        await reader.close()
      }
    })
  }
)
