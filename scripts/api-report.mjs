// The public surface of every published package entry, checked against the API reports committed
// beside each package (`<package>/api/<entry>.api.md`), from the declarations the build wrote.
//
//   node scripts/api-report.mjs --check    fails, with the difference, when an entry's surface
//                                          is not its committed report (CI, `pnpm api:check`)
//   node scripts/api-report.mjs --update   rewrites the reports (`pnpm api:update`)
//
// Run `pnpm build` first. API Extractor reads the `.d.ts` files with the TypeScript it bundles.
import { execFileSync } from "node:child_process"
import { existsSync, mkdirSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { Extractor, ExtractorConfig, ExtractorLogLevel } from "@microsoft/api-extractor"

const mode = process.argv[2]
if (mode !== "--check" && mode !== "--update") {
  console.error("usage: node scripts/api-report.mjs --check | --update")
  process.exit(2)
}
const workspace = resolve(dirname(new URL(import.meta.url).pathname), "..")

// Every package a stranger can install, with each entry of its `exports` map that has types.
const entries = execFileSync("git", ["ls-files", "*package.json"], { cwd: workspace, encoding: "utf8" })
  .split("\n")
  .filter((file) => file !== "" && !file.includes("node_modules") && !file.startsWith("test/"))
  .flatMap((file) => {
    const manifest = JSON.parse(readFileSync(join(workspace, file), "utf8"))
    if (manifest.private === true) return []
    return Object.entries(manifest.exports ?? {}).flatMap(([subpath, target]) =>
      target !== null && typeof target === "object" && typeof target.types === "string"
        ? [{ packageFolder: join(workspace, dirname(file)), name: manifest.name, subpath, types: target.types }]
        : []
    )
  })

// `.` is `index`, `./interop/fp-ts` is `interop-fp-ts`.
const reportName = (subpath) => (subpath === "." ? "index" : subpath.slice(2).replaceAll("/", "-"))

// Rules of API Extractor that judge documentation style rather than the surface: the house has
// its own JSDoc conventions (`@category`, `@since`), so they are left out of the reports.
const quiet = { logLevel: ExtractorLogLevel.None }
const messages = {
  compilerMessageReporting: { default: quiet },
  extractorMessageReporting: {
    default: { logLevel: ExtractorLogLevel.Warning, addToApiReportFile: false },
    "ae-missing-release-tag": quiet,
    "ae-undocumented": quiet,
    "ae-forgotten-export": quiet,
    "ae-internal-missing-underscore": quiet,
    "ae-unresolved-link": quiet,
    "ae-wrong-input-file-type": quiet
  },
  tsdocMessageReporting: { default: quiet }
}

// The committed report against the surface found, as a unified diff of at most 60 lines.
const differenceOf = (committed, found) => {
  if (!existsSync(committed)) return "  (no report is committed)"
  try {
    execFileSync("diff", ["-u", committed, found], { encoding: "utf8" })
    return "  (no difference in the report; see API Extractor's messages above)"
  } catch (difference) {
    const lines = String(difference.stdout).split("\n")
    return lines.slice(0, 60).join("\n") + (lines.length > 60 ? `\n  … ${lines.length - 60} more lines` : "")
  }
}

let failed = 0
for (const entry of entries) {
  const mainEntryPointFilePath = join(entry.packageFolder, entry.types)
  const label = `${entry.name}${entry.subpath === "." ? "" : entry.subpath.slice(1)}`
  if (!existsSync(mainEntryPointFilePath)) {
    console.error(`${label}: ${entry.types} is missing; run pnpm build first`)
    failed++
    continue
  }
  const reportTempFolder = join(tmpdir(), "plan-ledger-api", entry.name, reportName(entry.subpath))
  mkdirSync(reportTempFolder, { recursive: true })
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: entry.packageFolder,
      mainEntryPointFilePath,
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            module: "nodenext",
            moduleResolution: "nodenext",
            target: "es2022",
            strict: true,
            skipLibCheck: true,
            typeRoots: [join(workspace, "node_modules/@types")],
            types: ["node"]
          },
          files: [mainEntryPointFilePath]
        }
      },
      apiReport: {
        enabled: true,
        reportFolder: join(entry.packageFolder, "api"),
        reportTempFolder,
        reportFileName: reportName(entry.subpath)
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages
    },
    configObjectFullPath: undefined,
    packageJsonFullPath: join(entry.packageFolder, "package.json")
  })
  mkdirSync(join(entry.packageFolder, "api"), { recursive: true })
  const result = Extractor.invoke(config, { localBuild: mode === "--update", showVerboseMessages: false })
  if (!result.succeeded) {
    failed++
    console.error(`${label}: the public surface differs from api/${reportName(entry.subpath)}.api.md:`)
    console.error(differenceOf(config.reportFilePath, config.reportTempFilePath))
  } else if (result.apiReportChanged) {
    console.log(`${label}: api/${reportName(entry.subpath)}.api.md updated`)
  }
}
if (failed > 0) {
  console.error(
    `\n${failed} of ${entries.length} entries differ from their API reports. If the change is meant, run pnpm api:update and commit the reports (docs/api.md).`
  )
  process.exit(1)
}
console.log(`${entries.length} entries match their API reports.`)
