import { mkdirSync } from "node:fs"
import { join, resolve } from "node:path"
import { CheckpointSigning, MerkleProofs, NoteKey, ProofFiles } from "@plan-ledger/eventstore"
import { formatVerifierKey } from "@plan-ledger/verifier"
import { Result } from "effect"
import { planIdOption } from "../Arguments.js"
import { fileUnavailable } from "../CliErrors.js"
import { openLedgerStore, storeUrl } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import { keyFileStem, readPrivateKey } from "../KeyFiles.js"
import { merkleNodesOf } from "../LedgerTree.js"
import { writeOut } from "../Output.js"
import { checkOutputTarget } from "../OutputTarget.js"
import { readPlanReport } from "../PlanReportRead.js"
import type { CommandInput } from "../Spec.js"

/**
 * `plan-ledger publish --plan <id> --key <file> --out <dir>`: everything to publish about a plan,
 * in one directory: its HTML report (which ends with how to check it), its views as CSV tables, a
 * fresh checkpoint of the ledger, the proof that every event of the plan's history is in it, and
 * the ledger's verifier key.
 *
 * @category commands
 * @since 0.5.0
 */
export const publish = async ({ values }: CommandInput<"publish">, io: Io): Promise<ExitCode> => {
  const planId = planIdOption("publish", "plan", values.plan)
  const key = await readPrivateKey(io, "publish", "--key", values.key)
  const directory = resolve(io.cwd, values.out)
  const names = {
    report: `${planId}.html`,
    checkpoint: "checkpoint.txt",
    proof: `${planId}.proof.json`,
    verifierKey: `${keyFileStem(key.name)}.vkey`
  }
  const tables = ["plan", "actions", "budget", "variations", "staffing", "scorecard", "findings", "history"] as const
  const tableName = (table: (typeof tables)[number]): string => `${planId}-${table}.csv`
  const files = [...Object.values(names), ...tables.map(tableName)].map((name) => join(directory, name))
  for (const file of files)
    checkOutputTarget(io, "publish", "--out", file, [storeUrl(values, io)], { append: false, force: values.force === true })
  const store = await openLedgerStore(values, io, "read")
  const written = new Map<string, string>()
  try {
    const read = await readPlanReport(io, store, planId, {}, { today: io.now().toISOString().slice(0, 10), tolerancePercent: undefined })
    if (Result.isFailure(read)) {
      io.stderr(`error: ${read.failure}\n`)
      return ExitCode.input
    }
    const { report, stream } = read.success
    // The tree is read after the plan's events, so the checkpoint holds every one of them.
    const nodes = await merkleNodesOf(store)
    const size = await nodes.leafCount()
    const checkpoint = CheckpointSigning.sign(
      { origin: key.name, size, rootHash: await MerkleProofs.treeHead(nodes, size), extensions: [] },
      key
    )
    const verifierKey = formatVerifierKey(NoteKey.logVerifierKey(key))
    const proven = stream.map((event) => ({ index: event.globalPosition - 1, chainHash: event.hash }))
    const { csvRenderer } = await import("@plan-ledger/render-csv")
    const { htmlReport } = await import("@plan-ledger/render-html")
    written.set(names.checkpoint, checkpoint)
    written.set(names.proof, await ProofFiles.make(nodes, checkpoint, proven))
    written.set(names.verifierKey, `${verifierKey}\n`)
    written.set(
      names.report,
      await htmlReport(report, {
        checkpoint,
        verifierKey,
        checkpointFile: names.checkpoint,
        proofFile: names.proof,
        verifierKeyFile: names.verifierKey
      })
    )
    written.set(tableName("plan"), csvRenderer.currentPlan(report.plan))
    written.set(tableName("actions"), csvRenderer.actionProgress(report.actions))
    written.set(tableName("budget"), csvRenderer.budgetStatement(report.budget))
    written.set(tableName("variations"), csvRenderer.variationStatement(report.variations))
    written.set(tableName("staffing"), csvRenderer.staffingTotals(report.staffing))
    written.set(tableName("scorecard"), csvRenderer.scorecard(report.scorecard))
    written.set(tableName("findings"), csvRenderer.findings(report.findings))
    written.set(tableName("history"), csvRenderer.history(planId, report.history))
  } finally {
    await store.close()
  }
  try {
    mkdirSync(directory, { recursive: true })
  } catch (error) {
    throw fileUnavailable(values.out, "create the directory", error)
  }
  for (const [name, text] of written) writeOut(io, text, join(values.out, name))
  io.stdout(
    `published plan ${planId} in ${values.out}: check it with plan-ledger verify-proof ${join(values.out, names.proof)} --checkpoint ${join(values.out, names.checkpoint)} --key ${join(values.out, names.verifierKey)}\n`
  )
  return ExitCode.ok
}
