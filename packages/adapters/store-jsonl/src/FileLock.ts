import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs"
import { StoreUnavailable } from "@plan-ledger/core"

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (cause) {
    return (cause as NodeJS.ErrnoException).code === "EPERM"
  }
}

const pause = (milliseconds: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, milliseconds))

const readHolder = (lockPath: string): number => {
  try {
    return Number(readFileSync(lockPath, "utf8").trim() || Number.NaN)
  } catch {
    return Number.NaN
  }
}

/**
 * Holds an exclusive lock file (`<path>.lock`, created with `O_EXCL`) while `work` runs, so two
 * processes never interleave appends. A lock left by a process that no longer exists is taken
 * over; a live holder is waited for up to `timeoutMs`.
 *
 * @category locking
 * @since 0.1.0
 */
export const withFileLock = async <Result>(lockPath: string, store: string, work: () => Promise<Result>, timeoutMs = 10_000): Promise<Result> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    let descriptor: number | undefined
    try {
      descriptor = openSync(lockPath, "wx")
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code !== "EEXIST") {
        throw new StoreUnavailable({ store, detail: `cannot create the lock file ${lockPath}: ${(cause as Error).message}` })
      }
    }
    if (descriptor !== undefined) {
      try {
        writeSync(descriptor, String(process.pid))
        closeSync(descriptor)
        return await work()
      } finally {
        rmSync(lockPath, { force: true })
      }
    }
    const holder = readHolder(lockPath)
    if (Number.isInteger(holder) && !isAlive(holder)) {
      rmSync(lockPath, { force: true })
      continue
    }
    if (Date.now() > deadline) {
      throw new StoreUnavailable({ store, detail: `another process (pid ${holder}) has held ${lockPath} for over ${timeoutMs / 1000} s; if no plan-ledger process is running, delete the lock file` })
    }
    await pause(5 + Math.random() * 20)
  }
}
