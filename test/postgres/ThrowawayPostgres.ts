import { execFile, execFileSync } from "node:child_process"
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { promisify } from "node:util"
import { freeLoopbackPort } from "./FreeLoopbackPort.js"
import { postgresBinaries } from "./PostgresBinaries.js"
import { reachableBinaries } from "./ReachableBinaries.js"
import { type Account, serverAccount } from "./ServerAccount.js"

/** A PostgreSQL server of its own, on loopback, in a temporary directory. */
export interface ThrowawayPostgres {
  /** The superuser `postgres` on the default database, trusted without a password. */
  readonly url: string
  /** Holds the data directory, the server's socket and its log; `stop` removes it. */
  readonly directory: string
  readonly dataDirectory: string
  readonly logFile: string
  /** The server's `pg_ctl`, and the account it runs as when started by root (`nobody`). */
  readonly pgCtl: string
  readonly account: Account | undefined
  /** Stops the server at once and removes its directory. Synchronous, so an exit handler can call it. */
  readonly stop: () => void
}

const run = promisify(execFile)

// Another process may take the free port between asking for it and the server binding it.
const PORT_ATTEMPTS = 3

/**
 * Creates a cluster (initdb) in a new temporary directory and starts it on a free port of
 * 127.0.0.1 with `settings` (server parameters such as `fsync` or `max_connections`). Run as root,
 * the server runs as `nobody` (see ServerAccount.ts). On failure the directory is removed and the
 * error says what the server logged.
 */
export const startThrowawayPostgres = async (settings: Readonly<Record<string, string | number>>): Promise<ThrowawayPostgres> => {
  const account = serverAccount()
  const binaries = reachableBinaries(await postgresBinaries(), account)
  const directory = mkdtempSync(join(tmpdir(), "plan-ledger-postgres-"))
  const dataDirectory = join(directory, "data")
  const logFile = join(directory, "server.log")
  // Its programs run inside the directory: as nobody, the caller's working directory may be unreadable.
  const asOwner = { ...account, cwd: directory }
  const stop = (): void => {
    if (existsSync(join(dataDirectory, "postmaster.pid"))) {
      try {
        execFileSync(binaries.pgCtl, ["stop", "-D", dataDirectory, "-m", "immediate"], { ...asOwner, stdio: "ignore" })
      } catch {
        // Already gone: removing the directory is all that is left to do.
      }
    }
    rmSync(directory, { recursive: true, force: true })
  }
  try {
    if (account !== undefined) chownSync(directory, account.uid, account.gid)
    await run(binaries.initdb, ["-D", dataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], asOwner)
    for (let attempt = 1; ; attempt += 1) {
      const port = await freeLoopbackPort()
      const parameters = { ...settings, port, listen_addresses: "127.0.0.1", unix_socket_directories: directory }
      const options = Object.entries(parameters)
        .map(([name, value]) => `-c ${name}='${value}'`)
        .join(" ")
      try {
        await run(binaries.pgCtl, ["start", "-D", dataDirectory, "-l", logFile, "-w", "-t", "120", "-o", options], asOwner)
        return {
          url: `postgres://postgres@127.0.0.1:${port}/postgres`,
          directory,
          dataDirectory,
          logFile,
          pgCtl: binaries.pgCtl,
          account,
          stop
        }
      } catch (error) {
        const log = existsSync(logFile) ? readFileSync(logFile, "utf8") : ""
        if (attempt < PORT_ATTEMPTS && log.includes("could not bind")) continue
        throw new Error(`PostgreSQL did not start: ${error instanceof Error ? error.message : String(error)}\n${log}`, { cause: error })
      }
    }
  } catch (error) {
    stop()
    throw error
  }
}
