import { Data } from "effect"

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
 * Every rule a partnership command can break.
 *
 * @category errors
 * @since 0.1.0
 */
export type PartnershipRuleViolation = PartnershipNotRegistered | PartnershipAlreadyRegistered | NotACluster
