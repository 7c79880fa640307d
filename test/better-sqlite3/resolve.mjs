// Points the bare name "better-sqlite3" at this project's copy in a process started with
// `node --import <this file>`: the workspace installs no native module, so the SQLite store's own
// `import("better-sqlite3")` would find none there. The drivers benchmark (bench/src/sqliteDrivers.ts)
// starts its better-sqlite3 processes so.
import { registerHooks } from "node:module"

const copy = new URL("./node_modules/better-sqlite3/lib/index.js", import.meta.url).href

registerHooks({
  resolve: (specifier, context, nextResolve) => nextResolve(specifier === "better-sqlite3" ? copy : specifier, context)
})
