import { Context, Effect, Layer } from "effect"
import type { EventStore } from "./EventStore.js"
import { StoreUnavailable } from "@plan-ledger/eventstore"

/**
 * The `EventStore` port as an Effect service. Every store package ships a `layer*` built with
 * {@link layerFrom}, so an Effect program picks its store by providing one layer.
 *
 * @example
 * import { Effect } from "effect"
 * import { InMemoryEventStore } from "@plan-ledger/core"
 * import { EventStoreService } from "@plan-ledger/core/effect"
 * const program = Effect.flatMap(EventStoreService, (store) => Effect.promise(() => store.verify()))
 * Effect.runPromise(program.pipe(Effect.provide(EventStoreService.layerFrom(async () => InMemoryEventStore.make()))))
 *
 * @category services
 * @since 0.1.0
 */
export class EventStoreService extends Context.Service<EventStoreService, EventStore>()("@plan-ledger/core/EventStore") {
  /**
   * A scoped layer that opens a store and closes it when the scope ends (the layer's own scope:
   * `Layer.effect` holds what `acquireRelease` opens until the layer is released).
   *
   * @category layers
   * @since 0.1.0
   */
  static layerFrom(open: () => Promise<EventStore>, description = "event store"): Layer.Layer<EventStoreService, StoreUnavailable> {
    return Layer.effect(
      EventStoreService,
      Effect.acquireRelease(
        Effect.tryPromise({
          try: open,
          catch: (cause) =>
            cause instanceof StoreUnavailable
              ? cause
              : new StoreUnavailable({ store: description, detail: cause instanceof Error ? cause.message : String(cause) })
        }),
        (store) => Effect.promise(() => store.close())
      )
    )
  }
}
