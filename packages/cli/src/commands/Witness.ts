import { existsSync, mkdirSync } from "node:fs"
import { join, resolve } from "node:path"
import { CheckpointSigning, NoteKey } from "@plan-ledger/eventstore"
import {
  type Checkpoint,
  detectSplitView,
  formatVerifierKey,
  type Refusal,
  verifyCheckpoint,
  type VerifierKey
} from "@plan-ledger/verifier"
import { readCheckpointFile } from "../CheckpointFile.js"
import { fileUnavailable } from "../CliErrors.js"
import * as ConsistencyProofFile from "../ConsistencyProofFile.js"
import { writeDurably } from "../DurableWrite.js"
import { ExitCode } from "../ExitCode.js"
import { readInputFile } from "../InputFile.js"
import type { Io } from "../Io.js"
import { readPrivateKey, readVerifierKey } from "../KeyFiles.js"
import type { CommandInput } from "../Spec.js"
import { UsageError } from "../UsageError.js"

type Values = CommandInput<"witness">["values"]

const usage = (detail: string): UsageError => new UsageError({ command: "witness", detail })

// The log's verifier key: the one the state recorded, or on first use the one --log-key gives.
const logKeyOf = async (io: Io, values: Values, recordedFile: string): Promise<VerifierKey> => {
  const recorded = existsSync(recordedFile)
    ? await readVerifierKey(io, "witness", "the log key of --state", recordedFile, "log")
    : undefined
  const given = values["log-key"] === undefined ? undefined : await readVerifierKey(io, "witness", "--log-key", values["log-key"], "log")
  if (recorded !== undefined && given !== undefined && formatVerifierKey(recorded) !== formatVerifierKey(given))
    throw usage(
      `--log-key is not the log key --state ${values.state} recorded (${formatVerifierKey(recorded)}): a state follows one log; give another --state for another log`
    )
  const key = recorded ?? given
  if (key === undefined)
    throw usage(
      `--state ${values.state} has recorded no log key yet: on first use give the log's verifier key with --log-key <verifier key>`
    )
  return key
}

// The consistency proof from the checkpoint last cosigned to this one, as --proof gives it.
const proofFrom = (io: Io, values: Values, latest: Checkpoint, checkpoint: Checkpoint): ReadonlyArray<Uint8Array> => {
  const make = `make it with plan-ledger prove-consistency --from <the checkpoint of ${latest.size} events> --to ${values.checkpoint}`
  if (values.proof === undefined) {
    if (latest.size === checkpoint.size) return []
    throw usage(`--proof is required: this witness last cosigned a checkpoint of ${latest.size} events; ${make}`)
  }
  const parsed = ConsistencyProofFile.parse(readInputFile(io, "--proof", values.proof))
  if (!parsed.ok) throw usage(`--proof ${values.proof} is not a consistency proof: ${parsed.problem}; ${make}`)
  const { fromSize, toSize, proof } = parsed.file
  if (fromSize !== latest.size || toSize !== checkpoint.size)
    throw usage(
      `--proof ${values.proof} leads from ${fromSize} to ${toSize} events, but this witness last cosigned ${latest.size} and the checkpoint holds ${checkpoint.size}; ${make}`
    )
  return proof
}

const refused = (io: Io, file: string, refusal: Refusal): ExitCode => {
  io.stdout(`${file}: REFUSED (${refusal.code}) — ${refusal.message}; not cosigned\n`)
  return ExitCode.findings
}

/**
 * `plan-ledger witness --key <file> --state <dir> --checkpoint <file> [--proof <file>]
 * [--log-key <verifier key>]`: cosigns the checkpoint when the log's key signed it and it is
 * consistent with the checkpoint this witness last cosigned, adding the cosignature to the file and
 * recording it in the state; exit 1, cosigning nothing, when it is not.
 *
 * @category commands
 * @since 0.5.0
 */
export const witness = async ({ values }: CommandInput<"witness">, io: Io): Promise<ExitCode> => {
  const key = await readPrivateKey(io, "witness", "--key", values.key)
  const state = resolve(io.cwd, values.state)
  const logKeyFile = join(state, "log.vkey")
  const latestFile = join(state, "checkpoint")
  const logKey = await logKeyOf(io, values, logKeyFile)
  const { note, checkpoint } = readCheckpointFile(io, "witness", "--checkpoint", values.checkpoint)
  const latest = existsSync(latestFile) ? readCheckpointFile(io, "witness", "the checkpoint of --state", latestFile).checkpoint : undefined
  const proof = latest === undefined ? [] : proofFrom(io, values, latest, checkpoint)
  const signed = await verifyCheckpoint(note, [logKey], [])
  if (!signed.ok) return refused(io, values.checkpoint, signed.refusal)
  if ((await verifyCheckpoint(note, [logKey], [await NoteKey.witnessVerifierKey(key)])).ok) {
    io.stdout(`${values.checkpoint}: already cosigned by ${key.name}; nothing written\n`)
    return ExitCode.ok
  }
  if (latest !== undefined) {
    if (checkpoint.size < latest.size)
      return refused(io, values.checkpoint, {
        code: "out-of-range",
        message: `it holds ${checkpoint.size} events, fewer than the ${latest.size} of the checkpoint this witness last cosigned, and a witness cosigns no older tree`
      })
    const agreed = await detectSplitView(latest, checkpoint, proof)
    if (!agreed.ok) return refused(io, values.checkpoint, agreed.refusal)
  }
  const cosigned = await CheckpointSigning.cosign(note, key, BigInt(Math.floor(io.now().getTime() / 1000)))
  // The state first: once it records the checkpoint, this witness never cosigns another history.
  try {
    mkdirSync(state, { recursive: true })
    if (!existsSync(logKeyFile)) writeDurably(logKeyFile, `${formatVerifierKey(logKey)}\n`)
    writeDurably(latestFile, cosigned)
  } catch (error) {
    throw fileUnavailable(values.state, "record the witness's state in", error)
  }
  try {
    writeDurably(resolve(io.cwd, values.checkpoint), cosigned)
  } catch (error) {
    throw fileUnavailable(values.checkpoint, "add the cosignature to", error)
  }
  io.stdout(
    `${values.checkpoint}: cosigned by ${key.name} — ${checkpoint.size} events of "${checkpoint.origin}"${latest === undefined ? ", the first checkpoint this witness cosigns" : `, consistent with the ${latest.size} it last cosigned`}\n`
  )
  return ExitCode.ok
}
