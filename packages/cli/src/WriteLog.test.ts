import { describe, expect, it } from "vitest"
import { makeWriteLog } from "./WriteLog.js"

const TABLES = ["the themes table", "the priorities table", "the actions table"]

describe("what Ctrl-C says was stored", () => {
  it("names what was not stored when nothing was", async () => {
    const writes = makeWriteLog()
    writes.expect("import", ["the budget table from budget.csv into plan p"])
    expect(await writes.stop()).toBe("stopped: nothing of the budget table from budget.csv into plan p was stored")
  })

  it("says the work was complete when every part was stored", async () => {
    const writes = makeWriteLog()
    writes.expect("import", ["the budget table from budget.csv into plan p"])
    await writes.append("plan-p", async () => "appended")
    expect(await writes.stop()).toBe("stopped after the import was complete: the budget table from budget.csv into plan p is recorded")
  })

  it("counts the parts stored and names those that were not, an append that failed among them", async () => {
    const writes = makeWriteLog()
    writes.expect("load", TABLES)
    await writes.append("plan-p", async () => "appended")
    await expect(writes.append("plan-p", () => Promise.reject(new Error("conflict")))).rejects.toThrow("conflict")
    expect(await writes.stop()).toBe(
      "stopped: 1 of 3 recorded (the themes table); nothing of the priorities table; the actions table was stored"
    )
  })

  it("waits for the append under way, which is stored whole, and starts no other", async () => {
    const writes = makeWriteLog()
    writes.expect("load", TABLES)
    let finish: (value: string) => void = () => undefined
    void writes.append("plan-p", () => new Promise<string>((resolve) => (finish = resolve)))
    const said = writes.stop()
    let started = false
    void writes.append("plan-p", async () => {
      started = true
      return "appended"
    })
    finish("appended")
    expect(await said).toBe("stopped: 1 of 3 recorded (the themes table); nothing of the priorities table; the actions table was stored")
    expect(started).toBe(false)
  })

  it("names the appends by their label when no parts were named, and adds what was done at the stop", async () => {
    const writes = makeWriteLog()
    writes.onStop(() => "the temporary ledger is removed")
    expect(await makeWriteLog().stop()).toBe("stopped")
    await writes.append("'Title page'", async () => "appended")
    expect(await writes.stop()).toBe(
      "stopped: 1 append recorded (the last: 'Title page'); nothing more was stored; the temporary ledger is removed"
    )
  })
})
