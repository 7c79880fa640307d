import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, afterEach, describe, expect, it } from "vitest"
import { chooseDriver, loadDriver, SQLITE_DRIVER_VARIABLE } from "./DriverChoice.js"
import { DRIVERS_UNDER_TEST } from "../test/DriversUnderTest.js"
import { resultCodeName } from "./SqliteResultCodes.js"
import { sqliteErrorCode } from "./WriteFailure.js"

const directory = mkdtempSync(join(tmpdir(), "plan-ledger-sqlite-drivers-"))
afterAll(() => rmSync(directory, { recursive: true, force: true }))
let counter = 0
const freshPath = (): string => join(directory, `database-${++counter}.db`)

describe.each(DRIVERS_UNDER_TEST)("the %s driver", (name) => {
  const open = async (path = freshPath()) => (await loadDriver(`sqlite:${path}`, name)).open(path, { readOnly: false })

  it("returns rows as arrays of their columns in order, binding positional and named values", async () => {
    const database = await open()
    expect(database.driver).toBe(name)
    database.exec("CREATE TABLE t (a INTEGER, b TEXT, c TEXT)")
    database.prepare("INSERT INTO t (a, b, c) VALUES (?, ?, ?)").run([1, "one", null])
    database.prepare("INSERT INTO t (a, b, c) VALUES (@a, @b, @c)").run({ a: 2, b: "two", c: "deux" })
    expect(database.prepare("SELECT a, b, c FROM t ORDER BY a").all()).toEqual([
      [1, "one", null],
      [2, "two", "deux"]
    ])
    expect(database.prepare("SELECT b FROM t WHERE a = ?").get([2])).toEqual(["two"])
    expect(database.prepare("SELECT b FROM t WHERE a = ?").get([3])).toBeUndefined()
    expect(database.pragma("user_version")).toBe(0)
    database.close()
    expect(database.isOpen).toBe(false)
  })

  it("commits an immediate transaction, rolls back one that throws, and rolls back nothing when none is open", async () => {
    const database = await open()
    database.exec("CREATE TABLE t (a INTEGER)")
    const insert = database.prepare("INSERT INTO t (a) VALUES (?)")
    expect(database.immediateTransaction(() => (insert.run([1]), "done"))).toBe("done")
    expect(() =>
      database.immediateTransaction(() => {
        insert.run([2])
        throw new Error("refused")
      })
    ).toThrow("refused")
    database.rollbackIfOpen()
    expect(database.prepare("SELECT a FROM t").all()).toEqual([[1]])
    database.close()
  })

  it("names SQLite's result code of a failure as the other driver does", async () => {
    const database = await open()
    database.exec("CREATE TABLE t (a INTEGER UNIQUE)")
    database.prepare("INSERT INTO t (a) VALUES (1)").run()
    const failure = (() => {
      try {
        database.prepare("INSERT INTO t (a) VALUES (1)").run()
      } catch (cause) {
        return cause
      }
      return undefined
    })()
    expect(sqliteErrorCode(failure)).toBe("SQLITE_CONSTRAINT_UNIQUE")
    database.close()
  })

  it("opens a database file's bytes read-only, without the file", async () => {
    const path = freshPath()
    const writer = await open(path)
    writer.exec("CREATE TABLE t (a INTEGER); INSERT INTO t (a) VALUES (7)")
    writer.close()
    const image = (await loadDriver(`sqlite:${path}`, name)).openImage(readFileSync(path))
    rmSync(path)
    expect(image.prepare("SELECT a FROM t").all()).toEqual([[7]])
    image.close()
  })
})

describe("the choice of driver", () => {
  const before = process.env[SQLITE_DRIVER_VARIABLE]
  afterEach(() => {
    if (before === undefined) delete process.env[SQLITE_DRIVER_VARIABLE]
    else process.env[SQLITE_DRIVER_VARIABLE] = before
  })

  it("is the one asked for, else the one PLAN_LEDGER_SQLITE_DRIVER names", () => {
    process.env[SQLITE_DRIVER_VARIABLE] = "better-sqlite3"
    expect(chooseDriver("sqlite:ledger.db", "node:sqlite")).toBe("node:sqlite")
    expect(chooseDriver("sqlite:ledger.db", undefined)).toBe("better-sqlite3")
    process.env[SQLITE_DRIVER_VARIABLE] = "node:sqlite"
    expect(chooseDriver("sqlite:ledger.db", undefined)).toBe("node:sqlite")
  })

  it("refuses a name that is no driver's, saying which names are", () => {
    process.env[SQLITE_DRIVER_VARIABLE] = "sqlite3"
    expect(() => chooseDriver("sqlite:ledger.db", undefined)).toThrow(
      'PLAN_LEDGER_SQLITE_DRIVER is "sqlite3", which is no SQLite driver; set it to node:sqlite or better-sqlite3, or unset it'
    )
  })
})

describe("SQLite result code names", () => {
  it("names primary and extended codes, and an unknown extended code by its primary code", () => {
    expect(resultCodeName(13)).toBe("SQLITE_FULL")
    expect(resultCodeName(1034)).toBe("SQLITE_IOERR_FSYNC")
    expect(resultCodeName(10 | (250 << 8))).toBe("SQLITE_IOERR")
    expect(resultCodeName(14)).toBe("SQLITE_CANTOPEN")
    expect(resultCodeName(8 | (1 << 8))).toBe("SQLITE_READONLY_RECOVERY")
  })
})
