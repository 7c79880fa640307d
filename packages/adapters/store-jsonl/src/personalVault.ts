import { randomUUID } from "node:crypto"
import { closeSync, openSync, readSync, statSync } from "node:fs"
import { type NewEvent, PersonalData, type RecordedEvent, StoreGuards, StoreUnavailable } from "@plan-ledger/eventstore"
import { appendDurably } from "./DurableAppend.js"
import { readLines } from "./LineReader.js"
import type { JsonlLedger } from "./open.js"
import { writeWholeFile } from "./WrittenBeside.js"

// One line of the side file: a value kept, a value erased, a kept value forgotten (its append
// failed), or a link. A later line about the same commitment or alias replaces an earlier one. A
// file written whole (a rewrite) begins with a line naming its generation.
type VaultLine =
  | { readonly generation: string }
  | { readonly kept: PersonalData.KeptValue }
  | { readonly erased: PersonalData.ErasedValue }
  | { readonly forgotten: string }
  | { readonly link: PersonalData.SubjectLink }

// Where the line of a commitment's entry lies in the side file, and what its look-ups need.
interface EntryLine {
  readonly offset: number
  readonly length: number
  readonly eventId: string
  readonly erased: boolean
}

// The side file as read so far: where each commitment's latest line is (values are read from the
// file, never held), the links, and which file (inode) up to which byte and line; `torn` when it
// ends in a line cut short (an append that never completed).
interface VaultIndex {
  readonly entries: Map<string, EntryLine>
  readonly links: Map<string, PersonalData.SubjectLink>
  inode: number
  /** The generation the file's first line names (`undefined` for a file never rewritten). */
  generation: string | undefined
  offset: number
  lines: number
  torn: boolean
}

const emptyIndex = (): VaultIndex => ({
  entries: new Map(),
  links: new Map(),
  inode: 0,
  generation: undefined,
  offset: 0,
  lines: 0,
  torn: false
})

// Entries read from the file at a time by `entries`.
const PAGE = 500

const keptLine = (value: PersonalData.KeptValue): VaultLine => ({
  kept: {
    commitment: value.commitment,
    eventId: value.eventId,
    pointer: value.pointer,
    kind: value.kind,
    subject: value.subject,
    salt: value.salt,
    value: value.value
  }
})

const erasedLine = (entry: PersonalData.ErasedValue): VaultLine => ({
  erased: {
    commitment: entry.commitment,
    eventId: entry.eventId,
    pointer: entry.pointer,
    kind: entry.kind,
    erasedOn: entry.erasedOn,
    erasedBy: entry.erasedBy
  }
})

const entryLine = (entry: PersonalData.VaultEntry): VaultLine => ("erasedOn" in entry ? erasedLine(entry) : keptLine(entry))

const linesText = (lines: ReadonlyArray<VaultLine>): Buffer => Buffer.from(lines.map((line) => `${JSON.stringify(line)}\n`).join(""))

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null

const parseLine = (text: string): VaultLine | undefined => {
  let line: unknown
  try {
    line = JSON.parse(text)
  } catch {
    return undefined
  }
  if (!isObject(line)) return undefined
  if (typeof line["generation"] === "string") return line as VaultLine
  if (isObject(line["kept"]) && typeof line["kept"]["commitment"] === "string") return line as VaultLine
  if (isObject(line["erased"]) && typeof line["erased"]["commitment"] === "string") return line as VaultLine
  if (typeof line["forgotten"] === "string") return line as VaultLine
  if (isObject(line["link"]) && typeof line["link"]["alias"] === "string") return line as VaultLine
  return undefined
}

const entryOf = (line: VaultLine | undefined): PersonalData.VaultEntry | undefined =>
  line === undefined ? undefined : "kept" in line ? line.kept : "erased" in line ? line.erased : undefined

const apply = (index: VaultIndex, line: VaultLine, where: { readonly offset: number; readonly length: number }): void => {
  const entry = entryOf(line)
  if (entry !== undefined) index.entries.set(entry.commitment, { ...where, eventId: entry.eventId, erased: "erasedOn" in entry })
  else if ("generation" in line) index.generation = line.generation
  else if ("forgotten" in line) index.entries.delete(line.forgotten)
  else if ("link" in line) index.links.set(line.link.alias, line.link)
}

const byCommitment = (left: string, right: string): number => (left < right ? -1 : 1)

// What a write asks of the file beyond its appended lines: to be rewritten with these erasures in
// place of the values they erase, and with these links (or the links as they are).
interface Rewrite {
  readonly erased?: ReadonlyMap<string, PersonalData.ErasedValue>
  readonly links?: ReadonlyArray<PersonalData.SubjectLink>
}

