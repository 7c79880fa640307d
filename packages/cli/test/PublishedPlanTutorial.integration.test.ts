import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { cliSandbox } from "./CliHarness.js"

// The section "A published plan, checked by anyone" of docs/auditing.md is checked against this
// test: every `console` block after the section's marker is a step this test runs, at the instant
// given here, and what it printed, with the exit code each step must have. Keys are random and the
// ledger's hashes follow from its random event ids, so key ids, keys, roots and signatures are
// shown as placeholders. UPDATE_DOCS=1 rewrites the section's blocks from a fresh run.
const UPDATE = process.env["UPDATE_DOCS"] === "1"
const REGENERATE =
  "docs/auditing.md is out of date: regenerate it with UPDATE_DOCS=1 npx vitest run packages/cli/test/PublishedPlanTutorial.integration.test.ts"
const docs = (name: string): string => fileURLToPath(new URL(`../../../docs/${name}`, import.meta.url))
const TUTORIAL = docs("auditing.md")
/** Where the section's blocks begin; the blocks before it are the auditing tutorial's. */
const PUBLISHED_PLAN_MARKER = "<!-- published-plan -->"
const CONSOLE_BLOCK = /```console\n[\s\S]*?```/gu

const PLAN = "lcsp-2009-10"
const ORIGIN = "ledger.example.org/council-plans"
const KEY = "keys/ledger.example.org_council-plans.key"
const PUBLISHED_VKEY = "published/ledger.example.org_council-plans.vkey"
const AUDITOR = "audit.example.net"
const AUDITOR_KEY = `auditor-keys/${AUDITOR}.key`
const AUDITOR_VKEY = `auditor-keys/${AUDITOR}.vkey`
const REWRITTEN = "rewritten.db"
const OFFICER = ["--actor", "LCSP finance officer"]
const RESTATEMENT = [
  "--reason",
  "the draft carried the 2008-09 Behaviour Service figure; the row labelled Other Centres holds the Children's Centres budget",
  "--authority",
  "Cabinet Member decision 09/01234"
]

type Sandbox = ReturnType<typeof cliSandbox>

// One step of the story: a command at an instant, the exit code it must have, and whether the page
// shows it; or something done to the files between commands.
type Step =
  | { readonly at: string; readonly argv: ReadonlyArray<string>; readonly exit: number; readonly shown: boolean }
  | { readonly list: string }
  | { readonly cat: string }
  | { readonly edit: (cwd: string) => void }

// The auditing tutorial's story, from the tutorial's two tables, with `store` added to each command
// (none: the sandbox's own store): the draft, its budget and the approval, then the restatement
// with `restatement`'s reason and authority (none: no restatement).
const story = (store: ReadonlyArray<string>, restatement: ReadonlyArray<string>): ReadonlyArray<Step> => [
  {
    at: "2009-02-02T09:00:00Z",
    argv: [
      ...["draft", "--plan", PLAN, "--title", "LCSP Service Level Business Plan 2009/10", "--period", "2009/10", "--create"],
      ...["--owner", "kcc-cfe", "--effective", "2009-04-01", ...OFFICER, ...store]
    ],
    exit: 0,
    shown: false
  },
  {
    at: "2009-02-02T09:05:00Z",
    argv: ["import", "budget", "budget-draft.csv", "--plan", PLAN, "--effective", "2009-04-01", ...OFFICER, ...store],
    exit: 0,
    shown: false
  },
  {
    at: "2009-03-16T14:00:00Z",
    argv: ["approve", "--plan", PLAN, "--by", "Cabinet", "--on", "2009-03-16", "--effective", "2009-04-01", ...OFFICER, ...store],
    exit: 0,
    shown: false
  },
  ...(restatement.length === 0
    ? []
    : [
        {
          at: "2009-07-20T10:30:00Z",
          argv: ["import", "budget", "budget-restated.csv", "--plan", PLAN, "--effective", "2009-04-01", ...OFFICER].concat([
            ...restatement,
            ...store
          ]),
          exit: 0,
          shown: false
        }
      ])
]

