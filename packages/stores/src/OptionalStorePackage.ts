import { StoreUnavailable } from "@plan-ledger/eventstore"

/**
 * Loads a module by its specifier: `import()` when opening a store, a stand-in in tests.
 *
 * @category models
 * @since 0.1.0
 */
export type ModuleLoader = (specifier: string) => Promise<unknown>

const importModule: ModuleLoader = (specifier) => import(specifier)

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/**
 * Whether a failed import failed because the package itself is not installed — Node names the
 * missing package in quotes (`Cannot find package '@plan-ledger/store-postgres' imported from …`).
 * A store package that is installed but misses its own dependency names that dependency instead.
 */
const isNotInstalled = (error: unknown, packageName: string): boolean => {
  if (typeof error !== "object" || error === null || !("code" in error)) return false
  const { code } = error
  return (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") && errorText(error).includes(`'${packageName}'`)
}

/**
 * Loads a store package that `@plan-ledger/stores` lists as an optional peer dependency, only
 * when a URL asks for its store. A package that is not installed is a `StoreUnavailable` naming
 * the package and the command that installs it; one that is installed but fails to load is a
 * `StoreUnavailable` carrying the loader's message.
 *
 * @example
 * import { loadOptionalStorePackage } from "@plan-ledger/stores"
 * const postgres = await loadOptionalStorePackage<typeof import("@plan-ledger/store-postgres")>(
 *   "@plan-ledger/store-postgres",
 *   "postgres://localhost/ledger"
 * )
 *
 * @category loaders
 * @since 0.1.0
 */
export const loadOptionalStorePackage = async <Module>(
  packageName: string,
  url: string,
  load: ModuleLoader = importModule
): Promise<Module> => {
  try {
    return (await load(packageName)) as Module
  } catch (error) {
    if (isNotInstalled(error, packageName)) {
      throw new StoreUnavailable({
        store: url,
        detail: `this store needs the package ${packageName}, which is not installed; install it next to @plan-ledger/stores (or next to the plan-ledger command): npm install ${packageName}`
      })
    }
    throw new StoreUnavailable({
      store: url,
      detail: `the package ${packageName} is installed but could not be loaded (${errorText(error)}); reinstall it: npm install ${packageName}`
    })
  }
}
