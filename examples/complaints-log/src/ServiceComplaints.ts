import { match } from "ts-pattern"
import type { ComplaintEvent } from "./events.js"

/**
 * The complaints about one service: how many were received, how many are still open, and how
 * many of those resolved were upheld (wholly or in part), with the days they took to resolve.
 *
 * @category models
 * @since 0.1.0
 */
export interface ServiceFigures {
  readonly received: number
  readonly open: number
  readonly resolved: number
  readonly upheld: number
  readonly daysToResolve: ReadonlyArray<number>
}

/**
 * Complaints by service, and the service each complaint is about.
 *
 * @category models
 * @since 0.1.0
 */
export interface ServiceComplaints {
  readonly byService: ReadonlyMap<string, ServiceFigures>
  readonly complaints: ReadonlyMap<string, { readonly service: string; readonly receivedOn: string }>
}

/**
 * Before any complaint.
 *
 * @category constructors
 * @since 0.1.0
 */
export const initial: ServiceComplaints = { byService: new Map(), complaints: new Map() }

const DAY_MILLISECONDS = 86_400_000
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MILLISECONDS)

const withService = (state: ServiceComplaints, service: string, change: (figures: ServiceFigures) => ServiceFigures): ServiceComplaints => {
  const figures = state.byService.get(service) ?? { received: 0, open: 0, resolved: 0, upheld: 0, daysToResolve: [] }
  return { ...state, byService: new Map(state.byService).set(service, change(figures)) }
}

/**
 * Folds one event into the figures: a pure `(state, event) => state`, with no clock (the days
 * to resolve come from the dates the events carry).
 *
 * @category folding
 * @since 0.1.0
 */
export const evolve = (state: ServiceComplaints, event: ComplaintEvent): ServiceComplaints =>
  match(event)
    .with({ _tag: "ComplaintReceived" }, ({ complaintId, service, receivedOn }) => {
      const counted = withService(state, service, (figures) => ({ ...figures, received: figures.received + 1, open: figures.open + 1 }))
      return { ...counted, complaints: new Map(state.complaints).set(complaintId, { service, receivedOn }) }
    })
    .with({ _tag: "ComplaintAcknowledged" }, () => state)
    .with({ _tag: "ComplaintResolved" }, ({ complaintId, finding, resolvedOn }) => {
      const complaint = state.complaints.get(complaintId)
      if (complaint === undefined) return state
      return withService(state, complaint.service, (figures) => ({
        ...figures,
        open: figures.open - 1,
        resolved: figures.resolved + 1,
        upheld: figures.upheld + (finding === "not-upheld" ? 0 : 1),
        daysToResolve: [...figures.daysToResolve, daysBetween(complaint.receivedOn, resolvedOn)]
      }))
    })
    .exhaustive()
