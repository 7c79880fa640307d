import { spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { StoreUnavailable } from "@plan-ledger/eventstore"
import { afterAll, describe, expect, it } from "vitest"
import { withFileLock } from "./FileLock.js"

const directory = mkdtempSync(join(tmpdir(), "plan-ledger-lock-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))
let counter = 0
const freshLock = (): string => join(directory, `ledger-${++counter}.jsonl.lock`)

// The pid of a process that has run and ended.
const endedPid = (): number =>
  Number(spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout)

describe("the JSONL lock", () => {
  it("takes over a hold whose process has ended, with the next number, and keeps only the last two holds", async () => {
    const lock = freshLock()
    mkdirSync(lock)
    writeFileSync(join(lock, "000000000041"), String(endedPid()))
    writeFileSync(join(lock, "000000000040"), "1")
    writeFileSync(join(lock, "000000000040.released"), "")
    const seen = await withFileLock(lock, "test", async () => readdirSync(lock).sort())
    expect(seen).toEqual(["000000000041", "000000000042"])
    expect(readdirSync(lock).sort()).toEqual(["000000000041", "000000000042", "000000000042.released"])
  })

  it("waits for a hold whose process is alive and then refuses, naming it", async () => {
    const lock = freshLock()
    mkdirSync(lock)
    writeFileSync(join(lock, "000000000001"), String(process.pid))
    let ran = false
    const refused = await withFileLock(lock, "jsonl:ledger.jsonl", async () => (ran = true), 20).catch((caught: unknown) => caught)
    expect(refused).toMatchObject({
      _tag: "StoreUnavailable",
      store: "jsonl:ledger.jsonl",
      message: expect.stringContaining(`pid ${process.pid}`)
    })
    expect(ran).toBe(false)
  })

  it("runs the work of one process's concurrent callers one at a time, each under its own hold", async () => {
    const lock = freshLock()
    let inside = 0
    let most = 0
    const holds: Array<Array<string>> = []
    await Promise.all(
      Array.from({ length: 20 }, () =>
        withFileLock(lock, "test", async () => {
          inside += 1
          most = Math.max(most, inside)
          holds.push(
            readdirSync(lock)
              .filter((name) => /^\d+$/.test(name))
              .sort()
          )
          await new Promise((resolve) => setImmediate(resolve))
          inside -= 1
        })
      )
    )
    expect(most).toBe(1)
    expect(holds.map((names) => names.at(-1))).toEqual(Array.from({ length: 20 }, (_, index) => String(index + 1).padStart(12, "0")))
  })

  it("is released when the work fails", async () => {
    const lock = freshLock()
    await expect(
      withFileLock(lock, "test", async () => Promise.reject(new StoreUnavailable({ store: "test", detail: "work failed" })))
    ).rejects.toMatchObject({ detail: "work failed" })
    expect(await withFileLock(lock, "test", async () => "again")).toBe("again")
  })
})