/**
 * `personalVault` of the JSON-lines store: a side file beside the ledger, `<path>.personal.jsonl`,
 * one JSON object per line — `{"kept": …}`, `{"erased": …}`, `{"forgotten": commitment}` or
 * `{"link": …}`, a later line replacing an earlier one about the same commitment or alias; a file
 * written whole begins with `{"generation": …}`, new at each rewrite, so a reader whose file was
 * replaced by one that reuses its inode number still reads it afresh. The
 * store indexes where each commitment's line is, reading the file once and then only what was
 * appended since, as it does the ledger; values are read from the file when asked for, never held
 * (a line not where the index has it — the file was edited in place — makes it read the file
 * afresh). Writes hold the ledger's lock and append as the ledger does (`appendDurably`: one
 * write, fsync, the folder synced when the file is new). `erase` and `unlink` rewrite the file
 * whole without what they remove (`writeWholeFile`: written beside, fsynced, renamed into place,
 * the folder fsynced), so no erased value, salt or subject is left in it; so does a write that finds
 * the file ending in a line cut short (values kept by an append that never completed). The
 * ledger's own lines hold only commitments; the snapshot file is deleted by `snapshots.clear`. A
 * ledger opened to read refuses every write.
 *
 * @category personal data
 * @since 0.5.0
 */
