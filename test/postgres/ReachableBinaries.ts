import { cpSync, existsSync, renameSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, parse, relative } from "node:path"
import type { PostgresBinaries } from "./PostgresBinaries.js"
import type { Account } from "./ServerAccount.js"

// Whether another account can reach a file: every folder above it lets others pass through.
const reachableByOthers = (path: string): boolean => {
  const { root } = parse(path)
  for (let folder = dirname(path); folder !== root; folder = dirname(folder)) {
    if ((statSync(folder).mode & 0o001) === 0) return false
  }
  return true
}

/**
 * The PostgreSQL programs where the server's account can run them. Run as root, the server runs
 * as `nobody`, which cannot reach programs installed in a checkout below a private folder (root's
 * home, a `mktemp -d` folder); then the package's programs, libraries and shared files are copied
 * once into a folder of the system's temporary directory that anyone may read, and kept there for
 * later runs.
 */
export const reachableBinaries = (binaries: PostgresBinaries, account: Account | undefined): PostgresBinaries => {
  if (account === undefined || (reachableByOthers(binaries.initdb) && reachableByOthers(binaries.pgCtl))) return binaries
  // The package's `native` folder: bin/, lib/ and share/, which initdb finds beside its own program.
  const native = dirname(dirname(binaries.initdb))
  const copy = join(tmpdir(), `plan-ledger-postgres-${statSync(binaries.initdb).size}-${statSync(native).mtimeMs.toFixed(0)}`)
  if (!existsSync(copy)) {
    const partial = `${copy}.${process.pid}.partial`
    cpSync(native, partial, { recursive: true, verbatimSymlinks: true })
    rmSync(copy, { recursive: true, force: true })
    renameSync(partial, copy)
  }
  return { initdb: join(copy, relative(native, binaries.initdb)), pgCtl: join(copy, relative(native, binaries.pgCtl)) }
}