const shown = (at: string, exit: number, ...argv: ReadonlyArray<string>): Step => ({ at, argv, exit, shown: true })

// Flips one hash of the proof's first entry: a proof forged or altered on its way to the reader.
const forgeProof = (cwd: string): void => {
  const proof = JSON.parse(readFileSync(join(cwd, `published/${PLAN}.proof.json`), "utf8")) as {
    entries: Array<{ proof: Array<string> }>
  }
  const hashes = proof.entries[0]?.proof
  if (hashes === undefined || hashes.length === 0) throw new Error("the proof has no hash to alter")
  hashes[0] = Buffer.alloc(32, 7).toString("base64")
  writeFileSync(join(cwd, "forged.proof.json"), `${JSON.stringify(proof, null, 2)}\n`)
}

const STEPS: ReadonlyArray<Step> = [
  ...story([], []),
  // The council.
  shown("2009-03-16T16:00:00Z", 0, "keygen", "--origin", ORIGIN, "--out", "keys"),
  shown("2009-03-16T16:05:00Z", 0, "publish", "--plan", PLAN, "--key", KEY, "--out", "published"),
  { list: "published" },
  // The auditor, as witness.
  shown("2009-03-17T09:00:00Z", 0, "keygen", "--origin", AUDITOR, "--witness", "--out", "auditor-keys"),
  shown(
    "2009-03-17T09:05:00Z",
    0,
    ...["witness", "--key", AUDITOR_KEY, "--state", "auditor-state", "--log-key", PUBLISHED_VKEY],
    ...["--checkpoint", "published/checkpoint.txt"]
  ),
  { cat: "published/checkpoint.txt" },
  // Anyone, offline.
  shown(
    "2009-04-02T12:00:00Z",
    0,
    ...["verify-proof", `published/${PLAN}.proof.json`, "--checkpoint", "published/checkpoint.txt"],
    ...["--key", PUBLISHED_VKEY, "--witness", AUDITOR_VKEY]
  ),
  // The council records the restatement, and the witness cosigns the grown log.
  ...story([], RESTATEMENT).slice(3),
  shown("2009-07-20T11:00:00Z", 0, "checkpoint", "--key", KEY, "--out", "checkpoint-2009-07-20.txt"),
  shown(
    "2009-07-20T11:00:00Z",
    0,
    ...["prove-consistency", "--from", "published/checkpoint.txt", "--to", "checkpoint-2009-07-20.txt", "--out", "consistency.json"]
  ),
  shown(
    "2009-07-21T09:00:00Z",
    0,
    ...["witness", "--key", AUDITOR_KEY, "--state", "auditor-state", "--checkpoint", "checkpoint-2009-07-20.txt"],
    ...["--proof", "consistency.json"]
  ),
  // A history rewritten: the same story recorded again, the restatement on another authority.
  ...story(["--store", `sqlite:${REWRITTEN}`], [RESTATEMENT[0] ?? "", RESTATEMENT[1] ?? "", "--authority", "Cabinet decision 09/00001"]),
  shown(
    "2009-09-01T09:00:00Z",
    1,
    ...["prove", "--plan", PLAN, "--checkpoint", "checkpoint-2009-07-20.txt", "--out", "rewritten.proof.json"],
    ...["--store", `sqlite:${REWRITTEN}`]
  ),
  shown("2009-09-01T09:00:00Z", 0, ...["checkpoint", "--key", KEY, "--out", "rewritten-checkpoint.txt", "--store", `sqlite:${REWRITTEN}`]),
  shown(
    "2009-09-01T09:05:00Z",
    1,
    ...["witness", "--key", AUDITOR_KEY, "--state", "auditor-state", "--checkpoint", "rewritten-checkpoint.txt"]
  ),
  { edit: forgeProof },
  shown(
    "2009-09-01T09:10:00Z",
    1,
    ...["verify-proof", "forged.proof.json", "--checkpoint", "published/checkpoint.txt", "--key", PUBLISHED_VKEY],
    ...["--witness", AUDITOR_VKEY]
  )
]

