import { closeSync, constants, existsSync, fsyncSync, ftruncateSync, openSync, readSync, writeSync } from "node:fs"
import { dirname } from "node:path"
import { type EventSchema, StoreUnavailable } from "@plan-ledger/eventstore"
import { withFileLock } from "./FileLock.js"
import { examineLedgerFile, type LineDamage, type TornTail } from "./LedgerCondition.js"

/**
 * What `repairJsonlStore` found and did:
 * - `intact`: whole batches only, hash chain intact — nothing to repair;
 * - `torn-tail`: the file ended in a torn tail and nothing else is wrong; `sideFile` is where it
 *   was moved (absent on a dry run, which moves nothing);
 * - `damaged`: damage repair does not touch — every damaged line, and the torn tail if there is
 *   one as well. Nothing was moved.
 *
 * @category repairing
 * @since 0.1.0
 */
export type RepairReport =
  | { readonly outcome: "intact"; readonly wholeEvents: number }
  | { readonly outcome: "torn-tail"; readonly wholeEvents: number; readonly tail: TornTail; readonly sideFile: string | undefined }
  | {
      readonly outcome: "damaged"
      readonly wholeEvents: number
      readonly damage: ReadonlyArray<LineDamage>
      readonly tail: TornTail | undefined
    }

const syncPath = (path: string, flags: number): void => {
  const descriptor = openSync(path, flags)
  try {
    fsyncSync(descriptor)
  } finally {
    closeSync(descriptor)
  }
}

// The side file is written, synced and its name made durable before the ledger is cut, so the
// torn bytes exist on disk at every moment.
const moveTailAside = (path: string, tail: TornTail, now: Date): string => {
  const sideFile = `${path}.torn-${now.toISOString().replace(/[:.]/gu, "-")}`
  const ledger = openSync(path, "r+")
  try {
    const bytes = Buffer.alloc(tail.bytes)
    readSync(ledger, bytes, 0, tail.bytes, tail.offset)
    const side = openSync(sideFile, "wx")
    try {
      for (let written = 0; written < bytes.length;) written += writeSync(side, bytes, written, bytes.length - written)
      fsyncSync(side)
    } finally {
      closeSync(side)
    }
    syncPath(dirname(path), constants.O_RDONLY | constants.O_DIRECTORY)
    ftruncateSync(ledger, tail.offset)
    fsyncSync(ledger)
  } finally {
    closeSync(ledger)
  }
  return sideFile
}

/**
 * Repairs a JSON-lines ledger as far as it honestly can. A torn tail — the end of the file after
 * its last whole batch, left by an append that never completed — is moved to a side file
 * `<path>.torn-<timestamp>` (written and synced first) and the ledger cut back to its last whole
 * batch. Damage anywhere else (a blank line, a byte-order mark, a changed byte, an event that
 * breaks the chain) is reported line by line with the event it affects, and nothing is moved: no
 * valid event is ever taken out of the ledger; the chain is followed with `events`, the schema of
 * the events the ledger holds. `dryRun` reports without changing anything. The
 * repair itself holds the ledger's lock, so no append runs meanwhile.
 *
 * @example
 * import { repairJsonlStore } from "@plan-ledger/store-jsonl"
 * import { LedgerEvents } from "@plan-ledger/core/store"
 * const report = await repairJsonlStore("ledger.jsonl", { events: LedgerEvents, dryRun: true })
 *
 * @category repairing
 * @since 0.1.0
 */
export const repairJsonlStore = async (
  path: string,
  options: { readonly events: EventSchema.EventSchema; readonly dryRun?: boolean; readonly now?: Date }
): Promise<RepairReport> => {
  const store = `jsonl:${path}`
  if (!existsSync(path)) throw new StoreUnavailable({ store, detail: `no ledger at ${path}: there is nothing to repair` })
  const examineAndRepair = async (): Promise<RepairReport> => {
    const condition = await examineLedgerFile(path, { events: options.events })
    const { wholeEvents, tornTail, damage } = condition
    if (damage.length > 0) return { outcome: "damaged", wholeEvents, damage, tail: tornTail }
    if (tornTail === undefined) return { outcome: "intact", wholeEvents }
    const sideFile = options.dryRun === true ? undefined : moveTailAside(path, tornTail, options.now ?? new Date())
    return { outcome: "torn-tail", wholeEvents, tail: tornTail, sideFile }
  }
  return options.dryRun === true ? examineAndRepair() : withFileLock(`${path}.lock`, store, examineAndRepair)
}

/**
 * Where a torn tail starts, if the file ends in one (see `examineLedgerFile`; damage elsewhere is
 * not a torn tail).
 *
 * @category repairing
 * @since 0.1.0
 */
export const findTornTail = async (path: string): Promise<{ readonly offset: number; readonly lineNumber: number } | undefined> => {
  const { tornTail } = await examineLedgerFile(path)
  return tornTail === undefined ? undefined : { offset: tornTail.offset, lineNumber: tornTail.fromLine }
}
