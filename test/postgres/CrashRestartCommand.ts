import { fileURLToPath } from "node:url"
import type { ThrowawayPostgres } from "./ThrowawayPostgres.js"

const ROOT = fileURLToPath(new URL("../..", import.meta.url))

const quoted = (word: string): string => `'${word.replaceAll("'", "'\\''")}'`

/**
 * A shell command that crashes the server and starts it again (`pg_ctl restart -m immediate`, as
 * the server's owner), as the fault harness's `--restart-command` takes it. It runs from the
 * repository's root, where `tsx` is installed.
 */
export const crashRestartCommand = (server: ThrowawayPostgres): string =>
  `cd ${quoted(ROOT)} && ` +
  [process.execPath, "--import", "tsx", "test/postgres/pgCtlAsOwner.ts", server.dataDirectory]
    .concat(["restart", "-m", "immediate", "-w", "-t", "120", "-l", server.logFile])
    .map(quoted)
    .join(" ")
