import type { AgeBand, PartnershipEvent, PartnershipKind } from "./events.js"
import { evolve } from "./PartnershipEvolve.js"

/**
 * A partnership as it stands: kind, name (and former names), area, manager, board, and the
 * latest population count in each age band.
 *
 * @category models
 * @since 0.1.0
 */
export interface PartnershipState {
  readonly partnershipId: string
  /** The facts it was registered with, which later events (a rename, a transformation) do not change. */
  readonly registration: { readonly kind: PartnershipKind; readonly name: string; readonly area: string }
  readonly kind: PartnershipKind
  readonly name: string
  readonly formerNames: ReadonlyArray<string>
  readonly area: string
  readonly transformedOn: string | undefined
  readonly manager: { readonly name: string; readonly appointedOn: string } | undefined
  readonly boardEstablishedOn: string | undefined
  readonly population: ReadonlyMap<AgeBand, { readonly count: number; readonly countedOn: string }>
}

/**
 * Folds a partnership's history into its state, or `undefined` when the history holds no
 * registration.
 *
 * @category folds
 * @since 0.2.0
 */
export const fold = (history: Iterable<PartnershipEvent>): PartnershipState | undefined => {
  let partnership: ReturnType<typeof evolve>
  for (const event of history) partnership = evolve(partnership, event)
  return partnership
}
