import { CheckpointSigning, MerkleProofs } from "@plan-ledger/eventstore"
import { openLedgerStore } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import { readPrivateKey } from "../KeyFiles.js"
import { merkleNodesOf } from "../LedgerTree.js"
import { emit, guardOut } from "../Output.js"
import type { CommandInput } from "../Spec.js"

/**
 * `plan-ledger checkpoint --key <file> [--out <file>]`: the signed checkpoint of the store's whole
 * log — the key's name as origin, the number of events, the root of the Merkle tree over their
 * chain hashes —, printed or written to `--out`.
 *
 * @category commands
 * @since 0.5.0
 */
export const checkpoint = async ({ values }: CommandInput<"checkpoint">, io: Io): Promise<ExitCode> => {
  const key = await readPrivateKey(io, "checkpoint", "--key", values.key)
  guardOut("checkpoint", values, io)
  const store = await openLedgerStore(values, io, "read")
  let note: string
  try {
    const nodes = await merkleNodesOf(store)
    const size = await nodes.leafCount()
    note = CheckpointSigning.sign({ origin: key.name, size, rootHash: await MerkleProofs.treeHead(nodes, size), extensions: [] }, key)
  } finally {
    await store.close()
  }
  emit(io, note, values.out)
  return ExitCode.ok
}
