// What the model-based tests ask of one store handle, and its answers: plain data, so the same
// requests reach a store in this process or, over IPC, a store in a worker process of its own.
import type { EventStore, NewEvent } from "@plan-ledger/core"
import type { AppendResult, ExpectedRevision, VerifyReport } from "@plan-ledger/eventstore"
import { openStore } from "../../src/index.js"

export type StoreRequest =
  | { readonly kind: "open"; readonly url: string }
  | { readonly kind: "close" }
  | {
      readonly kind: "append"
      readonly stream: string
      readonly events: ReadonlyArray<NewEvent>
      readonly expectedRevision: ExpectedRevision
    }
  | { readonly kind: "read-stream"; readonly stream: string }
  | { readonly kind: "read-all" }
  | { readonly kind: "verify" }

/** Where one event was read: enough to compare a read with the model. */
export interface EventPlace {
  readonly eventId: string
  readonly stream: string
  readonly streamRevision: number
  readonly globalPosition: number
}

export type StoreAnswer =
  | { readonly kind: "done" }
  | { readonly kind: "appended"; readonly result: AppendResult }
  // A store error, by its tag (`WrongExpectedRevision` for a conflict).
  | { readonly kind: "refused"; readonly tag: string; readonly message: string }
  // Anything else that went wrong: never expected, so it fails the test with the message.
  | { readonly kind: "failed"; readonly message: string }
  | { readonly kind: "events"; readonly events: ReadonlyArray<EventPlace> }
  | { readonly kind: "verified"; readonly report: VerifyReport }

const placesOf = async (events: AsyncIterable<EventPlace>): Promise<Array<EventPlace>> => {
  const places: Array<EventPlace> = []
  for await (const { eventId, stream, streamRevision, globalPosition } of events)
    places.push({ eventId, stream, streamRevision, globalPosition })
  return places
}

const noStore = (): never => {
  throw new Error("no store is open: send an open request first")
}

/**
 * One store handle at a time, opened and closed on request, answering every other request with
 * what the store did. Requests may overlap: each is answered on its own.
 */
export const storeSession = (): ((request: StoreRequest) => Promise<StoreAnswer>) => {
  let store: EventStore | undefined
  const answer = async (request: StoreRequest): Promise<StoreAnswer> => {
    if (request.kind === "open") {
      store = await openStore(request.url)
      return { kind: "done" }
    }
    const open = store ?? noStore()
    if (request.kind === "close") {
      store = undefined
      await open.close()
      return { kind: "done" }
    }
    if (request.kind === "append") {
      return {
        kind: "appended",
        result: await open.appendToStream(request.stream, request.events, { expectedRevision: request.expectedRevision })
      }
    }
    if (request.kind === "read-stream") return { kind: "events", events: await placesOf(open.readStream(request.stream)) }
    if (request.kind === "read-all") return { kind: "events", events: await placesOf(open.readAll()) }
    return { kind: "verified", report: await open.verify() }
  }
  return (request) =>
    answer(request).catch((caught: unknown): StoreAnswer => {
      const message = caught instanceof Error ? caught.message : String(caught)
      return typeof caught === "object" && caught !== null && "_tag" in caught && typeof caught._tag === "string"
        ? { kind: "refused", tag: caught._tag, message }
        : { kind: "failed", message }
    })
}
