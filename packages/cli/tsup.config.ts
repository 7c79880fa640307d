import { packageConfig } from "../../tsup.package"

// main.ts is the bin; index.ts is the library entry. The command is shipped bundled: the workspace
// packages it runs on, effect and ts-pattern are compiled in and tree-shaken, and each command,
// renderer, importer and store adapter is a chunk loaded by `import()` only when the command line
// asks for it — so `--help` loads the parser and nothing else. Left outside: commander (CommonJS,
// small, loaded as it is), exceljs (CommonJS, loaded with the workbook reader or writer only
// for an .xlsx file), vega and vega-lite (loaded with the HTML renderer only for HTML output), the optional native SQLite driver (better-sqlite3; node:sqlite is Node's own), the optional PostgreSQL store, and the examples (which read
// their CSV tables next to their own files).
export default packageConfig(
  { index: "src/index.ts", main: "src/main.ts" },
  {
    noExternal: [
      /^@plan-ledger\/(eventstore|core|stores|store-sqlite|store-jsonl|import-csv|import-xlsx|render-csv|render-json|render-markdown|render-xlsx|render-html|verifier)$/u,
      "effect",
      "ts-pattern"
    ],
    external: ["commander", "exceljs", "vega", "vega-lite", "better-sqlite3", "@plan-ledger/store-postgres", /^@plan-ledger\/example-/u],
    splitting: true
  }
)
