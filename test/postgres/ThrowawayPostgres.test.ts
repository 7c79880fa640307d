import { exec } from "node:child_process"
import { existsSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { promisify } from "node:util"
import { afterAll, describe, expect, it } from "vitest"
import { crashRestartCommand } from "./CrashRestartCommand.js"
import { serverAccount } from "./ServerAccount.js"
import { startThrowawayPostgres, type ThrowawayPostgres } from "./ThrowawayPostgres.js"

// The postmaster's process id, the first line of its pid file.
const postmasterPid = (server: ThrowawayPostgres): string =>
  readFileSync(join(server.dataDirectory, "postmaster.pid"), "utf8").split("\n")[0] ?? ""

describe("a throwaway PostgreSQL server", () => {
  let server: ThrowawayPostgres | undefined
  afterAll(() => server?.stop())

  it("runs on loopback from a directory of its own, as nobody when started by root, restarts after a crash, and leaves nothing behind", async () => {
    server = await startThrowawayPostgres({ fsync: "off" })
    expect(new URL(server.url).hostname).toBe("127.0.0.1")
    const account = serverAccount()
    if (account !== undefined) expect(statSync(server.dataDirectory).uid).toBe(account.uid)
    else expect(statSync(server.dataDirectory).uid).toBe(process.getuid?.())

    const before = postmasterPid(server)
    await promisify(exec)(crashRestartCommand(server))
    expect(postmasterPid(server)).not.toBe(before)
    expect(readFileSync(server.logFile, "utf8")).toContain("database system was interrupted")

    server.stop()
    expect(existsSync(server.directory)).toBe(false)
  }, 120_000)
})
