import { SubjectAccess } from "@plan-ledger/core"
import { openLedgerStore } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import { emit, guardOut, rendererFor } from "../Output.js"
import type { CommandInput } from "../Spec.js"

/**
 * `plan-ledger subject --id <subject> [--link <name>]`: every value the ledger keeps about a
 * person, with where it appears; with `--link`, first records that a name as recorded is theirs.
 *
 * @category commands
 * @since 0.6.0
 */
export const subject = async ({ values }: CommandInput<"subject">, io: Io): Promise<ExitCode> => {
  const renderer = await rendererFor(values.format)
  guardOut("subject", values, io)
  const store = await openLedgerStore(values, io, values.link === undefined ? "read" : "write")
  try {
    if (values.link !== undefined) {
      await store.personalData.link({ alias: values.link, subject: values.id })
      io.stderr(`linked "${values.link}" to the subject "${values.id}"\n`)
    }
    emit(io, await renderer.subjectAccess(await SubjectAccess.subjectAccess(store, values.id)), values.out)
    return ExitCode.ok
  } finally {
    await store.close()
  }
}
