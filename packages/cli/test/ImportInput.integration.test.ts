import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { cliSandbox, exampleCsv } from "./CliHarness.js"

const header =
  "activity,fte,employee_costs,running_costs,contracts_projects,external_income,internal_income,cabinet_member,prior_controllable,prior_fte"
// "Children’s Centres £ pot" as Excel's "CSV (Comma delimited)" writes it: ’ is 0x92, £ is 0xA3.
const windows1252 = Buffer.concat([
  Buffer.from(`${header}\nChildren`),
  Buffer.from([0x92]),
  Buffer.from("s Centres "),
  Buffer.from([0xa3]),
  Buffer.from(" pot,1.0,10.0,0,,0,0,MD,,\n")
])

describe("plan-ledger import reading a file", () => {
  const sandbox = cliSandbox()
  const write = (name: string, content: string | Uint8Array): string => {
    const file = join(sandbox.cwd, name)
    writeFileSync(file, content)
    return file
  }

  it("refuses a Windows-1252 file read as UTF-8, saying where and how to fix it, and writes nothing", async () => {
    const result = await sandbox.invoke(
      "import",
      "budget",
      write("budget.csv", windows1252),
      "--plan",
      "p",
      "--period",
      "2009/10",
      "--create"
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("budget.csv:2:9: byte 0x92 is not valid UTF-8")
    expect(result.stderr).toContain("--encoding windows-1252")
    expect(result.stderr).not.toContain("\uFFFD")
    expect(await sandbox.eventCount()).toBe(0)
  })

  it("imports it with --encoding windows-1252, keeping ’ and £", async () => {
    const result = await sandbox.invoke(
      "import",
      "budget",
      write("budget.csv", windows1252),
      "--plan",
      "p",
      "--period",
      "2009/10",
      "--create",
      "--encoding",
      "windows-1252"
    )
    expect(result.code).toBe(0)
    const plan = await sandbox.json("show", "budget", "--plan", "p", "--format", "json")
    expect(JSON.stringify(plan)).toContain("Children’s Centres £ pot")
  })

  it("reads a UTF-8 file with a byte-order mark, and a UTF-16 one by its mark", async () => {
    const text = readFileSync(exampleCsv("budget.csv"), "utf8")
    expect(
      (await sandbox.invoke("import", "budget", write("bom.csv", `\uFEFF${text}`), "--plan", "bom", "--period", "2009/10", "--create")).code
    ).toBe(0)
    expect(
      (
        await sandbox.invoke(
          "import",
          "budget",
          write("utf16.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])),
          "--plan",
          "utf16",
          "--period",
          "2009/10",
          "--create"
        )
      ).code
    ).toBe(0)
  })

  it("reads a semicolon-delimited file with --delimiter ';' and names the delimiter without it", async () => {
    const file = write("semicolons.csv", `${header.replace(/,/g, ";")}\nBase;0;0;31.9;;0;0;MD;;\n`)
    const refused = await sandbox.invoke("import", "budget", file, "--plan", "semi", "--period", "2009/10", "--create")
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain("semicolons.csv:1:1: this looks semicolon-delimited: use --delimiter ';'")
    expect(
      (await sandbox.invoke("import", "budget", file, "--plan", "semi", "--period", "2009/10", "--create", "--delimiter", ";")).code
    ).toBe(0)
  })

  it("calls a binary file not a text file and echoes none of its bytes", async () => {
    const result = await sandbox.invoke(
      "import",
      "budget",
      write("photo.csv", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])),
      "--plan",
      "p"
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toContain("photo.csv:1:1: this is not a text file")
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(result.stderr).not.toMatch(/[\u0000-\u0009\u000B-\u001F]/)
  })

  it("refuses an unknown encoding or delimiter as a usage error", async () => {
    const file = exampleCsv("budget.csv")
    const encoding = await sandbox.invoke("import", "budget", file, "--plan", "p", "--encoding", "ebcdic")
    expect(encoding.code).toBe(2)
    expect(encoding.stderr).toContain("utf-8, windows-1252, latin1, utf-16le, utf-16be")
    expect((await sandbox.invoke("import", "budget", file, "--plan", "p", "--delimiter", "::")).code).toBe(2)
  })
})

describe("plan-ledger import with rules the plan would break", () => {
  const sandbox = cliSandbox()

  it("lists every broken rule of the file, not only the first, and writes nothing", async () => {
    // Two lines whose incomes are printed positive: the rule is that income is written negative.
    const file = join(sandbox.cwd, "positive-incomes.csv")
    writeFileSync(
      file,
      [
        "activity,fte,employee_costs,running_costs,contracts_projects,external_income,internal_income,cabinet_member,prior_controllable,prior_fte",
        "Behaviour Service,19.5,870.1,0.0,0.0,80.0,0.0,MD,849.1,18.8",
        "Early Years,59.2,1520.3,1185.9,0.0,0.0,140.4,MD,2527.8,59.1"
      ].join("\n")
    )
    const result = await sandbox.invoke(
      "import",
      "budget",
      file,
      "--plan",
      "rules-2009-10",
      "--period",
      "2009/10",
      "--create",
      "--title",
      "Rules"
    )
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('budget line "Behaviour Service": external income is income')
    expect(result.stderr).toContain('budget line "Early Years": internal income is income')
    expect(result.stderr).toContain("2 rules of the plan broken by")
    expect(await sandbox.eventCount()).toBe(0)
  })
})

describe("a large file with one repeated mistake", () => {
  it("is reported in a few lines that count the rows and name them, not one line per row", async () => {
    const sandbox = cliSandbox()
    const rows = Array.from({ length: 50_000 }, (_, index) => `Line ${index},one,10.0,0.0,,0.0,0.0,MD,9.0,1.0`)
    const file = join(sandbox.cwd, "budget.csv")
    writeFileSync(file, `${header}\n${rows.join("\n")}\n`)
    const { code, stderr } = await sandbox.invoke(
      "import",
      "budget",
      file,
      "--plan",
      "big",
      "--period",
      "2009/10",
      "--create",
      "--title",
      "Big"
    )
    expect(code).toBe(2)
    const lines = stderr.trimEnd().split("\n")
    expect(lines).toHaveLength(5)
    expect(lines[3]).toBe(`${file} (fte): 49,997 more like the above, on lines 5–50,001`)
    expect(lines[4]).toBe(`50,000 problems in ${file}; nothing was imported.`)
    expect(await sandbox.eventCount()).toBe(0)
  })
})
