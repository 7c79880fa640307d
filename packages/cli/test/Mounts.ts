import { spawnSync } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

const mountCommand = (args: ReadonlyArray<string>): string | undefined => {
  const result = spawnSync("mount", args, { encoding: "utf8" })
  if (result.error !== undefined) return result.error.message
  return result.status === 0 ? undefined : result.stderr.trim() || `mount exited ${result.status}`
}

/**
 * A fresh tmpfs of `size` (such as "1m") mounted on a new directory — a small disk that really
 * fills up, and can be made read-only — or the reason it could not be mounted here (mounting
 * needs root, or CAP_SYS_ADMIN in a container).
 */
export const mountSmallDisk = (size: string): { readonly path: string } | { readonly skipped: string } => {
  const path = mkdtempSync(join(tmpdir(), "plan-ledger-disk-"))
  const failure = mountCommand(["-t", "tmpfs", "-o", `size=${size},mode=0755`, "tmpfs", path])
  if (failure === undefined) return { path }
  rmSync(path, { recursive: true, force: true })
  return {
    skipped: `cannot mount a ${size} tmpfs here (${failure}); run the tests as root to include this case: \`sudo env "PATH=$PATH" pnpm test\``
  }
}

/** Makes a mounted disk read-only: every write to it fails with EROFS, root's included. */
export const remountReadOnly = (path: string): void => {
  const failure = mountCommand(["-o", "remount,ro", path])
  if (failure !== undefined) throw new Error(`cannot remount ${path} read-only: ${failure}`)
}

/** Unmounts a disk from `mountSmallDisk` and removes its directory. */
export const unmountSmallDisk = (path: string): void => {
  spawnSync("umount", [path])
  rmSync(path, { recursive: true, force: true })
}
