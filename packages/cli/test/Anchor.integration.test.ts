import { copyFileSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { cliSandbox, exampleCsv } from "./CliHarness.js"

const PLAN = "lcsp-2009-10"
const DRAFT = ["--period", "2009/10", "--create", "--title", "LCSP business plan 2009/10"] as const
const ANCHOR_LINE = /^plan-ledger anchor (\d+) ([0-9a-f]{64}) 2026-11-24T10:00:00\.000Z\n$/u

const anchorOf = (stdout: string): { readonly position: number; readonly hash: string } => {
  const match = ANCHOR_LINE.exec(stdout)
  if (match === null) throw new Error(`not an anchor line: ${stdout}`)
  return { position: Number(match[1]), hash: match[2] ?? "" }
}

describe("plan-ledger anchor and verify --expect", () => {
  it("anchors the head after an import, and verify --expect holds for the line, <position>:<hash> and the hash", async () => {
    const sandbox = cliSandbox()
    expect((await sandbox.invoke("import", "budget", exampleCsv("budget.csv"), "--plan", PLAN, ...DRAFT)).code).toBe(0)
    const anchored = await sandbox.invoke("anchor")
    expect(anchored.code).toBe(0)
    const { position, hash } = anchorOf(anchored.stdout)
    expect(position).toBe(await sandbox.eventCount())

    for (const expectation of [anchored.stdout.trim(), `${position}:${hash}`, hash]) {
      const verified = await sandbox.invoke("verify", "--expect", expectation)
      expect(verified.code).toBe(0)
      expect(verified.stdout).toContain(`anchor holds: position ${position} is the anchored event`)
    }
  })

  it("finds the tail of a copy cut off, though the copy's own chain is intact", async () => {
    const sandbox = cliSandbox()
    const ledger = `jsonl:${join(sandbox.cwd, "ledger.jsonl")}`
    const anchors = join(sandbox.cwd, "anchors.txt")
    expect((await sandbox.invoke("import", "budget", exampleCsv("budget.csv"), "--plan", PLAN, ...DRAFT, "--store", ledger)).code).toBe(0)
    const first = await sandbox.invoke("anchor", "--append", anchors, "--store", ledger)
    expect((await sandbox.invoke("import", "variations", exampleCsv("variations.csv"), "--plan", PLAN, "--store", ledger)).code).toBe(0)
    const second = await sandbox.invoke("anchor", "--append", anchors, "--store", ledger)
    expect(readFileSync(anchors, "utf8")).toBe(first.stdout + second.stdout)
    const { position: firstPosition } = anchorOf(first.stdout)
    const { position: secondPosition } = anchorOf(second.stdout)
    expect(secondPosition).toBeGreaterThan(firstPosition)
    expect((await sandbox.invoke("verify", "--expect", anchors, "--store", ledger)).code).toBe(0)

    // A copy of the ledger that lost its last events: one event a line, the tail removed.
    const cut = join(sandbox.cwd, "cut.jsonl")
    const lines = readFileSync(join(sandbox.cwd, "ledger.jsonl"), "utf8").trimEnd().split("\n")
    writeFileSync(cut, `${lines.slice(0, firstPosition).join("\n")}\n`)
    copyFileSync(join(sandbox.cwd, "ledger.jsonl.personal.jsonl"), `${cut}.personal.jsonl`)
    const chainOnly = await sandbox.invoke("verify", "--store", `jsonl:${cut}`)
    expect(chainOnly.code).toBe(0)
    expect(chainOnly.stdout).toContain("hash chain intact")

    const anchoredCheck = await sandbox.invoke("verify", "--expect", anchors, "--store", `jsonl:${cut}`)
    expect(anchoredCheck.code).toBe(1)
    expect(anchoredCheck.stdout).toContain(
      `the ledger ends at position ${firstPosition}, but was anchored at position ${secondPosition}: events were removed`
    )
    // The earlier anchor, given as its line, still holds on the cut copy.
    expect((await sandbox.invoke("verify", "--expect", first.stdout, "--store", `jsonl:${cut}`)).code).toBe(0)
  })

  it("finds a ledger rebuilt with only the first import short of the later anchor", async () => {
    const sandbox = cliSandbox()
    const anchors = join(sandbox.cwd, "anchors.txt")
    expect((await sandbox.invoke("import", "budget", exampleCsv("budget.csv"), "--plan", PLAN, ...DRAFT)).code).toBe(0)
    const first = anchorOf((await sandbox.invoke("anchor")).stdout)
    expect((await sandbox.invoke("import", "variations", exampleCsv("variations.csv"), "--plan", PLAN)).code).toBe(0)
    const second = anchorOf((await sandbox.invoke("anchor", "--append", anchors)).stdout)

    const rebuilt = `sqlite:${join(sandbox.cwd, "rebuilt.db")}`
    expect((await sandbox.invoke("import", "budget", exampleCsv("budget.csv"), "--plan", PLAN, ...DRAFT, "--store", rebuilt)).code).toBe(0)
    const result = await sandbox.invoke("verify", "--expect", anchors, "--store", rebuilt)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(`the ledger ends at position ${first.position}, but was anchored at position ${second.position}`)
    expect(result.stdout.trimEnd().split("\n")).toHaveLength(2)
  })

  it("finds the whole ledger deleted: an empty store, or no ledger file at all", async () => {
    const sandbox = cliSandbox()
    const anchors = join(sandbox.cwd, "anchors.txt")
    expect((await sandbox.invoke("import", "budget", exampleCsv("budget.csv"), "--plan", PLAN, ...DRAFT)).code).toBe(0)
    const { position } = anchorOf((await sandbox.invoke("anchor", "--append", anchors)).stdout)

    const empty = await sandbox.invoke("verify", "--expect", anchors, "--store", "memory:")
    expect(empty.code).toBe(1)
    expect(empty.stdout).toContain(`the ledger ends at position 0, but was anchored at position ${position}: events were removed`)

    const missing = await sandbox.invoke("verify", "--expect", anchors, "--store", `sqlite:${join(sandbox.cwd, "deleted.db")}`)
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain("no ledger at")
  })

  it("anchors an empty ledger as position 0 with no hash, which any ledger holds", async () => {
    const sandbox = cliSandbox()
    const anchored = await sandbox.invoke("anchor", "--store", "memory:")
    expect(anchored.code).toBe(0)
    expect(anchored.stdout).toBe("plan-ledger anchor 0 none 2026-11-24T10:00:00.000Z\n")
    expect((await sandbox.invoke("import", "budget", exampleCsv("budget.csv"), "--plan", PLAN, ...DRAFT)).code).toBe(0)
    const verified = await sandbox.invoke("verify", "--expect", anchored.stdout)
    expect(verified.code).toBe(0)
    expect(verified.stdout).toContain("anchor of an empty ledger holds")
  })

  it("refuses an --expect that is neither an anchor nor a file with one, in one line, exit 2", async () => {
    const sandbox = cliSandbox()
    expect((await sandbox.invoke("import", "budget", exampleCsv("budget.csv"), "--plan", PLAN, ...DRAFT)).code).toBe(0)
    const unknown = await sandbox.invoke("verify", "--expect", "the head")
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/^error: --expect "the head" is not an anchor: .*name a file that holds an anchor line/u)
    expect(unknown.stderr.trimEnd().split("\n")).toHaveLength(1)

    const notes = join(sandbox.cwd, "notes.txt")
    writeFileSync(notes, "minutes of the meeting\n")
    const noLine = await sandbox.invoke("verify", "--expect", notes)
    expect(noLine.code).toBe(2)
    expect(noLine.stderr).toContain("holds no anchor line")
    expect(noLine.stderr.trimEnd().split("\n")).toHaveLength(1)
  })

  it("says so in one line, exit 2, when --append cannot be written", async () => {
    const sandbox = cliSandbox()
    expect((await sandbox.invoke("import", "budget", exampleCsv("budget.csv"), "--plan", PLAN, ...DRAFT)).code).toBe(0)
    const result = await sandbox.invoke("anchor", "--append", join(sandbox.cwd, "no-such-directory", "anchors.txt"))
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /^error: cannot append the anchor to .*anchors\.txt: it, or the directory it should be in, does not exist/u
    )
    expect(result.stdout).toBe("")
  })
})
