import { fromHex } from "./Bytes.js"
import { verifyCheckpoint, type WitnessPolicy } from "./CheckpointVerification.js"
import { verifyInclusion } from "./InclusionProof.js"
import { leafHash } from "./MerkleHash.js"
import { type ProofEntry, parseProofFile } from "./ProofFile.js"
import { detectSplitView } from "./SplitView.js"
import { parseVerifierKey, type VerifierKey } from "./VerifierKey.js"
import { accept, refuse, type Verdict } from "./Verdict.js"

/**
 * What a proof file established: the log, the size of the checkpoint it was checked against, the
 * witnesses that cosigned that checkpoint, and each proven leaf with its index.
 *
 * @category proof files
 * @since 0.1.0
 */
export interface VerifiedProofFile {
  readonly origin: string
  readonly treeSize: number
  readonly witnesses: ReadonlyArray<string>
  readonly leaves: ReadonlyArray<{ readonly index: number; readonly leafHash: Uint8Array }>
}

const within = <A>(context: string, verdict: Verdict<A>): Verdict<A> =>
  verdict.ok ? verdict : refuse(verdict.refusal.code, `${context}: ${verdict.refusal.message}`)

const keysOf = async (texts: ReadonlyArray<string>, role: string): Promise<Verdict<ReadonlyArray<VerifierKey>>> => {
  const keys: Array<VerifierKey> = []
  for (const text of texts) {
    const key = await parseVerifierKey(text)
    if (!key.ok) return within(`the ${role} key`, key)
    keys.push(key.value)
  }
  return accept(keys)
}

const leafHashOf = async (entry: ProofEntry): Promise<Verdict<Uint8Array>> => {
  if ("leafHash" in entry) return accept(entry.leafHash)
  if ("chainHash" in entry) return accept(await leafHash(entry.chainHash))
  const chainHash = fromHex(entry.event.hash)
  if (chainHash?.length !== 32) return refuse("malformed", `the event's hash "${entry.event.hash}" is not 64 hex digits`)
  if (entry.event.globalPosition !== entry.index + 1) {
    return refuse(
      "root-mismatch",
      `the event at global position ${entry.event.globalPosition} cannot be leaf ${entry.index}, which holds position ${entry.index + 1}`
    )
  }
  return accept(await leafHash(chainHash))
}

/**
 * Checks a proof file against a checkpoint the caller trusts:
 * 1. the checkpoint given must be signed by one of `verifierKeys` named after its origin, and
 *    cosigned by every one of `witnessKeys` (verifier keys, as text), or by `policy.witnessQuorum`
 *    of them;
 * 2. the file's own checkpoint must be signed by the same log, for the same origin;
 * 3. the two checkpoints must agree: at the same size, the same root; when the file's is older, the
 *    file's consistency proof must lead from it to the one given — otherwise the log showed two
 *    histories (`split-view`);
 * 4. each entry's inclusion proof must lead from its leaf, at its index, to the file's checkpoint.
 *
 * Refusals say which step failed and why, with the codes of `RefusalCode`.
 *
 * @category proof files
 * @since 0.1.0
 */
export const verifyProofFile = async (
  proofText: string,
  checkpointText: string,
  verifierKeys: ReadonlyArray<string>,
  witnessKeys: ReadonlyArray<string>,
  policy: WitnessPolicy = {}
): Promise<Verdict<VerifiedProofFile>> => {
  const logKeys = await keysOf(verifierKeys, "log's verifier")
  if (!logKeys.ok) return logKeys
  const witnesses = await keysOf(witnessKeys, "witness's verifier")
  if (!witnesses.ok) return witnesses
  const trusted = within("the checkpoint given", await verifyCheckpoint(checkpointText, logKeys.value, witnesses.value, policy))
  if (!trusted.ok) return trusted
  const file = parseProofFile(proofText)
  if (!file.ok) return file
  const proven = within("the proof file's checkpoint", await verifyCheckpoint(file.value.checkpoint, logKeys.value, []))
  if (!proven.ok) return proven
  const given = trusted.value.checkpoint
  const checkpoint = proven.value.checkpoint
  if (checkpoint.origin !== given.origin) {
    return refuse("other-origin", `the proof file is about the log "${checkpoint.origin}", the checkpoint given is of "${given.origin}"`)
  }
  if (checkpoint.size > given.size) {
    return refuse(
      "out-of-range",
      `the proof file is about a tree of ${checkpoint.size} leaves, larger than the checkpoint given (${given.size}): give a newer checkpoint`
    )
  }
  if (checkpoint.size < given.size && file.value.consistency === undefined) {
    return refuse(
      "out-of-range",
      `the proof file's checkpoint (${checkpoint.size} leaves) is older than the one given (${given.size}) and the file carries no consistency proof`
    )
  }
  const agreed = await detectSplitView(checkpoint, given, file.value.consistency ?? [])
  if (!agreed.ok) return agreed
  const leaves: Array<{ readonly index: number; readonly leafHash: Uint8Array }> = []
  for (const [position, entry] of file.value.entries.entries()) {
    const context = `entry ${position} (leaf ${entry.index})`
    const hash = within(context, await leafHashOf(entry))
    if (!hash.ok) return hash
    const included = within(context, await verifyInclusion(hash.value, entry.index, checkpoint.size, entry.proof, checkpoint.rootHash))
    if (!included.ok) return included
    leaves.push({ index: entry.index, leafHash: hash.value })
  }
  return accept({
    origin: given.origin,
    treeSize: given.size,
    witnesses: trusted.value.cosignedBy.map((signature) => signature.key.name),
    leaves
  })
}
