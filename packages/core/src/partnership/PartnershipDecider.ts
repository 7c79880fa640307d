import { Result, Schema } from "effect"
import { Decider } from "@plan-ledger/eventstore"
import { match } from "ts-pattern"
import { withoutUndefined } from "../internal/withoutUndefined.js"
import {
  type ClusterTransformedToLcsp,
  type PartnershipBoardAgencyJoined,
  type PartnershipBoardEstablished,
  type PartnershipEvent,
  type PartnershipManagerAppointed,
  type PartnershipPopulationRecorded,
  PartnershipRegistered,
  type PartnershipRenamed,
  type PartnershipSettingsCounted
} from "./events.js"
import {
  NotACluster,
  PartnershipAlreadyRegistered,
  PartnershipNotRegistered,
  type PartnershipRuleViolation
} from "./PartnershipRuleViolation.js"
import { evolve } from "./PartnershipEvolve.js"
import type { Accumulator } from "../internal/Accumulator.js"
import type { PartnershipState } from "./PartnershipState.js"

const sameRegistration = Schema.toEquivalence(PartnershipRegistered)
const sameNames = Schema.toEquivalence(Schema.Array(Schema.String))

type Fields<Event extends { readonly _tag: string }> = Omit<Event, "_tag">

/**
 * Every command a partnership's decider accepts.
 *
 * @category commands
 * @since 0.1.0
 */
export type PartnershipCommand =
  | ({ readonly _tag: "RegisterPartnership" } & Fields<typeof PartnershipRegistered.Type>)
  | ({ readonly _tag: "TransformClusterToLcsp" } & Fields<typeof ClusterTransformedToLcsp.Type>)
  | ({ readonly _tag: "RenamePartnership" } & Fields<typeof PartnershipRenamed.Type>)
  | ({ readonly _tag: "AppointManager" } & Fields<typeof PartnershipManagerAppointed.Type>)
  | ({ readonly _tag: "EstablishBoard" } & Fields<typeof PartnershipBoardEstablished.Type>)
  | ({ readonly _tag: "JoinBoard" } & Fields<typeof PartnershipBoardAgencyJoined.Type>)
  | ({ readonly _tag: "RecordPopulation" } & Fields<typeof PartnershipPopulationRecorded.Type>)
  | ({ readonly _tag: "CountSettings" } & Fields<typeof PartnershipSettingsCounted.Type>)

/**
 * Decides what a command means for a partnership: the events to record (none when nothing
 * changes), or the rule it breaks. A partnership is registered once; only a cluster becomes an
 * LCSP, once. A fact already held (the same appointment, the same agency joining on the same
 * date, the same count for the same date) records nothing; a different count for a date already
 * counted is recorded as a correction.
 *
 * @category deciders
 * @since 0.1.0
 */
export const decide = (
  command: PartnershipCommand,
  partnership: PartnershipState | undefined
): Result.Result<ReadonlyArray<PartnershipEvent>, PartnershipRuleViolation> => {
  if (command._tag === "RegisterPartnership") {
    const { _tag, ...fields } = command
    const produced = withoutUndefined({ _tag: "PartnershipRegistered" as const, ...fields })
    if (partnership === undefined) return Result.succeed([produced])
    const held = withoutUndefined({
      _tag: "PartnershipRegistered" as const,
      partnershipId: partnership.partnershipId,
      ...partnership.registration
    })
    return sameRegistration(held, produced)
      ? Result.succeed([])
      : Result.fail(new PartnershipAlreadyRegistered({ partnershipId: fields.partnershipId }))
  }
  if (partnership === undefined) return Result.fail(new PartnershipNotRegistered({ partnershipId: command.partnershipId }))
  return match(command)
    .with(
      { _tag: "TransformClusterToLcsp" },
      ({ _tag, ...fields }): Result.Result<ReadonlyArray<PartnershipEvent>, PartnershipRuleViolation> => {
        if (partnership.kind === "lcsp" && partnership.transformedOn === fields.transformedOn) return Result.succeed([])
        if (partnership.kind !== "cluster")
          return Result.fail(new NotACluster({ partnershipId: partnership.partnershipId, kind: partnership.kind }))
        return Result.succeed([{ _tag: "ClusterTransformedToLcsp", ...fields }])
      }
    )
    .with({ _tag: "RenamePartnership" }, ({ _tag, ...fields }) =>
      Result.succeed(partnership.name === fields.name ? [] : [{ _tag: "PartnershipRenamed" as const, ...fields }])
    )
    .with({ _tag: "AppointManager" }, ({ _tag, ...fields }) =>
      Result.succeed(
        partnership.managers.some(({ name, appointedOn }) => name === fields.managerName && appointedOn === fields.appointedOn)
          ? []
          : [{ _tag: "PartnershipManagerAppointed" as const, ...fields }]
      )
    )
    .with({ _tag: "EstablishBoard" }, ({ _tag, ...fields }) =>
      Result.succeed(
        partnership.boardEstablishedOn === fields.establishedOn ? [] : [{ _tag: "PartnershipBoardEstablished" as const, ...fields }]
      )
    )
    .with({ _tag: "JoinBoard" }, ({ _tag, ...fields }) =>
      Result.succeed(
        partnership.boardAgencies.some(({ agency, joinedOn }) => agency === fields.agency && joinedOn === fields.joinedOn)
          ? []
          : [{ _tag: "PartnershipBoardAgencyJoined" as const, ...fields }]
      )
    )
    .with({ _tag: "RecordPopulation" }, ({ _tag, ...fields }) => {
      const held = partnership.populationCounts
        .filter(({ ageBand, countedOn }) => ageBand === fields.ageBand && countedOn === fields.countedOn)
        .at(-1)
      return Result.succeed(held?.count === fields.count ? [] : [{ _tag: "PartnershipPopulationRecorded" as const, ...fields }])
    })
    .with({ _tag: "CountSettings" }, ({ _tag, ...fields }) => {
      const held = partnership.settingsCounts
        .filter(({ settingKind, countedOn }) => settingKind === fields.settingKind && countedOn === fields.countedOn)
        .at(-1)
      const unchanged = held?.count === fields.count && sameNames(held.named, fields.named)
      return Result.succeed(unchanged ? [] : [{ _tag: "PartnershipSettingsCounted" as const, ...fields }])
    })
    .exhaustive()
}

/**
 * Decides a sequence of commands against a partnership's history: all the events, or the first
 * rule broken.
 *
 * @category deciders
 * @since 0.1.0
 */
export const decideAll = (
  commands: ReadonlyArray<PartnershipCommand>,
  history: Iterable<{ readonly data: PartnershipEvent }>
): Result.Result<ReadonlyArray<PartnershipEvent>, PartnershipRuleViolation> => {
  let partnership: Accumulator<PartnershipState> | undefined
  for (const event of history) partnership = evolve(partnership, event.data)
  return Decider.decideAll(decider, commands, partnership, undefined)
}

/**
 * The partnership as one decider: `decide` above, and the partnership fold as `evolve`. Its state
 * is the partnership's accumulator (`undefined` before registration), updated in place.
 *
 * @category deciders
 * @since 0.3.0
 */
export const decider: Decider.Decider<PartnershipState | undefined, PartnershipCommand, PartnershipEvent, PartnershipRuleViolation> = {
  initialState: () => undefined,
  decide,
  evolve: (partnership, event) => evolve(partnership as Accumulator<PartnershipState> | undefined, event)
}
