import { execFileSync } from "node:child_process"
import { statSync } from "node:fs"

/** A user and group to run a program as. */
export interface Account {
  readonly uid: number
  readonly gid: number
}

const runningAsRoot = (): boolean => process.getuid?.() === 0

// PostgreSQL refuses to run as root. A root test run (CI, a container) gives the server's
// directory to `nobody`, an account every Linux system has, and runs initdb and pg_ctl as the
// directory's owner; anyone else runs them as themselves.

/** The account a new server directory is given to: `nobody` when running as root, none otherwise. */
export const serverAccount = (): Account | undefined => {
  if (!runningAsRoot()) return undefined
  const id = (flag: string): number => Number(execFileSync("id", [flag, "nobody"], { encoding: "utf8" }).trim())
  return { uid: id("-u"), gid: id("-g") }
}

/** Spawn options that run a program as the owner of `path` when running as root (none otherwise). */
export const asOwnerOf = (path: string): Partial<Account> => {
  if (!runningAsRoot()) return {}
  const { uid, gid } = statSync(path)
  return { uid, gid }
}
