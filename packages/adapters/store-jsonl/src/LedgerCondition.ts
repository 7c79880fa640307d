import { ChainVerifier, type EventSchema } from "@plan-ledger/eventstore"
import { closesBatch } from "./BatchBoundary.js"
import { readLines } from "./LineReader.js"

/**
 * The event a line holds, or should hold, as far as it can be read: its global position, id and
 * stream (each absent when the line does not say).
 *
 * @category repairing
 * @since 0.3.0
 */
export interface AffectedEvent {
  readonly globalPosition?: number
  readonly eventId?: string
  readonly stream?: string
}

/**
 * What is wrong with a damaged line:
 * - `blank-line`: an empty line, which holds no event;
 * - `byte-order-mark`: the file starts with a UTF-8 byte-order mark, as some editors add;
 * - `unreadable-line`: a whole line (it ends in a newline) that is not a JSON object — a changed
 *   or lost byte, since an append never writes one;
 * - `unterminated-batch`: the last line is a whole event closing its batch but lacks its newline;
 * - `cut-short`: the file ends in the middle of a line of a batch that is damaged anyway;
 * - `broken-chain`: the line reads as a record, but it breaks the hash chain (it was changed,
 *   removed, inserted or reordered).
 *
 * @category repairing
 * @since 0.3.0
 */
export type LineProblem = "blank-line" | "byte-order-mark" | "unreadable-line" | "unterminated-batch" | "cut-short" | "broken-chain"

/**
 * One damaged line: its number (from 1), the problem, the problem in words, and the event it
 * affects, if it holds or should hold one.
 *
 * @category repairing
 * @since 0.3.0
 */
export interface LineDamage {
  readonly lineNumber: number
  readonly problem: LineProblem
  readonly description: string
  readonly event?: AffectedEvent
}

/**
 * The end of the file after its last whole batch, when it is what an append that never completed
 * leaves: whole lines of records that do not close their batch, each sealed as written (so none
 * was a closing line whose mark was taken off), and perhaps a last line cut short. None of it was
 * ever acknowledged or read as events.
 *
 * @category repairing
 * @since 0.3.0
 */
export interface TornTail {
  /** The byte offset where it starts: the end of the last whole batch. */
  readonly offset: number
  readonly fromLine: number
  readonly toLine: number
  readonly bytes: number
  /** The records on its whole lines. */
  readonly events: ReadonlyArray<AffectedEvent>
  /** Whether its last line is cut short (no newline). */
  readonly cutShort: boolean
}

/**
 * What a full read of the file found: how many events its whole batches hold, the torn tail (if
 * the file ends in one) and every damaged line, in file order.
 *
 * @category repairing
 * @since 0.3.0
 */
export interface LedgerCondition {
  readonly wholeEvents: number
  readonly tornTail: TornTail | undefined
  readonly damage: ReadonlyArray<LineDamage>
}

const BYTE_ORDER_MARK = "\uFEFF"

const parseObject = (text: string): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

const affectedBy = (record: Record<string, unknown>): AffectedEvent => ({
  ...(typeof record["globalPosition"] === "number" ? { globalPosition: record["globalPosition"] } : {}),
  ...(typeof record["eventId"] === "string" ? { eventId: record["eventId"] } : {}),
  ...(typeof record["stream"] === "string" ? { stream: record["stream"] } : {})
})

// A line with a changed byte usually still shows its position, id and stream.
const affectedByText = (text: string, expectedPosition: number): AffectedEvent => {
  const position = /"globalPosition":(\d+)/u.exec(text)?.[1]
  const eventId = /"eventId":"([^"]+)"/u.exec(text)?.[1]
  const stream = /"stream":"([^"]+)"/u.exec(text)?.[1]
  return {
    globalPosition: position === undefined ? expectedPosition : Number(position),
    ...(eventId === undefined ? {} : { eventId }),
    ...(stream === undefined ? {} : { stream })
  }
}

/**
 * Reads the whole file and tells a torn tail — what a crash during an append leaves — from damage
 * anywhere else: a blank line, a byte-order mark, a whole line that does not read, an event that
 * breaks the hash chain. A torn tail is only ever the end of the file after its last whole batch,
 * holding no damaged whole line; everything else is damage, located by line with the event it
 * affects. A missing file is an empty one. The hash chain is followed with the schema of the
 * events the ledger holds, `options.events`; without it the chain is left to the caller (`verify`
 * walks it anyway), so the file's lines are only parsed.
 *
 * @category repairing
 * @since 0.3.0
 */
