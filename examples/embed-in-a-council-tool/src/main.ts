// Runs the council tool on a ledger in the directory named on the command line (default: a
// folder in the system's temporary directory) and prints what it shows.
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { runCouncilTool } from "./councilTool.js"

const directory = process.argv[2] ?? mkdtempSync(join(tmpdir(), "council-tool-"))
process.stdout.write(`${await runCouncilTool(directory)}\n`)