export const personalVault = <New extends NewEvent, Recorded extends RecordedEvent>(
  ledger: JsonlLedger<New, Recorded>
): PersonalData.PersonalVault => {
  const { storeName, fileSystem } = ledger
  const path = `${ledger.path}.personal.jsonl`
  let index = emptyIndex()
  const damaged = (where: string): StoreUnavailable =>
    new StoreUnavailable({
      store: storeName,
      detail: `${where} of the personal values file ${path} is not a vault entry: the file was changed outside plan-ledger; restore it from a backup`
    })

  // The generation a file's first line names, if it names one.
  const generationOnFile = async (): Promise<string | undefined> => {
    for await (const line of readLines(path, 0, 1)) {
      const parsed = line.complete ? parseLine(line.text) : undefined
      return parsed !== undefined && "generation" in parsed ? parsed.generation : undefined
    }
    return undefined
  }

  // Takes in the lines appended since the last read. A file replaced since (by a rewrite: another
  // inode, or the same inode number reused with another generation on its first line), shorter
  // than what was read, or whose next line does not read (it was edited in place) is read afresh.
  const catchUp = async (): Promise<VaultIndex> => {
    StoreGuards.ensureOpen(ledger)
    const file = fileSystem.exists(path) ? statSync(path) : { ino: 0, size: 0 }
    const replaced =
      file.ino !== index.inode || file.size < index.offset || (index.offset > 0 && (await generationOnFile()) !== index.generation)
    if (replaced) index = { ...emptyIndex(), inode: file.ino }
    const readFrom = index.offset
    index.torn = false
    for await (const line of readLines(path, index.offset, index.lines + 1)) {
      if (!line.complete) {
        index.torn = true
        break
      }
      const parsed = parseLine(line.text)
      if (parsed === undefined && readFrom > 0) {
        index = emptyIndex()
        return catchUp()
      }
      if (parsed === undefined) throw damaged(`line ${line.lineNumber}`)
      const length = Buffer.byteLength(line.text)
      apply(index, parsed, { offset: line.endOffset - length - 1, length })
      index.offset = line.endOffset
      index.lines = line.lineNumber
    }
    return index
  }

  // The entries of these commitments as their lines say, or `undefined` when a line is not where
  // the index has it.
  const readAt = (current: VaultIndex, commitments: ReadonlyArray<string>): Map<string, PersonalData.VaultEntry> | undefined => {
    const found = new Map<string, PersonalData.VaultEntry>()
    const wanted = commitments.flatMap((commitment) => {
      const at = current.entries.get(commitment)
      return at === undefined ? [] : [{ commitment, ...at }]
    })
    if (wanted.length === 0) return found
    const descriptor = openSync(path, "r")
    try {
      for (const { commitment, offset, length } of wanted) {
        const buffer = Buffer.alloc(length)
        const read = readSync(descriptor, buffer, 0, length, offset)
        const entry = entryOf(parseLine(buffer.toString("utf8", 0, read)))
        if (entry?.commitment !== commitment) return undefined
        found.set(commitment, entry)
      }
    } finally {
      closeSync(descriptor)
    }
    return found
  }

  const entriesIn = async (current: VaultIndex, commitments: ReadonlyArray<string>): Promise<Map<string, PersonalData.VaultEntry>> => {
    const found = readAt(current, commitments)
    if (found !== undefined) return found
    index = emptyIndex()
    const afresh = readAt(await catchUp(), commitments)
    if (afresh === undefined) throw damaged("a line read while it was being changed")
    return afresh
  }

  // Writes the vault as the index has it, with the rewrite's changes, in place of the file.
  const rewrite = async (current: VaultIndex, { erased, links = [...current.links.values()] }: Rewrite): Promise<void> => {
    const commitments = [...current.entries.keys()].sort(byCommitment)
    await writeWholeFile(fileSystem, path, storeName, async (write) => {
      write(linesText([{ generation: randomUUID() }]))
      for (let start = 0; start < commitments.length; start += PAGE) {
        const stored = await entriesIn(current, commitments.slice(start, start + PAGE))
        write(linesText([...stored.values()].map((entry) => entryLine(erased?.get(entry.commitment) ?? entry))))
      }
      write(linesText(links.map((link) => ({ link }))))
    })
    index = emptyIndex()
    await catchUp()
  }

  // Runs a write holding the ledger's lock, on the vault as the file stands: `change` gives the
  // lines to append durably (after rewriting a file that ends in a line cut short, so they start on
  // a line of their own), and how the file must then be rewritten, if it must. A write that fails
  // forgets the index, so the next call reads the file afresh.
  const writing = async (
    change: (current: VaultIndex) => Promise<{ readonly lines: ReadonlyArray<VaultLine>; readonly rewrite?: Rewrite }>
  ): Promise<void> => {
    StoreGuards.ensureWritable(ledger)
    await ledger.underLock(async () => {
      try {
        const current = await catchUp()
        const { lines, rewrite: changes } = await change(current)
        if (lines.length > 0) {
          if (current.torn) await rewrite(current, {})
          appendDurably(fileSystem, path, linesText(lines), storeName)
        }
        const written = await catchUp()
        if (changes !== undefined) await rewrite(written, changes)
      } catch (cause) {
        index = emptyIndex()
        throw cause
      }
    })
  }

  // Runs a read on the vault as the file stands: under the lock for a writer, as the ledger's reads
  // are; a reader takes no lock (it creates nothing) and catches up instead.
  const reading = async <Result>(read: (current: VaultIndex) => Promise<Result>): Promise<Result> =>
    ledger.readOnly ? read(await catchUp()) : ledger.underLock(async () => read(await catchUp()))

  return {
    keep: (values) =>
      writing(async (current) => ({ lines: values.filter((value) => !current.entries.has(value.commitment)).map(keptLine) })),
    // A value forgotten must leave the file too, so the file is rewritten without it.
    discard: (commitments) =>
      writing(async (current) => {
        const held = commitments.filter((commitment) => current.entries.has(commitment))
        return { lines: held.map((forgotten) => ({ forgotten })), ...(held.length > 0 ? { rewrite: {} } : {}) }
      }),
    read: (commitments) => reading((current) => entriesIn(current, commitments)),
    entriesOf: (eventIds) => {
      const wanted = new Set(eventIds)
      return reading(async (current) => {
        const commitments = [...current.entries].filter(([, at]) => wanted.has(at.eventId)).map(([commitment]) => commitment)
        return [...(await entriesIn(current, commitments)).values()]
      })
    },
    entries: async function* () {
      const commitments = await reading(async (current) => [...current.entries.keys()].sort(byCommitment))
      for (let start = 0; start < commitments.length; start += PAGE) {
        const page = commitments.slice(start, start + PAGE)
        const stored = await reading((current) => entriesIn(current, page))
        for (const commitment of page) {
          const entry = stored.get(commitment)
          if (entry !== undefined) yield entry
        }
      }
    },
    erase: (commitments, { erasedOn, erasedBy }) =>
      writing(async (current) => {
        const kept = [...(await entriesIn(current, commitments)).values()].filter(
          (entry): entry is PersonalData.KeptValue => !PersonalData.isErased(entry)
        )
        return {
          lines: [],
          rewrite: {
            erased: new Map(
              kept.map(({ commitment, eventId, pointer, kind }) => [commitment, { commitment, eventId, pointer, kind, erasedOn, erasedBy }])
            )
          }
        }
      }),
    import: async (source) => {
      const lines: Array<VaultLine> = []
      for await (const entry of source) lines.push(entryLine(entry))
      // An erasure taking a kept value's place leaves the value in the file until it is rewritten.
      await writing(async (current) => ({
        lines,
        ...(lines.some((line) => "erased" in line && current.entries.get(line.erased.commitment)?.erased === false) ? { rewrite: {} } : {})
      }))
      return lines.length
    },
    link: ({ alias, subject }) => writing(async () => ({ lines: [{ link: { alias, subject } }] })),
    links: () => reading(async (current) => [...current.links.values()]),
    unlink: (names) =>
      writing(async (current) => {
        const forgotten = new Set(names)
        return {
          lines: [],
          rewrite: { links: [...current.links.values()].filter((link) => !forgotten.has(link.alias) && !forgotten.has(link.subject)) }
        }
      })
  }
}
