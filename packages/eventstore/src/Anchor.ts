import { Data, Result } from "effect"
import type { EventStore } from "./EventStore.js"

/**
 * The head of the ledger at one instant, published outside it: the position and hash of its last
 * event (0 and `null` for an empty ledger) and when it was taken. A copy that no longer holds that
 * event at that position has lost its tail or was rewritten, even if its own chain is intact.
 *
 * @category models
 * @since 0.2.0
 */
export interface Anchor {
  readonly position: number
  readonly hash: string | null
  readonly anchoredAt: string
}

/**
 * An anchor as an auditor gives it back: a whole anchor line, `<position>:<hash>` (no instant) or
 * the hash alone (no position either: it is looked for anywhere in the log).
 *
 * @category models
 * @since 0.2.0
 */
export interface Expected {
  readonly position: number | null
  readonly hash: string | null
  readonly anchoredAt: string | null
}

/**
 * The event an anchor names, as the store holds it: its position and hash.
 *
 * @category models
 * @since 0.2.0
 */
export interface Held {
  readonly position: number
  readonly hash: string | null
}

const PREFIX = "plan-ledger anchor"
const NO_HASH = "none"
const HASH = /^[0-9a-f]{64}$/u
const POSITION = /^(0|[1-9][0-9]*)$/u
const FIX = `give the line "plan-ledger anchor" printed (such as "${PREFIX} 42 <64 hex digits> 2026-11-24T10:00:00.000Z"), <position>:<hash>, or the 64-hex hash alone`

/**
 * Text given as an anchor is not one; the message says what is wrong and what to give instead.
 *
 * @category errors
 * @since 0.2.0
 */
export class InvalidAnchor extends Data.TaggedError("InvalidAnchor")<{
  readonly text: string
  readonly detail: string
}> {
  override get message(): string {
    return `"${this.text}" is not an anchor: ${this.detail}; ${FIX}`
  }
}

/**
 * The ledger no longer holds the anchored event: it ends before the anchored position (events
 * were removed), holds another event there (the log was rewritten), or — for a bare hash — holds
 * no event with that hash anywhere.
 *
 * @category errors
 * @since 0.2.0
 */
export class AnchorNotFound extends Data.TaggedError("AnchorNotFound")<{
  readonly expected: Expected
  readonly found:
    | { readonly kind: "ends-before"; readonly lastPosition: number }
    | { readonly kind: "other-hash"; readonly hash: string }
    | { readonly kind: "no-such-hash"; readonly lastPosition: number }
}> {
  override get message(): string {
    const restore = "restore the ledger from a backup or a copy that holds the anchored event"
    const anchored = this.expected.position ?? 0
    switch (this.found.kind) {
      case "ends-before":
        return `the ledger ends at position ${this.found.lastPosition}, but was anchored at position ${anchored}: events were removed; ${restore}`
      case "other-hash":
        return `the event at position ${anchored} is not the one anchored: the log was rewritten (its hash is ${this.found.hash}, the anchor's is ${this.expected.hash ?? NO_HASH}); ${restore}`
      case "no-such-hash":
        return `no event of the ledger (which ends at position ${this.found.lastPosition}) has the anchored hash ${this.expected.hash ?? NO_HASH}: events were removed or the log was rewritten; ${restore}`
    }
  }
}

/**
 * The anchor of the store's head now, taken at `at`.
 *
 * @category constructors
 * @since 0.2.0
 */
export const ofHead = async (store: EventStore, at: Date): Promise<Anchor> => {
  const head = await store.head()
  return { position: head.globalPosition, hash: head.hash, anchoredAt: at.toISOString() }
}

/**
 * The anchor as one line: `plan-ledger anchor <position> <hash> <ISO instant>` (`none` for the
 * hash of an empty ledger).
 *
 * @category formatting
 * @since 0.2.0
 */
export const format = (anchor: Anchor): string => `${PREFIX} ${anchor.position} ${anchor.hash ?? NO_HASH} ${anchor.anchoredAt}`

const positionAndHash = (text: string, position: string, hash: string): Result.Result<Held, InvalidAnchor> => {
  if (!POSITION.test(position)) return Result.fail(new InvalidAnchor({ text, detail: `the position "${position}" is not a whole number` }))
  const at = Number(position)
  if (hash === NO_HASH)
    return at === 0
      ? Result.succeed({ position: 0, hash: null })
      : Result.fail(new InvalidAnchor({ text, detail: `only an empty ledger (position 0) anchors without a hash` }))
  if (!HASH.test(hash)) return Result.fail(new InvalidAnchor({ text, detail: `the hash "${hash}" is not 64 lowercase hex digits` }))
  if (at === 0) return Result.fail(new InvalidAnchor({ text, detail: `position 0 is an empty ledger, which has no hash` }))
  return Result.succeed({ position: at, hash })
}

/**
 * Reads an anchor given back: a whole anchor line, `<position>:<hash>`, or a bare 64-hex hash.
 *
 * @category parsing
 * @since 0.2.0
 */
export const parse = (input: string): Result.Result<Expected, InvalidAnchor> => {
  const text = input.trim()
  if (text === "") return Result.fail(new InvalidAnchor({ text, detail: "it is empty" }))
  if (HASH.test(text)) return Result.succeed({ position: null, hash: text, anchoredAt: null })
  if (text.startsWith(`${PREFIX} `)) {
    const fields = text.slice(PREFIX.length).trim().split(/\s+/u)
    if (fields.length !== 3)
      return Result.fail(new InvalidAnchor({ text, detail: `an anchor line has a position, a hash and an instant after "${PREFIX}"` }))
    const [position = "", hash = "", instant = ""] = fields
    if (Number.isNaN(Date.parse(instant)) || !/^\d{4}-\d{2}-\d{2}T/u.test(instant))
      return Result.fail(new InvalidAnchor({ text, detail: `the instant "${instant}" is not an ISO-8601 instant` }))
    return Result.map(positionAndHash(text, position, hash), (held) => ({ ...held, anchoredAt: instant }))
  }
  const colon = text.indexOf(":")
  if (colon > 0 && !/\s/u.test(text))
    return Result.map(positionAndHash(text, text.slice(0, colon), text.slice(colon + 1)), (held) => ({ ...held, anchoredAt: null }))
  return Result.fail(new InvalidAnchor({ text, detail: "it is neither an anchor line, <position>:<hash> nor a hash" }))
}

/**
 * Whether the store still holds the anchored event: at the anchored position, an event with the
 * anchored hash (for a bare hash, such an event anywhere). An empty ledger's anchor always holds.
 *
 * @category checking
 * @since 0.2.0
 */
export const check = async (store: EventStore, expected: Expected): Promise<Result.Result<Held, AnchorNotFound>> => {
  if (expected.hash === null) return Result.succeed({ position: 0, hash: null })
  if (expected.position === null) {
    for await (const event of store.readAll()) {
      if (event.hash === expected.hash) return Result.succeed({ position: event.globalPosition, hash: event.hash })
    }
    const head = await store.head()
    return Result.fail(new AnchorNotFound({ expected, found: { kind: "no-such-hash", lastPosition: head.globalPosition } }))
  }
  for await (const event of store.readAll({ fromPosition: expected.position })) {
    return event.globalPosition === expected.position && event.hash === expected.hash
      ? Result.succeed({ position: event.globalPosition, hash: event.hash })
      : Result.fail(new AnchorNotFound({ expected, found: { kind: "other-hash", hash: event.hash } }))
  }
  const head = await store.head()
  return Result.fail(new AnchorNotFound({ expected, found: { kind: "ends-before", lastPosition: head.globalPosition } }))
}
