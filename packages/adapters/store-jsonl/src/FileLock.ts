import { linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { StoreUnavailable } from "@plan-ledger/eventstore"

// The lock is a directory of numbered holds. Whoever creates hold N+1 (with `link`, which fails if
// the name exists, so exactly one process can) holds the lock; it may do so only after seeing hold
// N released or its process gone. Nobody ever deletes the hold it judged stale — that delete is
// what lets two waiters each remove the lock the other just took — so a takeover cannot race.
const HOLD_DIGITS = 12
const HOLD_NAME = new RegExp(`^\\d{${HOLD_DIGITS}}$`)
const holdName = (hold: number): string => String(hold).padStart(HOLD_DIGITS, "0")
const releasedName = (hold: number): string => `${holdName(hold)}.released`

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (cause) {
    return (cause as NodeJS.ErrnoException).code === "EPERM"
  }
}

const pause = (milliseconds: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, milliseconds))

const latestHold = (names: ReadonlyArray<string>): number =>
  names.reduce((latest, name) => (HOLD_NAME.test(name) ? Math.max(latest, Number(name)) : latest), 0)

// The pid written in a hold, or undefined when the hold is gone (cleaned up after a later one).
const holderOf = (directory: string, hold: number): number | undefined => {
  try {
    return Number(readFileSync(join(directory, holdName(hold)), "utf8"))
  } catch {
    return undefined
  }
}

// Creates the hold with its pid already inside: a hold is never seen empty.
const tryCreateHold = (directory: string, hold: number): boolean => {
  const draft = join(directory, `draft-${process.pid}-${Math.random().toString(36).slice(2)}`)
  writeFileSync(draft, String(process.pid))
  try {
    linkSync(draft, join(directory, holdName(hold)))
    return true
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "EEXIST") return false
    throw cause
  } finally {
    rmSync(draft, { force: true })
  }
}

// Holds before the previous one are no longer looked at by anyone who could still win, so they go.
const removeOldHolds = (directory: string, names: ReadonlyArray<string>, hold: number): void => {
  for (const name of names) {
    const number = Number.parseInt(name, 10)
    if (/^\d/.test(name) && number < hold - 1) rmSync(join(directory, name), { force: true })
  }
}

const acquire = async (directory: string, store: string, timeoutMs: number): Promise<number> => {
  try {
    mkdirSync(directory, { recursive: true })
  } catch (cause) {
    throw new StoreUnavailable({
      store,
      detail: `cannot create the lock directory ${directory} (${(cause as Error).message}); if a file of that name is left from an older plan-ledger and no plan-ledger process is running, delete it`
    })
  }
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const latest = latestHold(readdirSync(directory))
    const holder = latest === 0 ? undefined : holderOf(directory, latest)
    const free = latest === 0 || readdirSync(directory).includes(releasedName(latest)) || (holder !== undefined && !isAlive(holder))
    if (free && tryCreateHold(directory, latest + 1)) {
      const names = readdirSync(directory)
      // A process that read the directory long ago can recreate a hold number already cleaned up;
      // a later hold exists then, and this one steps aside.
      if (latestHold(names) === latest + 1) {
        removeOldHolds(directory, names, latest + 1)
        return latest + 1
      }
      rmSync(join(directory, holdName(latest + 1)), { force: true })
      continue
    }
    if (free) continue
    if (Date.now() > deadline) {
      throw new StoreUnavailable({
        store,
        detail: `another process (pid ${holder ?? "?"}) has held ${directory} for over ${timeoutMs / 1000} s; if it is stuck, stop it — a lock whose process has ended is taken over by itself`
      })
    }
    await pause(2 + Math.random() * 8)
  }
}

// Appends from one process queue here first, so they do not poll the lock directory for each other.
const queues = new Map<string, Promise<unknown>>()

/**
 * Holds the ledger's lock directory (`<path>.lock`) while `work` runs, so two processes never
 * interleave appends. A lock whose holding process has ended is taken over; a live holder is
 * waited for up to `timeoutMs`.
 *
 * @category locking
 * @since 0.1.0
 */
export const withFileLock = <Result>(
  directory: string,
  store: string,
  work: () => Promise<Result>,
  timeoutMs = 10_000
): Promise<Result> => {
  const locked = async (): Promise<Result> => {
    const hold = await acquire(directory, store, timeoutMs)
    try {
      return await work()
    } finally {
      writeFileSync(join(directory, releasedName(hold)), "")
    }
  }
  const previous = queues.get(directory) ?? Promise.resolve()
  const result = previous.then(locked, locked)
  const settled = result.catch(() => undefined)
  queues.set(directory, settled)
  void settled.then(() => {
    if (queues.get(directory) === settled) queues.delete(directory)
  })
  return result
}
