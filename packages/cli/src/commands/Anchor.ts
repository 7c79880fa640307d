import { appendFileSync } from "node:fs"
import { resolve } from "node:path"
import { Anchor } from "@plan-ledger/eventstore"
import { fileUnavailable } from "../CliErrors.js"
import { openLedgerStore, storeUrl } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import { checkOutputTarget } from "../OutputTarget.js"
import type { CommandInput } from "../Spec.js"

/**
 * `plan-ledger anchor [--append <file>]`: prints the anchor line of the ledger's head, and with
 * `--append` adds it to a file too.
 *
 * @category commands
 * @since 0.2.0
 */
export const anchor = async ({ values }: CommandInput<"anchor">, io: Io): Promise<ExitCode> => {
  if (values.append !== undefined)
    checkOutputTarget(io, "anchor", "--append", values.append, [storeUrl(values, io)], { append: true, force: false })
  const store = await openLedgerStore(values, io, "read")
  let line: string
  try {
    line = `${Anchor.format(await Anchor.ofHead(store, io.now()))}\n`
  } finally {
    await store.close()
  }
  if (values.append !== undefined) {
    try {
      appendFileSync(resolve(io.cwd, values.append), line)
    } catch (error) {
      throw fileUnavailable(values.append, "append the anchor to", error)
    }
  }
  io.stdout(line)
  return ExitCode.ok
}
