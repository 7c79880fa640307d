#!/usr/bin/env node
import { userInfo } from "node:os"
import { run } from "./Cli.js"
import { dropSqliteExperimentalWarning } from "./SqliteExperimentalWarning.js"
import { makeWriteLog } from "./WriteLog.js"

const user = (): string => {
  try {
    return userInfo().username
  } catch {
    return process.env["USER"] ?? "unknown"
  }
}

// A reader that stops early (`plan-ledger show plan … | head`) closes the pipe: that ends the
// output, not in an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0)
    throw error
  })
}

dropSqliteExperimentalWarning()

// Ctrl-C lets an append under way finish (each is stored whole or not at all), says what was and
// was not stored, and exits 130; a second Ctrl-C exits at once.
const writes = makeWriteLog()
process.once("SIGINT", () => {
  process.once("SIGINT", () => {
    process.stderr.write("stopped at once: an append under way is stored whole or not at all (plan-ledger verify checks the ledger)\n")
    process.exit(130)
  })
  void writes.stop().then((said) => {
    process.stderr.write(`${said}\n`)
    process.exit(130)
  })
})

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: process.stderr.isTTY === true,
  ...(process.stdout.isTTY === true ? { terminalColumns: process.stdout.columns } : {}),
  cwd: process.cwd(),
  env: process.env,
  user: user(),
  now: () => new Date(),
  writes
})
