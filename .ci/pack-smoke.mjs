// Packs every publishable package, installs the tarballs into a scratch project outside the
// repository, once with npm and once with pnpm, strict (no hoisting: a package finds only what it
// declares, so an undeclared import fails), and uses them as a stranger would: type-checks and runs the core README's
// examples, runs the fp-ts interop entry from an ES module and from CommonJS, runs the installed
// `plan-ledger demo`, and checks the message for a store package that is not installed.
// Run after `pnpm build`, on any supported Node line: node .ci/pack-smoke.mjs
import { spawnSync } from "node:child_process"
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { basename, join, sep } from "node:path"
import { fileURLToPath } from "node:url"

const repo = fileURLToPath(new URL("..", import.meta.url))
const scratch = mkdtempSync(join(tmpdir(), "plan-ledger-pack-smoke-"))
const tarballs = join(scratch, "tarballs")
const started = Date.now()

// The consumer's own dependencies, from the npm registry: Node's types for the type check, Effect
// for the Effect example, fp-ts and io-ts for the interop entry (optional peers); and the compiler,
// TypeScript 6.
const CONSUMER_DEPENDENCIES = ["@types/node@^22.19.0", "effect@^4.1.5", "fp-ts@^2.16.11", "io-ts@^2.2.22"]
const COMPILER = "typescript@~6.0.3"
// Installed only in the last step: until then the CLI must say how to install it.
const OPTIONAL_STORE = "@plan-ledger/store-postgres"
const DEMO_CONTROLLABLE_TOTAL = "50,222.6"

const step = (title) => console.log(`pack-smoke: ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`)

const fail = (message) => {
  console.error(`pack-smoke: FAILED: ${message}\npack-smoke: the scratch project is kept in ${scratch}`)
  process.exit(1)
}

