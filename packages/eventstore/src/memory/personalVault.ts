import type { ErasedValue, PersonalVault, SubjectLink, VaultEntry } from "../personal/PersonalVault.js"

/**
 * `personalVault` of the in-memory store: a map beside the log. An erased value is replaced in
 * the map, so no reference to it is left.
 *
 * @category personal data
 * @since 0.4.0
 */
export const personalVault = (): PersonalVault => {
  const entries = new Map<string, VaultEntry>()
  let links: ReadonlyArray<SubjectLink> = []
  return {
    keep: async (values) => {
      for (const value of values) if (!entries.has(value.commitment)) entries.set(value.commitment, value)
    },
    discard: async (commitments) => {
      for (const commitment of commitments) entries.delete(commitment)
    },
    read: async (commitments) => {
      const found = new Map<string, VaultEntry>()
      for (const commitment of commitments) {
        const entry = entries.get(commitment)
        if (entry !== undefined) found.set(commitment, entry)
      }
      return found
    },
    entriesOf: async (eventIds) => {
      const wanted = new Set(eventIds)
      return [...entries.values()].filter((entry) => wanted.has(entry.eventId))
    },
    entries: async function* () {
      yield* [...entries.values()].sort((left, right) => (left.commitment < right.commitment ? -1 : 1))
    },
    erase: async (commitments, erasure) => {
      for (const commitment of commitments) {
        const entry = entries.get(commitment)
        if (entry === undefined || "erasedOn" in entry) continue
        const erased: ErasedValue = { commitment, eventId: entry.eventId, pointer: entry.pointer, kind: entry.kind, ...erasure }
        entries.set(commitment, erased)
      }
    },
    import: async (source) => {
      let count = 0
      for await (const entry of source) {
        entries.set(entry.commitment, entry)
        count++
      }
      return count
    },
    link: async (link) => {
      links = [...links.filter((known) => known.alias !== link.alias), link]
    },
    links: async () => links,
    unlink: async (names) => {
      const forgotten = new Set(names)
      links = links.filter((link) => !forgotten.has(link.alias) && !forgotten.has(link.subject))
    }
  }
}
