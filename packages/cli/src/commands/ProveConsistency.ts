import { MerkleProofs } from "@plan-ledger/eventstore"
import { readCheckpointFile } from "../CheckpointFile.js"
import * as ConsistencyProofFile from "../ConsistencyProofFile.js"
import { openLedgerStore } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import { notOfLedger } from "../LedgerCheckpoint.js"
import { merkleNodesOf } from "../LedgerTree.js"
import { guardOut, writeOut } from "../Output.js"
import type { CommandInput } from "../Spec.js"
import { UsageError } from "../UsageError.js"

/**
 * `plan-ledger prove-consistency --from <checkpoint> --to <checkpoint> --out <proof>`: the
 * consistency proof from the earlier checkpoint's tree to the later one's, both of this ledger.
 * Exit 1 when either is not of this ledger's history.
 *
 * @category commands
 * @since 0.5.0
 */
export const proveConsistency = async ({ values }: CommandInput<"prove-consistency">, io: Io): Promise<ExitCode> => {
  const from = readCheckpointFile(io, "prove-consistency", "--from", values.from).checkpoint
  const to = readCheckpointFile(io, "prove-consistency", "--to", values.to).checkpoint
  if (from.origin !== to.origin)
    throw new UsageError({
      command: "prove-consistency",
      detail: `--from ${values.from} is of the log "${from.origin}" and --to ${values.to} of "${to.origin}": give two checkpoints of one log`
    })
  if (from.size > to.size || from.size === 0)
    throw new UsageError({
      command: "prove-consistency",
      detail: `--from ${values.from} holds ${from.size} events and --to ${values.to} ${to.size}: --from must be the earlier checkpoint, of at least one event`
    })
  guardOut("prove-consistency", values, io)
  const store = await openLedgerStore(values, io, "read")
  try {
    const nodes = await merkleNodesOf(store)
    for (const [checkpoint, file] of [
      [from, values.from],
      [to, values.to]
    ] as const) {
      const mismatch = await notOfLedger(nodes, checkpoint, file)
      if (mismatch !== undefined) {
        io.stderr(`error: ${mismatch}\n`)
        return ExitCode.findings
      }
    }
    const proof = await MerkleProofs.consistencyProof(nodes, from.size, to.size)
    writeOut(io, ConsistencyProofFile.format({ origin: from.origin, fromSize: from.size, toSize: to.size, proof }), values.out)
    return ExitCode.ok
  } finally {
    await store.close()
  }
}