export const examineLedgerFile = async (
  path: string,
  options: { readonly events?: EventSchema.EventSchema } = {}
): Promise<LedgerCondition> => {
  const damage: Array<LineDamage> = []
  const walker = options.events === undefined ? undefined : ChainVerifier.makeChainWalker(options.events)
  // The chain is followed up to the first damaged line: past it, every link would look broken.
  let chainReadable = walker !== undefined
  let wholeEvents = 0
  let lastPosition = 0
  let pending: Array<{ readonly record: Record<string, unknown>; readonly lineNumber: number }> = []
  let tailStart = { offset: 0, lineNumber: 1 }
  let damagedSinceLastBatch = false
  let cutShort: { readonly text: string; readonly lineNumber: number } | undefined
  let lastLine = 0
  let size = 0
  const addDamage = (entry: LineDamage): void => {
    damage.push(entry)
    chainReadable = false
    damagedSinceLastBatch = true
  }
  const checkChain = (entries: ReadonlyArray<{ readonly record: Record<string, unknown>; readonly lineNumber: number }>): void => {
    for (const entry of entries) {
      if (!chainReadable || walker === undefined) return
      const checked = walker.check(entry.record)
      if (!checked.ok) {
        addDamage({
          lineNumber: entry.lineNumber,
          problem: "broken-chain",
          description: `the event breaks the hash chain (${checked.damage.kind}: ${checked.damage.message})`,
          event: affectedBy(entry.record)
        })
      }
    }
  }

  for await (const line of readLines(path)) {
    lastLine = line.lineNumber
    size = line.endOffset
    if (!line.complete) {
      cutShort = { text: line.text, lineNumber: line.lineNumber }
      continue
    }
    if (line.text.trim() === "") {
      addDamage({ lineNumber: line.lineNumber, problem: "blank-line", description: "the line is blank; it holds no event" })
      continue
    }
    const withMark = line.lineNumber === 1 && line.text.startsWith(BYTE_ORDER_MARK)
    const record = parseObject(withMark ? line.text.slice(BYTE_ORDER_MARK.length) : line.text)
    if (record === undefined) {
      lastPosition += 1
      addDamage({
        lineNumber: line.lineNumber,
        problem: "unreadable-line",
        description: "the line is not a readable JSON object (a byte was changed or lost; an append never writes such a line)",
        event: affectedByText(line.text, lastPosition)
      })
      continue
    }
    if (typeof record["globalPosition"] === "number") lastPosition = record["globalPosition"]
    if (withMark) {
      addDamage({
        lineNumber: 1,
        problem: "byte-order-mark",
        description:
          "the file starts with a UTF-8 byte-order mark (an editor added it) before the event on this line, which is otherwise whole",
        event: affectedBy(record)
      })
    }
    pending.push({ record, lineNumber: line.lineNumber })
    if (!closesBatch(record)) continue
    checkChain(pending)
    wholeEvents += pending.length
    pending = []
    tailStart = { offset: line.endOffset, lineNumber: line.lineNumber + 1 }
    damagedSinceLastBatch = false
  }

  // The whole lines after the last whole batch are checked too: an append that never completed
  // sealed them as they are, so one that breaks the chain (a closing line whose mark was changed,
  // making a whole batch look cut short) is damage, not a torn tail.
  checkChain(pending)
  const lastRecord = cutShort === undefined ? undefined : parseObject(cutShort.text)
  if (cutShort !== undefined && lastRecord !== undefined && closesBatch(lastRecord)) {
    addDamage({
      lineNumber: cutShort.lineNumber,
      problem: "unterminated-batch",
      description:
        "the line is a whole event that closes its batch, but the file does not end with a newline after it (an editor may have removed it)",
      event: affectedBy(lastRecord)
    })
  } else if (cutShort !== undefined && damagedSinceLastBatch) {
    addDamage({ lineNumber: cutShort.lineNumber, problem: "cut-short", description: "the file ends in the middle of this line" })
  }
  const hasTail = pending.length > 0 || cutShort !== undefined
  const tornTail: TornTail | undefined =
    hasTail && !damagedSinceLastBatch
      ? {
          offset: tailStart.offset,
          fromLine: tailStart.lineNumber,
          toLine: lastLine,
          bytes: size - tailStart.offset,
          events: pending.map((entry) => affectedBy(entry.record)),
          cutShort: cutShort !== undefined
        }
      : undefined
  return { wholeEvents, tornTail, damage }
}

/**
 * An event in words: "the event at position 37 (id …, stream …)".
 *
 * @category repairing
 * @since 0.3.0
 */
export const describeEvent = (event: AffectedEvent): string => {
  const details = [
    event.eventId === undefined ? [] : [`id ${event.eventId}`],
    event.stream === undefined ? [] : [`stream ${event.stream}`]
  ].flat()
  return `the event at position ${event.globalPosition ?? "?"}${details.length === 0 ? "" : ` (${details.join(", ")})`}`
}

/**
 * Why a store refuses to open or append to the file, from its condition, with what to do: a torn
 * tail points to `plan-ledger repair`; damage elsewhere names its first line, and says nothing
 * will be moved.
 *
 * @category repairing
 * @since 0.3.0
 */
export const refusalDetail = (path: string, condition: LedgerCondition): string => {
  const [first, ...others] = condition.damage
  if (first !== undefined) {
    return `line ${first.lineNumber} is damaged: ${first.description}${first.event === undefined ? "" : `; it affects ${describeEvent(first.event)}`}${others.length === 0 ? "" : `; ${others.length} more damaged line${others.length === 1 ? "" : "s"}`}. This is not an append cut short, so repair moves nothing: run plan-ledger repair --store jsonl:${path} --dry-run for the full report, then restore the ledger from a backup or copy`
  }
  if (condition.tornTail !== undefined) {
    return `line ${condition.tornTail.fromLine} onwards is a partly written batch (an append that never completed); it was never read as events. Run plan-ledger repair --store jsonl:${path} to move it to a side file (repairJsonlStore from code)`
  }
  return "the file changed while it was read (another process was appending): open it again"
}
