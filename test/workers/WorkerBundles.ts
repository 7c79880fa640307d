import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { build, type Plugin } from "esbuild"

const ROOT = fileURLToPath(new URL("../..", import.meta.url))

/** The scripts tests start as separate processes, from the repository's root. */
export const WORKER_SOURCES = [
  "packages/stores/test/appendWorker.ts",
  "packages/stores/test/reliability/storeSessionWorker.ts",
  "bench/src/faultWorker.ts"
] as const

// @plan-ledger/stores imports these by a name computed at run time (loadOptionalStorePackage),
// which no bundler follows: each is built as an entry of its own and laid out as a package in the
// bundles' node_modules, so that import finds it as it would find the installed package.
const optionalStorePackages = (): Array<string> =>
  Object.keys(
    (JSON.parse(readFileSync(join(ROOT, "packages/stores/package.json"), "utf8")) as { peerDependencies: object }).peerDependencies
  )

// An entry that is the optional store package as @plan-ledger/stores resolves it.
const OPTIONAL_STORE = "optional-store"
const optionalStoreEntries: Plugin = {
  name: "optional-store-entries",
  setup(context) {
    context.onResolve({ filter: new RegExp(`^${OPTIONAL_STORE}:`) }, (args) => ({
      path: args.path.slice(OPTIONAL_STORE.length + 1),
      namespace: OPTIONAL_STORE
    }))
    context.onLoad({ filter: /.*/, namespace: OPTIONAL_STORE }, (args) => ({
      contents: `export * from ${JSON.stringify(args.path)}`,
      resolveDir: join(ROOT, "packages/stores"),
      loader: "js"
    }))
  }
}

// Everything outside the workspace stays an import of the installed file, by its absolute path:
// native modules and their files are used where they are, and only the workspace's TypeScript is bundled.
// An optional peer the workspace does not install (better-sqlite3) stays an import by its name, as
// in the published command: a worker that asks for it gets the store's own "cannot be loaded" error.
const installedPackagesStayExternal: Plugin = {
  name: "installed-packages-stay-external",
  setup(context) {
    context.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith("node:") || args.path.startsWith("@plan-ledger/") || args.pluginData === "resolving") return undefined
      if (args.path === "better-sqlite3") return { path: args.path, external: true }
      const resolved = await context.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: "resolving" })
      return resolved.errors.length > 0 ? { errors: resolved.errors } : { path: resolved.path, external: true }
    })
  }
}

/**
 * Builds every worker script, with the workspace's sources it imports, into plain JavaScript in
 * `directory`: a process started on it skips the TypeScript loader, which costs more than a second
 * of CPU at each start. Returns each source's absolute path with its bundle's.
 */
export const bundleWorkers = async (directory: string): Promise<Record<string, string>> => {
  const workers = Object.fromEntries(WORKER_SOURCES.map((source) => [source.replace(/\.ts$/, ""), join(ROOT, source)]))
  const stores = Object.fromEntries(optionalStorePackages().map((name) => [`node_modules/${name}/index`, `${OPTIONAL_STORE}:${name}`]))
  await build({
    entryPoints: { ...workers, ...stores },
    outdir: directory,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node22",
    conditions: ["@plan-ledger/source"],
    absWorkingDir: ROOT,
    plugins: [optionalStoreEntries, installedPackagesStayExternal],
    logLevel: "error"
  })
  for (const name of optionalStorePackages()) {
    mkdirSync(join(directory, "node_modules", name), { recursive: true })
    writeFileSync(join(directory, "node_modules", name, "package.json"), JSON.stringify({ name, type: "module", exports: "./index.mjs" }))
  }
  return Object.fromEntries(WORKER_SOURCES.map((source) => [join(ROOT, source), join(directory, source.replace(/\.ts$/, ".mjs"))]))
}
