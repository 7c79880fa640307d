import { type Checkpoint, parseCheckpointBody, parseSignedNote } from "@plan-ledger/verifier"
import { readInputFile } from "./InputFile.js"
import type { Io } from "./Io.js"
import { UsageError } from "./UsageError.js"

/**
 * A signed checkpoint read from a file: the note's text, as it was written, and the tree head it
 * states. Its signatures are not checked here.
 *
 * @category input
 * @since 0.5.0
 */
export interface CheckpointFile {
  readonly note: string
  readonly checkpoint: Checkpoint
}

/**
 * The signed checkpoint in the file an option names (as `checkpoint` writes it), or a usage error
 * naming the option, the file and what is wrong.
 *
 * @category input
 * @since 0.5.0
 */
export const readCheckpointFile = (io: Io, command: string, option: string, file: string): CheckpointFile => {
  const note = readInputFile(io, option, file)
  const signed = parseSignedNote(note)
  const body = signed.ok ? parseCheckpointBody(signed.value.text) : signed
  if (!body.ok)
    throw new UsageError({
      command,
      detail: `${option} ${file} is not a signed checkpoint (${body.refusal.message}): give a file plan-ledger checkpoint wrote`
    })
  return { note, checkpoint: body.value }
}