const shellWord = (word: string): string => (/^[\w.:/=@+,-]+$/u.test(word) ? word : `"${word.replace(/["\\$`]/gu, "\\$&")}"`)

// What varies from run to run, written as a placeholder: the sandbox's directory, the key ids and
// keys keygen draws, and the roots and signatures that follow from the events' random ids (a
// signature line of a note is "— <name> <base64 of key id and signature>").
const stable = (cwd: string, text: string): string =>
  text
    .replaceAll(`${cwd}/`, "")
    .replace(/\+[0-9a-f]{8}\+[A-Za-z0-9+/]{43,}=*/gu, "+<key id>+<key>")
    .replace(/^(— \S+ )[A-Za-z0-9+/]+=*$/gmu, "$1<signature>")
    .replace(/(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{43}=/gu, "<root>")

const runStory = async (): Promise<ReadonlyArray<string>> => {
  const sandbox: Sandbox = cliSandbox()
  copyFileSync(docs("auditing/budget-draft.csv"), join(sandbox.cwd, "budget-draft.csv"))
  copyFileSync(docs("auditing/budget-restated.csv"), join(sandbox.cwd, "budget-restated.csv"))
  const blocks: Array<string> = []
  for (const step of STEPS) {
    if ("edit" in step) {
      step.edit(sandbox.cwd)
      continue
    }
    if ("list" in step) {
      const files = readdirSync(join(sandbox.cwd, step.list)).sort()
      blocks.push(`\`\`\`console\n$ ls ${step.list}\n${files.join("\n")}\n\`\`\``)
      continue
    }
    if ("cat" in step) {
      const text = stable(sandbox.cwd, readFileSync(join(sandbox.cwd, step.cat), "utf8"))
      blocks.push(`\`\`\`console\n$ cat ${step.cat}\n${text}\`\`\``)
      continue
    }
    sandbox.at(step.at)
    const argv = step.argv.map((word) => (word === `sqlite:${REWRITTEN}` ? `sqlite:${join(sandbox.cwd, REWRITTEN)}` : word))
    const { code, stdout, stderr } = await sandbox.invoke(...argv)
    expect(code, `plan-ledger ${step.argv.join(" ")}: ${stderr}${stdout}`).toBe(step.exit)
    if (!step.shown) continue
    const exit = code === 0 ? "" : `[exit ${code}]\n`
    const printed = stable(sandbox.cwd, `${stdout}${stderr}`)
    blocks.push(`\`\`\`console\n$ plan-ledger ${step.argv.map(shellWord).join(" ")}\n${printed}${exit}\`\`\``)
  }
  return blocks
}

describe("the published plan tutorial", () => {
  it("prints every command of the section and exactly what it printed", async () => {
    const generated = await runStory()
    const tutorial = readFileSync(TUTORIAL, "utf8")
    const start = tutorial.indexOf(PUBLISHED_PLAN_MARKER)
    expect(start, `docs/auditing.md needs the marker ${PUBLISHED_PLAN_MARKER}`).toBeGreaterThan(0)
    const section = (text: string): string => text.slice(text.indexOf(PUBLISHED_PLAN_MARKER))
    if (UPDATE) {
      const documented = section(tutorial).match(CONSOLE_BLOCK) ?? []
      expect(documented.length, "the section needs one ```console block for each shown step of this test").toBe(generated.length)
      let index = 0
      writeFileSync(TUTORIAL, tutorial.slice(0, start) + section(tutorial).replace(CONSOLE_BLOCK, () => generated[index++] ?? ""))
    }
    expect((section(readFileSync(TUTORIAL, "utf8")).match(CONSOLE_BLOCK) ?? []).join("\n\n"), REGENERATE).toBe(generated.join("\n\n"))
  })
})
