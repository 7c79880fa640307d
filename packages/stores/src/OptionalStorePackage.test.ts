import { StoreUnavailable } from "@plan-ledger/eventstore"
import { describe, expect, it } from "vitest"
import { loadOptionalStorePackage } from "./OptionalStorePackage.js"

const POSTGRES_URL = "postgres://ledger@localhost/plans"

/** The error Node's `import()` rejects with when a bare specifier resolves to no package. */
const notFound = (packageName: string, importer: string): Error =>
  Object.assign(new Error(`Cannot find package '${packageName}' imported from ${importer}`), { code: "ERR_MODULE_NOT_FOUND" })

const failure = async (promise: Promise<unknown>): Promise<StoreUnavailable> => {
  const caught = await promise.then(
    () => undefined,
    (error: unknown) => error
  )
  if (!(caught instanceof StoreUnavailable)) throw new Error(`expected a StoreUnavailable, got ${String(caught)}`)
  return caught
}

describe("loadOptionalStorePackage", () => {
  it("returns the module the loader gives for the package", async () => {
    const module = { openPostgresEventStore: () => undefined }
    const loaded = await loadOptionalStorePackage("@plan-ledger/store-postgres", POSTGRES_URL, async (specifier) => {
      expect(specifier).toBe("@plan-ledger/store-postgres")
      return module
    })
    expect(loaded).toBe(module)
  })

  it("names the missing package and the command that installs it", async () => {
    const error = await failure(
      loadOptionalStorePackage("@plan-ledger/store-postgres", POSTGRES_URL, async () => {
        throw notFound("@plan-ledger/store-postgres", "/app/node_modules/@plan-ledger/stores/dist/index.js")
      })
    )
    expect(error.store).toBe(POSTGRES_URL)
    expect(error.message).toBe(
      `${POSTGRES_URL}: this store needs the package @plan-ledger/store-postgres, which is not installed; install it next to @plan-ledger/stores (or next to the plan-ledger command): npm install @plan-ledger/store-postgres`
    )
  })

  it("treats CommonJS resolution's MODULE_NOT_FOUND for the package the same way", async () => {
    const error = await failure(
      loadOptionalStorePackage("@plan-ledger/store-jsonl", "jsonl:ledger.jsonl", async () => {
        throw Object.assign(new Error("Cannot find module '@plan-ledger/store-jsonl'"), { code: "MODULE_NOT_FOUND" })
      })
    )
    expect(error.message).toContain("npm install @plan-ledger/store-jsonl")
  })

  it("reports an installed store package whose own dependency is missing as a load failure, not as missing", async () => {
    const error = await failure(
      loadOptionalStorePackage("@plan-ledger/store-postgres", POSTGRES_URL, async () => {
        throw notFound("pg", "/app/node_modules/@plan-ledger/store-postgres/dist/index.js")
      })
    )
    expect(error.message).toContain("the package @plan-ledger/store-postgres is installed but could not be loaded")
    expect(error.message).toContain("Cannot find package 'pg'")
    expect(error.message).not.toContain("which is not installed")
  })

  it("loads a real installed store package with the default loader", async () => {
    const jsonl = await loadOptionalStorePackage<{ openJsonlEventStore: unknown }>("@plan-ledger/store-jsonl", "jsonl:ledger.jsonl")
    expect(typeof jsonl.openJsonlEventStore).toBe("function")
  })
})
