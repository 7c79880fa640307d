import { Either, ParseResult, Schema } from "effect"
import { RecordedEvent } from "../event/EventEnvelope.js"
import { hashEvent } from "../event/EventHash.js"
import type { StoredRecord } from "./StoredRecord.js"
import type { Damage, VerifyReport } from "./VerifyReport.js"

const decodeRecorded = Schema.decodeUnknownEither(RecordedEvent)

const MESSAGE_LIMIT = 400

// The first thing the schema rejects, located by its path: the whole tree of a union's
// alternatives would bury it.
const firstIssue = (error: ParseResult.ParseError): string => {
  const [issue] = ParseResult.ArrayFormatter.formatErrorSync(error)
  if (issue === undefined) return "the record is not a valid event"
  const message = issue.message.length > MESSAGE_LIMIT ? `${issue.message.slice(0, MESSAGE_LIMIT)}...` : issue.message
  return issue.path.length === 0 ? message : `at ${issue.path.join(".")}: ${message}`
}

const field = (record: unknown, name: string): string | undefined =>
  typeof record === "object" && record !== null && name in record ? String((record as Record<string, unknown>)[name]) : undefined

/**
 * Follows a store's log in global order, one record at a time: decodes it with the event schemas,
 * recomputes its hash, checks its link to the previous hash, and checks that global positions and
 * stream revisions are gapless. Used by `verifyChain`, and by stores importing already-sealed
 * events (a copy), so both apply exactly the same checks.
 *
 * @category verifying
 * @since 0.1.0
 */
export interface ChainWalker {
  /** The next record as a checked event, or the damage it shows. */
  readonly check: (
    record: unknown
  ) => { readonly ok: true; readonly event: RecordedEvent } | { readonly ok: false; readonly damage: Damage }
  /** How many records passed. */
  readonly checked: () => number
  /** The hash of the last record that passed. */
  readonly lastHash: () => string | null
}

/**
 * A fresh walker, expecting global position 1 and no previous hash.
 *
 * @category verifying
 * @since 0.1.0
 */
export const makeChainWalker = (): ChainWalker => {
  let previousHash: string | null = null
  let expectedPosition = 1
  const lastRevisionByStream = new Map<string, number>()
  const damage = (record: unknown, kind: Damage["kind"], message: string) => {
    const eventId = field(record, "eventId")
    const stream = field(record, "stream")
    return {
      ok: false as const,
      damage: {
        kind,
        message,
        globalPosition: expectedPosition,
        ...(eventId === undefined ? {} : { eventId }),
        ...(stream === undefined ? {} : { stream })
      }
    }
  }
  return {
    check: (record) => {
      const decoded = decodeRecorded(record)
      if (Either.isLeft(decoded)) return damage(record, "undecodable", firstIssue(decoded.left))
      const event = decoded.right
      if (event.globalPosition !== expectedPosition)
        return damage(record, "out-of-order", `expected global position ${expectedPosition}, found ${event.globalPosition}`)
      const expectedRevision = (lastRevisionByStream.get(event.stream) ?? -1) + 1
      if (event.streamRevision !== expectedRevision) {
        return damage(
          record,
          "out-of-order",
          `expected revision ${expectedRevision} of stream "${event.stream}", found ${event.streamRevision}`
        )
      }
      if (event.previousHash !== previousHash) {
        return damage(
          record,
          "broken-link",
          `previous hash ${event.previousHash ?? "null"} is not the hash of the event before it (${previousHash ?? "null"})`
        )
      }
      const { globalPosition: _position, hash, ...content } = event
      if (hashEvent(content) !== hash)
        return damage(record, "hash-mismatch", "the stored content does not match its hash: the event was changed after it was written")
      lastRevisionByStream.set(event.stream, event.streamRevision)
      previousHash = hash
      expectedPosition += 1
      return { ok: true as const, event }
    },
    checked: () => expectedPosition - 1,
    lastHash: () => previousHash
  }
}

const describe = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause))

const isTagged = (value: unknown): boolean => typeof value === "object" && value !== null && "_tag" in value

/**
 * Re-walks a store's log in global order with a `ChainWalker` and stops at the first problem.
 * Stores feed it their stored records one at a time, so verifying never loads the log into
 * memory. Each record must pass the walker's checks and then be exactly the canonical form of the
 * event it decodes to (`non-canonical` otherwise). A record that cannot even be examined (it
 * throws while being read or checked) is reported as `unreadable`, never thrown; a store's own
 * tagged errors (a table that cannot be read, say) are rethrown.
 *
 * @category verifying
 * @since 0.1.0
 */
export const verifyChain = async (
  records: AsyncIterable<StoredRecord>,
  onProgress?: (eventsChecked: number) => void
): Promise<VerifyReport> => {
  const walker = makeChainWalker()
  const failed = (damage: Damage, eventsChecked = walker.checked()): VerifyReport => ({ ok: false, eventsChecked, damage })
  try {
    for await (const stored of records) {
      const result = walker.check(stored.record)
      if (!result.ok) return failed(result.damage)
      const difference = stored.differenceFrom(result.event)
      if (difference !== undefined) {
        const { event } = result
        return failed(
          {
            kind: "non-canonical",
            globalPosition: event.globalPosition,
            eventId: event.eventId,
            stream: event.stream,
            message: `${difference}; the stored record is not the exact form of the event its hash covers, so it was changed after it was written`
          },
          walker.checked() - 1
        )
      }
      onProgress?.(walker.checked())
    }
  } catch (cause) {
    if (isTagged(cause)) throw cause
    return failed({
      kind: "unreadable",
      globalPosition: walker.checked() + 1,
      message: `the stored record after position ${walker.checked()} cannot be read or checked (${describe(cause)})`
    })
  }
  return { ok: true, eventsChecked: walker.checked(), lastHash: walker.lastHash() }
}
