import type { AgeBand, PartnershipEvent, PartnershipKind, SettingKind } from "./events.js"
import { evolve } from "./PartnershipEvolve.js"

/**
 * A manager's appointment to a partnership.
 *
 * @category models
 * @since 0.3.0
 */
export interface ManagerAppointment {
  readonly name: string
  readonly appointedOn: string
}

/**
 * One count of children and young people in an age band.
 *
 * @category models
 * @since 0.3.0
 */
export interface PopulationCount {
  readonly ageBand: AgeBand
  readonly count: number
  readonly countedOn: string
}

/**
 * One count of the schools or settings of a kind a partnership serves.
 *
 * @category models
 * @since 0.3.0
 */
export interface SettingsCount {
  readonly settingKind: SettingKind
  readonly count: number
  readonly named: ReadonlyArray<string>
  readonly countedOn: string
}

/**
 * A partnership's whole record, every dated fact kept so that it can be read as it stood on any
 * date (see `PartnershipOnDate`): kind and transformation, name (and former names), area,
 * managers in order of appointment, board and the agencies on it, population counts and the
 * schools and settings it serves.
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
  /** Every appointment, ordered by the date it took effect. */
  readonly managers: ReadonlyArray<ManagerAppointment>
  readonly boardEstablishedOn: string | undefined
  /** The agencies that joined the board, ordered by the date they joined. */
  readonly boardAgencies: ReadonlyArray<{ readonly agency: string; readonly joinedOn: string }>
  /** Every population count, ordered by the date counted; a later record for the same band and date corrects an earlier one. */
  readonly populationCounts: ReadonlyArray<PopulationCount>
  /** Every count of schools and settings, ordered by the date counted. */
  readonly settingsCounts: ReadonlyArray<SettingsCount>
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
