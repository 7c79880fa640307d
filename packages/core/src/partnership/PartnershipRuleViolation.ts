import { Data } from "effect"
import { isTaggedErrorIn } from "@plan-ledger/eventstore"

/**
 * A command named a partnership that is not registered.
 *
 * @category errors
 * @since 0.1.0
 */
export class PartnershipNotRegistered extends Data.TaggedError("PartnershipNotRegistered")<{ readonly partnershipId: string }> {
  override get message(): string {
    return `partnership "${this.partnershipId}" is not registered: register it first`
  }
}

/**
 * A partnership with this id is already registered with other details.
 *
 * @category errors
 * @since 0.1.0
 */
export class PartnershipAlreadyRegistered extends Data.TaggedError("PartnershipAlreadyRegistered")<{ readonly partnershipId: string }> {
  override get message(): string {
    return `partnership "${this.partnershipId}" is already registered with other details: rename it, or choose another id`
  }
}

/**
 * Only a school cluster can be transformed into a local children's services partnership.
 *
 * @category errors
 * @since 0.1.0
 */
export class NotACluster extends Data.TaggedError("NotACluster")<{ readonly partnershipId: string; readonly kind: string }> {
  override get message(): string {
    return `partnership "${this.partnershipId}" is a ${this.kind}, not a cluster: only clusters are transformed into LCSPs`
  }
}

/**
 * Every rule a partnership command can break, as classes. The union type and the guard are
 * derived from this list.
 *
 * @category errors
 * @since 0.2.0
 */
export const PARTNERSHIP_RULE_VIOLATIONS = [PartnershipNotRegistered, PartnershipAlreadyRegistered, NotACluster] as const

/**
 * Every rule a partnership command can break.
 *
 * @category errors
 * @since 0.1.0
 */
export type PartnershipRuleViolation = InstanceType<(typeof PARTNERSHIP_RULE_VIOLATIONS)[number]>

/**
 * Whether a value is one of the partnership rule violations.
 *
 * @category guards
 * @since 0.2.0
 */
export const isPartnershipRuleViolation = (value: unknown): value is PartnershipRuleViolation =>
  isTaggedErrorIn(
    { PartnershipNotRegistered: true, PartnershipAlreadyRegistered: true, NotACluster: true } satisfies {
      readonly [Tag in PartnershipRuleViolation["_tag"]]: true
    },
    value
  )