/** Runs a command; returns its result whatever the exit code. */
const env = { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" }

const run = (command, args, cwd) => {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", env })
  if (result.error !== undefined) fail(`${command} ${args.join(" ")}: ${result.error.message}`)
  return { code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr }
}

/** Runs a command that must succeed; returns its standard output. */
const ok = (command, args, cwd) => {
  const result = run(command, args, cwd)
  if (result.code !== 0) fail(`${command} ${args.join(" ")} exited ${result.code}\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}

const expectContains = (what, text, expected) => {
  if (!text.includes(expected)) fail(`${what} does not contain ${JSON.stringify(expected)}:\n${text}`)
}

// 1. Pack every workspace package that is not private (`pnpm pack` rewrites `workspace:` ranges).
step("packing")
const workspace = JSON.parse(ok("pnpm", ["-r", "ls", "--depth", "-1", "--json"], repo))
const privateNames = new Set(workspace.filter((pkg) => pkg.private === true).map((pkg) => pkg.name))
const published = workspace.filter((pkg) => pkg.private !== true && pkg.path !== repo.replace(/\/$/, ""))
mkdirSync(tarballs, { recursive: true })
ok("pnpm", ["-r", ...[...privateNames].flatMap((name) => ["--filter", `!${name}`]), "pack", "--pack-destination", tarballs], repo)
const tarballOf = new Map(
  published.map((pkg) => [pkg.name, join(tarballs, `${pkg.name.replace(/^@/, "").replace("/", "-")}-${pkg.version}.tgz`)])
)

// 2. Every tarball's manifest: workspace ranges rewritten, no private package depended on,
//    every file the exports map names present, no build info or tests shipped.
step(`checking ${published.length} tarballs`)
const DEPENDENCY_FIELDS = ["dependencies", "peerDependencies", "optionalDependencies"]
for (const [name, tarball] of tarballOf) {
  const manifest = JSON.parse(ok("tar", ["-xOzf", tarball, "package/package.json"], scratch))
  const files = new Set(
    ok("tar", ["-tzf", tarball], scratch)
      .split("\n")
      .filter(Boolean)
      .map((file) => file.replace(/^package\//, ""))
  )
  for (const field of [...DEPENDENCY_FIELDS, "devDependencies"]) {
    for (const [dependency, range] of Object.entries(manifest[field] ?? {})) {
      if (String(range).startsWith("workspace:")) fail(`${name}: ${field}.${dependency} is still ${range} in the tarball`)
    }
  }
  for (const field of DEPENDENCY_FIELDS) {
    for (const dependency of Object.keys(manifest[field] ?? {})) {
      if (privateNames.has(dependency)) fail(`${name}: ${field} names the private package ${dependency}`)
    }
  }
  for (const [entry, conditions] of Object.entries(manifest.exports ?? {})) {
    if (conditions === null || typeof conditions === "string") continue
    for (const condition of ["types", "import", "default"]) {
      const target = conditions[condition]?.replace(/^\.\//, "")
      if (target !== undefined && !files.has(target))
        fail(`${name}: exports["${entry}"].${condition} is ${target}, which the tarball does not contain`)
    }
  }
  for (const bin of Object.values(manifest.bin ?? {})) {
    if (!files.has(bin.replace(/^\.\//, ""))) fail(`${name}: bin ${bin} is not in the tarball`)
  }
  const stray = [...files].filter((file) => file.endsWith(".tsbuildinfo") || file.endsWith(".test.ts"))
  if (stray.length > 0) fail(`${name}: the tarball ships ${stray.join(", ")}`)
}

/**
 * How each package manager installs into the scratch project. pnpm takes the tarballs' own
 * dependencies on each other from the tarballs (overrides), not from the registry, and hoists
 * nothing, so a package that imports what it does not declare fails to load.
 */
const MANAGERS = {
  npm: {
    prepare: () => {},
    install: (app, packages) => ok("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...packages], app)
  },
  pnpm: {
    prepare: (app) =>
      writeFileSync(
        join(app, "pnpm-workspace.yaml"),
        ["hoist: false", "overrides:", ...[...tarballOf].map(([name, tarball]) => `  "${name}": "file:${tarball}"`), ""].join("\n")
      ),
    install: (app, packages) => ok("pnpm", ["add", "--loglevel=error", ...packages], app)
  }
}

const useAsStranger = (manager) => {
  // 3. A scratch project outside the repository, the tarballs installed.
  const app = join(scratch, `app-${manager}`)
  const install = MANAGERS[manager].install
  step(`installing into ${app} with ${manager}`)
  mkdirSync(join(app, "src"), { recursive: true })
  writeFileSync(join(app, "package.json"), `${JSON.stringify({ name: "plan-ledger-consumer", private: true, type: "module" }, null, 2)}\n`)
  MANAGERS[manager].prepare(app)
  const firstInstall = [...tarballOf].filter(([name]) => name !== OPTIONAL_STORE).map(([, tarball]) => tarball)
  install(app, [...firstInstall, ...CONSUMER_DEPENDENCIES, COMPILER])

  // The packages need no native module: SQLite is Node's own (node:sqlite). Nothing may have been
  // compiled (a node-gyp `build/` folder) or installed as a native binary (a `.node` file), and the
  // optional better-sqlite3 driver is not installed unless asked for.
  step("checking that the install compiled nothing")
  const installed = readdirSync(join(app, "node_modules"), { recursive: true }).map(String)
  const native = installed.filter((file) => file.endsWith(".node") || file.endsWith(`${sep}build${sep}Release`))
  if (native.length > 0) fail(`the install brought native modules: ${native.join(", ")}`)
  if (installed.some((file) => file.split(sep).at(-1) === "better-sqlite3" || file.split(sep).at(-1)?.startsWith("better-sqlite3@")))
    fail("the install brought better-sqlite3, an optional peer dependency")

  // 4. The core README's examples (the files it is extracted from) and the interop entry, type-checked
  //    against the published declarations, then run.
  step("type-checking the README examples against the published declarations")
  const embedding = join(repo, "examples", "embedding", "src")
  for (const file of readdirSync(embedding).filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))) {
    copyFileSync(join(embedding, file), join(app, "src", basename(file)))
  }
  writeFileSync(
    join(app, "src", "interop.ts"),
    `import { InMemoryEventStore, Ledger, Period } from "@plan-ledger/core"
import { executePlanTask, NewEventCodec } from "@plan-ledger/core/interop/fp-ts"
import { isRight } from "fp-ts/lib/Either.js"

export const interopExample = async (): Promise<string> => {
  const ledger = Ledger.make({ store: InMemoryEventStore.make() })
  const drafted = await executePlanTask(
    ledger,
    "lcsp-2009-10",
    [{ _tag: "DraftPlan", planId: "lcsp-2009-10", kind: "service-business-plan", title: "LCSP business plan 2009/10", ownerId: "kcc-cfe", period: Period.financialYear("2009/10") }],
    { actor: "finance-officer", reason: "new plan", effectiveDate: Period.CalendarDate.make("2009-04-01") }
  )()
  return isRight(drafted) ? \`drafted \${drafted.right.events.length} event(s); codec rejects junk: \${!isRight(NewEventCodec.decode({}))}\` : drafted.left.message
}
`
  )
  writeFileSync(
    join(app, "src", "main.ts"),
    `import { plainAsyncExample } from "./plainAsync.js"
import { effectExample } from "./withEffect.js"
import { interopExample } from "./interop.js"

console.log(await plainAsyncExample())
console.log(await effectExample())
console.log(await interopExample())
`
  )
  writeFileSync(
    join(app, "tsconfig.json"),
    `${JSON.stringify(
      {
        compilerOptions: {
          strict: true,
          module: "nodenext",
          moduleResolution: "nodenext",
          target: "es2022",
          rootDir: "src",
          outDir: "dist",
          types: ["node"]
        },
        include: ["src"]
      },
      null,
      2
    )}\n`
  )
  ok(join(app, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.json"], app)

  step("running the README examples")
  const examples = ok("node", ["dist/main.js"], app)
  expectContains("the plain async example's output", examples, "controllable £2,565.8k")
  expectContains("the Effect example's output", examples, "draft, £0.0k")
  expectContains("the typed fp-ts interop example's output", examples, "drafted 1 event(s); codec rejects junk: true")

  // 5. The interop entry from an ES module and from CommonJS (require() of the ES module build).
  step("using @plan-ledger/core/interop/fp-ts from ESM and from CommonJS")
  const interopBody = (load) => `${load}
const ledger = Ledger.make({ store: InMemoryEventStore.make() })
const drafted = await executePlanTask(ledger, "lcsp-2009-10", [
  { _tag: "DraftPlan", planId: "lcsp-2009-10", kind: "service-business-plan", title: "LCSP business plan 2009/10", ownerId: "kcc-cfe", period: Period.financialYear("2009/10") }
], { actor: "finance-officer", reason: "new plan", effectiveDate: Period.CalendarDate.make("2009-04-01") })()
if (drafted._tag !== "Right") throw new Error("the draft was refused: " + drafted.left.message)
const again = await executePlanTask(ledger, "lcsp-2009-10", [
  { _tag: "DraftPlan", planId: "lcsp-2009-10", kind: "service-business-plan", title: "A second plan under the same id", ownerId: "kcc-cfe", period: Period.financialYear("2009/10") }
], { actor: "finance-officer", reason: "new plan", effectiveDate: Period.CalendarDate.make("2009-04-01") })()
console.log(drafted.right.events[0].type, again._tag, again.left?._tag, NewEventCodec.decode({})._tag)
`
  writeFileSync(
    join(app, "interop.mjs"),
    interopBody(`import { InMemoryEventStore, Ledger, Period } from "@plan-ledger/core"
import { executePlanTask, NewEventCodec } from "@plan-ledger/core/interop/fp-ts"`)
  )
  writeFileSync(
    join(app, "interop.cjs"),
    `const main = async () => {
${interopBody(`const { InMemoryEventStore, Ledger, Period } = require("@plan-ledger/core")
const { executePlanTask, NewEventCodec } = require("@plan-ledger/core/interop/fp-ts")`)}
}
main().catch((error) => {
  console.error(error)
  process.exit(1)
})
`
  )
  for (const consumer of ["interop.mjs", "interop.cjs"]) {
    const output = ok("node", [consumer], app)
    expectContains(`node ${consumer}`, output, "PlanDrafted Left PlanAlreadyDrafted Left")
  }

  // 6. The installed command line.
  step("running the installed plan-ledger demo")
  const cli = join(app, "node_modules", ".bin", "plan-ledger")
  const demo = ok(cli, ["demo"], app)
  expectContains("plan-ledger demo", demo, "# plan-ledger demo")
  expectContains("plan-ledger demo's budget statement", demo, DEMO_CONTROLLABLE_TOTAL)

  step("opening a JSON-lines store with the installed CLI")
  const missingJsonl = run(cli, ["verify", "--store", "jsonl:ledger.jsonl"], app)
  if (missingJsonl.code !== 2) fail("plan-ledger verify on a JSON-lines ledger that does not exist did not exit 2")
  expectContains("plan-ledger verify on a missing JSON-lines ledger", missingJsonl.stderr, "no ledger at ledger.jsonl")
  ok(cli, ["draft", "--plan", "smoke", "--title", "Smoke", "--period", "2009/10", "--store", "jsonl:ledger.jsonl", "--create"], app)
  const jsonl = ok(cli, ["verify", "--store", "jsonl:ledger.jsonl"], app)
  expectContains("plan-ledger verify on a JSON-lines store", jsonl, "1 event, hash chain intact")

  step(`asking for PostgreSQL without ${OPTIONAL_STORE}`)
  const postgresUrl = "postgres://plan-ledger@127.0.0.1:1/none"
  const missing = run(cli, ["show", "budget", "--plan", "x", "--store", postgresUrl], app)
  if (missing.code === 0) fail(`plan-ledger show budget --store ${postgresUrl} succeeded without ${OPTIONAL_STORE}`)
  expectContains("the missing store package message", missing.stderr, `npm install ${OPTIONAL_STORE}`)

  step(`installing ${OPTIONAL_STORE}: the same command now reaches the store`)
  install(app, [tarballOf.get(OPTIONAL_STORE)])
  const reached = run(cli, ["show", "budget", "--plan", "x", "--store", postgresUrl], app)
  if (reached.code === 0) fail(`plan-ledger show budget --store ${postgresUrl} succeeded against a port nothing listens on`)
  if (reached.stderr.includes(`npm install ${OPTIONAL_STORE}`) || reached.stderr.includes("could not be loaded")) {
    fail(`${OPTIONAL_STORE} is installed, yet the CLI still cannot load it:\n${reached.stderr}`)
  }
  expectContains("the error from a store that is installed but has no server to reach", reached.stderr, "ECONNREFUSED")
}

useAsStranger("npm")
useAsStranger("pnpm")
rmSync(scratch, { recursive: true, force: true })
step("passed")
