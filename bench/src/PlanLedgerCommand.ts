// The `plan-ledger` command the kill harnesses start: the built one, as a user runs it, or the one
// from the source tree through the TypeScript loader (no build needed; each start takes longer).
import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"
import type { WorkerCommand } from "./FaultHarness.js"

/** `plan-ledger` from the source tree, through the TypeScript loader. */
export const sourceCommand: WorkerCommand = {
  executable: process.execPath,
  prefix: [
    "--import",
    "tsx",
    "--conditions=@plan-ledger/source",
    fileURLToPath(new URL("../../packages/cli/src/main.ts", import.meta.url))
  ],
  cwd: fileURLToPath(new URL("../..", import.meta.url))
}

/** The built `plan-ledger` (`packages/cli/dist/main.js`), as a user runs it. */
export const builtCommand: WorkerCommand = {
  executable: process.execPath,
  prefix: [fileURLToPath(new URL("../../packages/cli/dist/main.js", import.meta.url))],
  cwd: fileURLToPath(new URL("..", import.meta.url))
}

/**
 * The command a large run starts: the built one, or with `fromSource` the one from the source
 * tree. A missing build ends the process (exit 2), naming `script`, the package script that builds first.
 */
export const harnessCommand = (fromSource: boolean, script: string): WorkerCommand => {
  const cli = fromSource ? sourceCommand : builtCommand
  if (!existsSync(cli.prefix.at(-1) ?? "")) {
    process.stderr.write(`${cli.prefix.at(-1)} is missing: run the harness with "pnpm ${script}", which builds it first.\n`)
    process.exit(2)
  }
  return cli
}
