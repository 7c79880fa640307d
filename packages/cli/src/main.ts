#!/usr/bin/env node
import { userInfo } from "node:os"
import { run } from "./Cli.js"

const user = (): string => {
  try {
    return userInfo().username
  } catch {
    return process.env["USER"] ?? "unknown"
  }
}

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  interactive: process.stderr.isTTY === true,
  cwd: process.cwd(),
  env: process.env,
  user: user(),
  now: () => new Date()
})
