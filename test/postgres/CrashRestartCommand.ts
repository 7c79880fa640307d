import type { ThrowawayPostgres } from "./ThrowawayPostgres.js"

const quoted = (word: string): string => `'${word.replaceAll("'", "'\\''")}'`

/**
 * A shell command that crashes the server and starts it again (`pg_ctl restart -m immediate`), as
 * the fault harness's `--restart-command` takes it. It runs `pg_ctl` itself, as the server's
 * account (`setpriv`, when started by root, since pg_ctl refuses root), from the server's
 * directory: no Node start-up stands between the moment the harness chooses and the crash.
 */
export const crashRestartCommand = (server: ThrowawayPostgres): string =>
  `cd ${quoted(server.directory)} && ` +
  [
    ...(server.account === undefined
      ? []
      : ["setpriv", `--reuid=${server.account.uid}`, `--regid=${server.account.gid}`, "--clear-groups"]),
    server.pgCtl,
    "restart",
    "-D",
    server.dataDirectory,
    "-m",
    "immediate",
    "-w",
    "-t",
    "120",
    "-l",
    server.logFile
  ]
    .map(quoted)
    .join(" ")
