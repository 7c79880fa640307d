import { formatVerifierKey, verifyProofFile } from "@plan-ledger/verifier"
import { ExitCode } from "../ExitCode.js"
import { readInputFile } from "../InputFile.js"
import type { Io } from "../Io.js"
import { readVerifierKey } from "../KeyFiles.js"
import type { CommandInput } from "../Spec.js"

/**
 * `plan-ledger verify-proof <proof> --checkpoint <file> --key <verifier key>… [--witness <key>]…`:
 * checks the proof file with `@plan-ledger/verifier` alone, reading no store. Exit 0 when it holds,
 * 1 with the verifier's reason when it does not, 2 for a file that cannot be read or a key that is
 * not a verifier key.
 *
 * @category commands
 * @since 0.5.0
 */
export const verifyProof = async ({ values, positionals }: CommandInput<"verify-proof">, io: Io): Promise<ExitCode> => {
  const [proofFile] = positionals
  const logKeys = await Promise.all(values.key.map((key) => readVerifierKey(io, "verify-proof", "--key", key, "log")))
  const witnesses = await Promise.all(
    (values.witness ?? []).map((witness) => readVerifierKey(io, "verify-proof", "--witness", witness, "witness"))
  )
  const proof = readInputFile(io, "the proof file", proofFile)
  const checkpoint = readInputFile(io, "--checkpoint", values.checkpoint)
  const verdict = await verifyProofFile(proof, checkpoint, logKeys.map(formatVerifierKey), witnesses.map(formatVerifierKey))
  if (!verdict.ok) {
    io.stdout(`${proofFile}: REFUSED (${verdict.refusal.code}) — ${verdict.refusal.message}\n`)
    return ExitCode.findings
  }
  const { origin, treeSize, witnesses: cosigners, leaves } = verdict.value
  io.stdout(
    `${proofFile}: holds — ${leaves.length} event${leaves.length === 1 ? " is" : "s are"} in the log "${origin}" at ${treeSize} events${cosigners.length === 0 ? "" : `, cosigned by ${cosigners.join(", ")}`}\n`
  )
  return ExitCode.ok
}
