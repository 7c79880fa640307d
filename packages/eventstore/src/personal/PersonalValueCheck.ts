import type { RecordedEvent } from "../EventEnvelope.js"
import type { Damage, VerifyReport } from "../VerifyReport.js"
import { commitmentOf } from "./Commitment.js"
import type { PersonalDataErased } from "./PersonalDataErased.js"
import type { LocatedValue, PersonalPaths } from "./PersonalPaths.js"
import { type ErasedValue, isErased, type PersonalVault, type VaultEntry } from "./PersonalVault.js"
import { committedValues, inVaultPages } from "./VaultPages.js"

const damageAt = (event: RecordedEvent, message: string): Damage => ({
  kind: "personal-value",
  globalPosition: event.globalPosition,
  eventId: event.eventId,
  stream: event.stream,
  message: `event ${event.eventId} ${message}`
})

// The report of the first damage found: every event before it checked.
const failed = (damage: Damage): VerifyReport => ({ ok: false, eventsChecked: damage.globalPosition - 1, damage })

// The subject a kept value must be filed under: its own value for a name, the event's actor for
// what the actor wrote (unless the actor's value is erased: then nothing is known to check), and
// the identifier the event holds for the rest.
const expectedSubject = (
  found: LocatedValue,
  kept: { readonly value: string },
  entries: ReadonlyMap<string, VaultEntry>
): string | undefined => {
  if (found.subjectOf === "self") return kept.value
  if (found.subjectOf !== "actor") return found.subject
  const actor = found.subject === undefined ? undefined : entries.get(found.subject)
  return actor === undefined || isErased(actor) ? undefined : actor.value
}

// What is wrong with the entry the vault holds for one commitment of an event, if anything.
const problemOf = (
  event: RecordedEvent,
  found: LocatedValue,
  entry: VaultEntry | undefined,
  entries: ReadonlyMap<string, VaultEntry>
): string | undefined => {
  if (entry === undefined) return `holds a commitment at ${found.pointer} for which the store keeps neither a value nor an erasure`
  if (entry.eventId !== event.eventId || entry.pointer !== found.pointer)
    return `holds a commitment at ${found.pointer} that the store files under another place (${entry.eventId} at ${entry.pointer})`
  if (entry.kind !== found.kind) return `holds a ${found.kind} at ${found.pointer} that the store files as a ${entry.kind}`
  if (isErased(entry)) return undefined
  if (commitmentOf(entry.salt, entry.value) !== found.value)
    return `holds a commitment at ${found.pointer} that its kept value does not match: the value or its salt was changed`
  const subject = expectedSubject(found, entry, entries)
  if (subject !== undefined && entry.subject !== subject)
    return `holds a value at ${found.pointer} that the store files under another subject than the event names`
  return undefined
}

/**
 * Checks every personal value of a log against the vault, in global order, and reports the first
 * problem: a commitment the vault keeps nothing for; an entry filed under another event, field or
 * kind; a kept value or salt that no longer hashes to its commitment; a value filed under another
 * subject than the event names; an erased entry that no `PersonalDataErased` event lists (a value
 * removed in silence).
 *
 * @category verifying
 * @since 0.4.0
 */
export const verifyValues = async (
  paths: PersonalPaths,
  vault: PersonalVault,
  events: AsyncIterable<RecordedEvent>
): Promise<VerifyReport | undefined> => {
  // The erased entries met so far, each with the event that holds it, checked against the erasure
  // events once the whole log is read (an erasure comes after the events it erases).
  const erasedAt: Array<{
    readonly event: RecordedEvent
    readonly entry: ErasedValue
    readonly pointer: string
  }> = []
  const listed = new Map<string, ReadonlySet<string>>()
  const checkPage = async (page: ReadonlyArray<RecordedEvent>): Promise<Damage | undefined> => {
    const located = page.map((event) => committedValues(paths, event))
    const entries = await vault.read(located.flatMap((found) => found.map((value) => value.value)))
    for (const [index, event] of page.entries()) {
      const data = (event as { readonly data?: { readonly _tag?: unknown } }).data
      if (data?._tag === "PersonalDataErased")
        listed.set(event.eventId, new Set((data as PersonalDataErased).values.map((value) => value.commitment)))
      for (const found of located[index] as ReadonlyArray<LocatedValue>) {
        const entry = entries.get(found.value)
        const problem = problemOf(event, found, entry, entries)
        if (problem !== undefined) return damageAt(event, problem)
        if (entry !== undefined && isErased(entry)) erasedAt.push({ event, entry, pointer: found.pointer })
      }
    }
    return undefined
  }
  for await (const page of inVaultPages(events)) {
    const damage = await checkPage(page)
    if (damage !== undefined) return failed(damage)
  }
  const unlisted = erasedAt.find(({ entry }) => listed.get(entry.erasedBy)?.has(entry.commitment) !== true)
  if (unlisted === undefined) return undefined
  return failed(
    damageAt(
      unlisted.event,
      `holds a value at ${unlisted.pointer} that the store says was erased by ${unlisted.entry.erasedBy}, an event that records no such erasure`
    )
  )
}
