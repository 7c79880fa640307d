import { copyFileSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { freshSchemaUrl, POSTGRES_SKIP_REASON, postgresTestUrl } from "@plan-ledger/store-postgres/testkit"
import { describe, expect, it } from "vitest"
import { cliSandbox, exampleCsv } from "./CliHarness.js"

const PLAN = "lcsp-2009-10"
const ORIGIN = "ledger.example.org/council-plans"
const KEY = "keys/ledger.example.org_council-plans.key"
const VKEY = "keys/ledger.example.org_council-plans.vkey"
const DRAFT = ["--period", "2009/10", "--create", "--title", "LCSP business plan 2009/10"] as const

type Sandbox = ReturnType<typeof cliSandbox>

const POSTGRES_TEST_URL = postgresTestUrl()

/** A kind of ledger the commands run on; `storeIn` names a fresh one, `name` telling a sandbox's ledgers apart. */
interface Ledger {
  readonly kind: string
  /** Why the tests on this kind are skipped, or `undefined` when they run. */
  readonly skipped: string | undefined
  readonly storeIn: (cwd: string, name: string) => string
}

// A SQLite file in the sandbox, and a schema of its own on the test PostgreSQL server.
const LEDGERS: ReadonlyArray<Ledger> = [
  { kind: "SQLite", skipped: undefined, storeIn: (cwd, name) => `sqlite:${join(cwd, `${name}.db`)}` },
  {
    kind: "PostgreSQL",
    skipped: POSTGRES_TEST_URL === undefined ? POSTGRES_SKIP_REASON : undefined,
    storeIn: () => freshSchemaUrl(POSTGRES_TEST_URL ?? "")
  }
]

const ok = async (sandbox: Sandbox, ...argv: ReadonlyArray<string>): Promise<string> => {
  const result = await sandbox.invoke(...argv)
  if (result.code !== 0) throw new Error(`plan-ledger ${argv.join(" ")} exited ${result.code}: ${result.stderr}${result.stdout}`)
  return result.stdout
}

// A ledger holding the example's budget, and with `variations` its variation statement, recorded at
// the sandbox's clock into `store` (the sandbox's own by default).
const record = async (sandbox: Sandbox, tables: ReadonlyArray<string>, store?: string): Promise<void> => {
  const at = store === undefined ? [] : ["--store", store]
  await ok(sandbox, "import", "budget", exampleCsv("budget.csv"), "--plan", PLAN, ...DRAFT, ...at)
  for (const table of tables) await ok(sandbox, "import", table, exampleCsv(`${table}.csv`), "--plan", PLAN, ...at)
}

// A sandbox whose ledger is of `ledger`'s kind, the log's keys and a checkpoint of the ledger in checkpoint.txt.
const published = async (ledger: Ledger): Promise<Sandbox> => {
  const sandbox = cliSandbox((cwd) => ledger.storeIn(cwd, "ledger"))
  await record(sandbox, [])
  await ok(sandbox, "keygen", "--origin", ORIGIN, "--out", "keys")
  await ok(sandbox, "checkpoint", "--key", KEY, "--out", "checkpoint.txt")
  return sandbox
}

describe("plan-ledger keygen", () => {
  it("writes the private key for its owner alone and the verifier key line, and never replaces them", async () => {
    const sandbox = cliSandbox()
    const made = await sandbox.invoke("keygen", "--origin", ORIGIN, "--out", "keys")
    expect(made.code).toBe(0)
    const verifierKey = readFileSync(join(sandbox.cwd, VKEY), "utf8")
    expect(made.stdout).toBe(verifierKey)
    expect(verifierKey).toMatch(/^ledger\.example\.org\/council-plans\+[0-9a-f]{8}\+[A-Za-z0-9+/]+=*\n$/u)
    expect(readFileSync(join(sandbox.cwd, KEY), "utf8")).toMatch(/^PRIVATE\+KEY\+ledger\.example\.org\/council-plans\+/u)
    expect(statSync(join(sandbox.cwd, KEY)).mode & 0o777).toBe(0o600)

    const again = await sandbox.invoke("keygen", "--origin", ORIGIN, "--out", "keys")
    expect(again.code).toBe(2)
    expect(again.stderr).toContain("already exists: a key is never replaced")
    expect(readFileSync(join(sandbox.cwd, VKEY), "utf8")).toBe(verifierKey)
  })
})

// Without a server the PostgreSQL ledger's tests are listed as skipped, with the reason, rather than left out.
const titleOf = (ledger: Ledger): string =>
  `on a ${ledger.kind} ledger${ledger.skipped === undefined ? "" : ` (skipped: ${ledger.skipped})`}`

for (const ledger of LEDGERS) {
  describe.skipIf(ledger.skipped !== undefined)(titleOf(ledger), () => {
    describe("plan-ledger checkpoint, prove and verify-proof", () => {
      it("proves a plan's events against a checkpoint, and the proof holds offline", async () => {
        const sandbox = await published(ledger)
        const checkpoint = readFileSync(join(sandbox.cwd, "checkpoint.txt"), "utf8")
        const events = await sandbox.eventCount()
        expect(checkpoint.startsWith(`${ORIGIN}\n${events}\n`)).toBe(true)
        expect(await ok(sandbox, "prove", "--plan", PLAN, "--checkpoint", "checkpoint.txt", "--out", "plan.proof.json")).toContain(
          `proved ${events} events in the log "${ORIGIN}" at ${events} events`
        )
        const verified = await sandbox.invoke("verify-proof", "plan.proof.json", "--checkpoint", "checkpoint.txt", "--key", VKEY)
        expect(verified.code).toBe(0)
        expect(verified.stdout).toContain(`plan.proof.json: holds — ${events} events are in the log "${ORIGIN}" at ${events} events`)

        // One event, by the id history prints.
        const [first] = (await sandbox.json("history", "--plan", PLAN, "--format", "json")).history as Array<{ eventId: string }>
        await ok(sandbox, "prove", "--event", first?.eventId ?? "", "--checkpoint", "checkpoint.txt", "--out", "event.proof.json")
        const key = readFileSync(join(sandbox.cwd, VKEY), "utf8").trim()
        expect((await sandbox.invoke("verify-proof", "event.proof.json", "--checkpoint", "checkpoint.txt", "--key", key)).code).toBe(0)
      })

      it("gives a JSON-lines copy of the ledger the same checkpoint, and proves the plan from it", async () => {
        const sandbox = await published(ledger)
        const copy = `jsonl:${join(sandbox.cwd, "copy.jsonl")}`
        await ok(sandbox, "copy", "--from", sandbox.store, "--to", copy)
        await ok(sandbox, "checkpoint", "--key", KEY, "--out", "copy-checkpoint.txt", "--store", copy)
        // Ed25519 signs deterministically: the same log, size and root give the same signed note.
        expect(readFileSync(join(sandbox.cwd, "copy-checkpoint.txt"), "utf8")).toBe(
          readFileSync(join(sandbox.cwd, "checkpoint.txt"), "utf8")
        )
        await ok(sandbox, "prove", "--plan", PLAN, "--checkpoint", "checkpoint.txt", "--out", "copy.proof.json", "--store", copy)
        expect((await sandbox.invoke("verify-proof", "copy.proof.json", "--checkpoint", "checkpoint.txt", "--key", VKEY)).code).toBe(0)
      })

      it("refuses a forged proof, another log's key and a checkpoint of another origin (exit 1), and bad input (exit 2)", async () => {
        const sandbox = await published(ledger)
        await ok(sandbox, "prove", "--plan", PLAN, "--checkpoint", "checkpoint.txt", "--out", "plan.proof.json")
        const proof = JSON.parse(readFileSync(join(sandbox.cwd, "plan.proof.json"), "utf8")) as {
          entries: Array<{ proof: Array<string> }>
        }
        const forged = proof.entries[0]?.proof
        if (forged === undefined) throw new Error("the proof has no entry")
        forged[0] = Buffer.alloc(32, 7).toString("base64")
        writeFileSync(join(sandbox.cwd, "forged.proof.json"), JSON.stringify(proof))
        const forgedResult = await sandbox.invoke("verify-proof", "forged.proof.json", "--checkpoint", "checkpoint.txt", "--key", VKEY)
        expect(forgedResult.code).toBe(1)
        expect(forgedResult.stdout).toContain(
          "REFUSED (root-mismatch) — entry 0 (leaf 0): the inclusion proof of leaf 0 does not lead to the root"
        )

        await ok(sandbox, "keygen", "--origin", "other.example.org/plans", "--out", "other")
        const wrongKey = await sandbox.invoke(
          "verify-proof",
          "plan.proof.json",
          "--checkpoint",
          "checkpoint.txt",
          "--key",
          "other/other.example.org_plans.vkey"
        )
        expect(wrongKey.code).toBe(1)
        expect(wrongKey.stdout).toContain("REFUSED (unknown-signer)")

        await ok(sandbox, "checkpoint", "--key", "other/other.example.org_plans.key", "--out", "other.txt")
        const otherOrigin = await sandbox.invoke(
          "verify-proof",
          "plan.proof.json",
          "--checkpoint",
          "other.txt",
          "--key",
          VKEY,
          "--key",
          "other/other.example.org_plans.vkey"
        )
        expect(otherOrigin.code).toBe(1)
        expect(otherOrigin.stdout).toContain(`REFUSED (other-origin) — the proof file is about the log "${ORIGIN}"`)

        const malformedKey = await sandbox.invoke("verify-proof", "plan.proof.json", "--checkpoint", "checkpoint.txt", "--key", "not-a-key")
        expect(malformedKey.code).toBe(2)
        expect(malformedKey.stderr).toMatch(/^error: --key not-a-key: "not-a-key" is not a verifier key .*\n$/u)
        const missing = await sandbox.invoke("verify-proof", "missing.json", "--checkpoint", "checkpoint.txt", "--key", VKEY)
        expect(missing.code).toBe(2)
        expect(missing.stderr).toContain("cannot read the proof file missing.json")
      })

      it("refuses to prove against the checkpoint of a ledger recorded differently, whose proofs the checkpoint refuses", async () => {
        const sandbox = await published(ledger)
        // The same tables, recorded an hour later: as many events, other hashes.
        const rewritten = ledger.storeIn(sandbox.cwd, "rewritten")
        sandbox.at("2026-11-24T11:00:00.000Z")
        await record(sandbox, [], rewritten)
        const refused = await sandbox.invoke(
          "prove",
          "--plan",
          PLAN,
          "--checkpoint",
          "checkpoint.txt",
          "--out",
          "p.json",
          "--store",
          rewritten
        )
        expect(refused.code).toBe(1)
        expect(refused.stderr).toContain("checkpoint.txt states a root that is not the ledger's at")
        expect(refused.stderr).toContain("or the ledger's history was rewritten since it was signed")

        // The rewritten ledger's own checkpoint, signed with the same key, proves its events; against
        // the checkpoint published before, the proof fails.
        await ok(sandbox, "checkpoint", "--key", KEY, "--out", "rewritten.txt", "--store", rewritten)
        await ok(sandbox, "prove", "--plan", PLAN, "--checkpoint", "rewritten.txt", "--out", "rewritten.proof.json", "--store", rewritten)
        const verified = await sandbox.invoke("verify-proof", "rewritten.proof.json", "--checkpoint", "checkpoint.txt", "--key", VKEY)
        expect(verified.code).toBe(1)
        expect(verified.stdout).toContain("REFUSED (split-view)")
      })
    })

    describe("plan-ledger witness and prove-consistency", () => {
      it("cosigns a consistent checkpoint, refuses a split view, and verify-proof --witness requires the cosignature", async () => {
        const sandbox = await published(ledger)
        const witnessKey = "witness-keys/witness.example.net.key"
        const witnessVkey = "witness-keys/witness.example.net.vkey"
        await ok(sandbox, "keygen", "--origin", "witness.example.net", "--witness", "--out", "witness-keys")
        copyFileSync(join(sandbox.cwd, "checkpoint.txt"), join(sandbox.cwd, "uncosigned.txt"))
        const first = await sandbox.invoke(
          "witness",
          "--key",
          witnessKey,
          "--state",
          "state",
          "--log-key",
          VKEY,
          "--checkpoint",
          "checkpoint.txt"
        )
        expect(first.code).toBe(0)
        expect(first.stdout).toContain("the first checkpoint this witness cosigns")
        expect(readFileSync(join(sandbox.cwd, "state/checkpoint"), "utf8")).toBe(readFileSync(join(sandbox.cwd, "checkpoint.txt"), "utf8"))
        const cosignedOnce = readFileSync(join(sandbox.cwd, "checkpoint.txt"), "utf8")
        const again = await sandbox.invoke("witness", "--key", witnessKey, "--state", "state", "--checkpoint", "checkpoint.txt")
        expect(again.stdout).toBe("checkpoint.txt: already cosigned by witness.example.net; nothing written\n")
        expect(readFileSync(join(sandbox.cwd, "checkpoint.txt"), "utf8")).toBe(cosignedOnce)

        await ok(sandbox, "prove", "--plan", PLAN, "--checkpoint", "checkpoint.txt", "--out", "plan.proof.json")
        const withWitness = ["--key", VKEY, "--witness", witnessVkey] as const
        const cosigned = await sandbox.invoke("verify-proof", "plan.proof.json", "--checkpoint", "checkpoint.txt", ...withWitness)
        expect(cosigned.code).toBe(0)
        expect(cosigned.stdout).toContain("cosigned by witness.example.net")
        const notCosigned = await sandbox.invoke("verify-proof", "plan.proof.json", "--checkpoint", "uncosigned.txt", ...withWitness)
        expect(notCosigned.code).toBe(1)
        expect(notCosigned.stdout).toContain("REFUSED (missing-cosignature)")
        // The log's key given as a witness's would require no cosignature: it is refused.
        const logKeyAsWitness = await sandbox.invoke(
          "verify-proof",
          ...["plan.proof.json", "--checkpoint", "uncosigned.txt", "--key", VKEY, "--witness", VKEY]
        )
        expect(logKeyAsWitness.code).toBe(2)
        expect(logKeyAsWitness.stderr).toContain(`--witness ${VKEY} is the verifier key of a log, not of a witness`)

        // The ledger grows; the witness cosigns the larger checkpoint with the consistency proof.
        await ok(sandbox, "import", "variations", exampleCsv("variations.csv"), "--plan", PLAN)
        await ok(sandbox, "checkpoint", "--key", KEY, "--out", "checkpoint-2.txt")
        await ok(sandbox, "prove-consistency", "--from", "checkpoint.txt", "--to", "checkpoint-2.txt", "--out", "consistency.json")
        const late = await sandbox.invoke("prove", "--plan", PLAN, "--checkpoint", "checkpoint.txt", "--out", "late.json")
        expect(late.code).toBe(2)
        expect(late.stderr).toContain("after the")
        expect(late.stderr).toContain("events of checkpoint.txt: make a newer checkpoint, or prove the plan as it stood then with --as-of")
        const notAProof = await sandbox.invoke(
          "witness",
          ...["--key", witnessKey, "--state", "state", "--checkpoint", "checkpoint-2.txt", "--proof", "checkpoint.txt"]
        )
        expect(notAProof.code).toBe(2)
        expect(notAProof.stderr).toContain("--proof checkpoint.txt is not a consistency proof: it is not JSON")
        const needsProof = await sandbox.invoke("witness", "--key", witnessKey, "--state", "state", "--checkpoint", "checkpoint-2.txt")
        expect(needsProof.code).toBe(2)
        expect(needsProof.stderr).toContain("--proof is required")
        const second = ["--key", witnessKey, "--state", "state", "--checkpoint", "checkpoint-2.txt", "--proof", "consistency.json"] as const
        expect((await sandbox.invoke("witness", ...second)).stdout).toContain("consistent with the")

        // A ledger recorded differently, signed with the log's key: a checkpoint larger than the last
        // cosigned, with a consistency proof from its own tree of that size — a split view.
        const rewritten = ledger.storeIn(sandbox.cwd, "rewritten")
        sandbox.at("2026-11-24T11:00:00.000Z")
        await record(sandbox, ["variations"], rewritten)
        await ok(sandbox, "checkpoint", "--key", KEY, "--out", "other-2.txt", "--store", rewritten)
        await ok(sandbox, "import", "staffing", exampleCsv("staffing.csv"), "--plan", PLAN, "--store", rewritten)
        await ok(sandbox, "checkpoint", "--key", KEY, "--out", "other-3.txt", "--store", rewritten)
        const at = ["--store", rewritten, "--out", "other-consistency.json"] as const
        await ok(sandbox, "prove-consistency", "--from", "other-2.txt", "--to", "other-3.txt", ...at)
        const before = readFileSync(join(sandbox.cwd, "other-3.txt"), "utf8")
        const state = readFileSync(join(sandbox.cwd, "state/checkpoint"), "utf8")
        const split = await sandbox.invoke(
          "witness",
          ...["--key", witnessKey, "--state", "state", "--checkpoint", "other-3.txt", "--proof", "other-consistency.json"]
        )
        expect(split.code).toBe(1)
        expect(split.stdout).toContain("other-3.txt: REFUSED (split-view) — split view:")
        expect(split.stdout).toContain("not cosigned")
        expect(readFileSync(join(sandbox.cwd, "other-3.txt"), "utf8")).toBe(before)
        expect(readFileSync(join(sandbox.cwd, "state/checkpoint"), "utf8")).toBe(state)
        // The same size with another root needs no proof to be refused.
        const sameSize = await sandbox.invoke("witness", "--key", witnessKey, "--state", "state", "--checkpoint", "other-2.txt")
        expect(sameSize.code).toBe(1)
        expect(sameSize.stdout).toContain("REFUSED (split-view)")
      })
    })

    describe("plan-ledger publish", () => {
      it("writes the report, the tables, a checkpoint and the plan's proof, which holds; the report says how to check it", async () => {
        const sandbox = cliSandbox((cwd) => ledger.storeIn(cwd, "ledger"))
        await record(sandbox, ["variations"])
        await ok(sandbox, "keygen", "--origin", ORIGIN, "--out", "keys")
        const published = await sandbox.invoke("publish", "--plan", PLAN, "--key", KEY, "--out", "site")
        expect(published.code).toBe(0)
        const site = (name: string): string => readFileSync(join(sandbox.cwd, "site", name), "utf8")
        const checkpoint = site("checkpoint.txt")
        const html = site(`${PLAN}.html`)
        expect(html).toContain("Checking this report")
        expect(html).toContain(
          `plan-ledger verify-proof ${PLAN}.proof.json --checkpoint checkpoint.txt --key ledger.example.org_council-plans.vkey`
        )
        expect(html).toContain(checkpoint.split("\n")[2])
        expect(site(`${PLAN}-budget.csv`)).toBe(await ok(sandbox, "show", "budget", "--plan", PLAN, "--format", "csv"))
        expect(site("ledger.example.org_council-plans.vkey")).toBe(readFileSync(join(sandbox.cwd, VKEY), "utf8"))
        const verified = await sandbox.invoke(
          "verify-proof",
          `site/${PLAN}.proof.json`,
          "--checkpoint",
          "site/checkpoint.txt",
          "--key",
          "site/ledger.example.org_council-plans.vkey"
        )
        expect(verified.code).toBe(0)
        expect(verified.stdout).toContain(`${await sandbox.eventCount()} events are in the log`)

        const again = await sandbox.invoke("publish", "--plan", PLAN, "--key", KEY, "--out", "site")
        expect(again.code).toBe(2)
        expect(again.stderr).toContain("already exists: add --force to replace it")
        expect(site("checkpoint.txt")).toBe(checkpoint)
      })
    })
  })
}
