import { Data, Result } from "effect"
import type { LedgerState } from "../../ledger/LedgerState.js"
import type { PartnershipState } from "../PartnershipState.js"

/**
 * A projection named a partnership the ledger does not hold.
 *
 * @category errors
 * @since 0.3.0
 */
export class PartnershipNotFound extends Data.TaggedError("PartnershipNotFound")<{
  readonly partnershipId: string
  readonly knownPartnershipIds: ReadonlyArray<string>
}> {
  override get message(): string {
    const known =
      this.knownPartnershipIds.length === 0
        ? "the ledger holds no partnerships yet"
        : `known partnerships: ${this.knownPartnershipIds.join(", ")}`
    return `no partnership "${this.partnershipId}" in the ledger (${known}); register it first`
  }
}

/**
 * The state of one partnership, or `PartnershipNotFound` listing the partnerships the ledger does
 * hold.
 *
 * @category accessors
 * @since 0.3.0
 */
export const findPartnership = (ledger: LedgerState, partnershipId: string): Result.Result<PartnershipState, PartnershipNotFound> => {
  const partnership = ledger.partnerships.get(partnershipId)
  return partnership === undefined
    ? Result.fail(new PartnershipNotFound({ partnershipId, knownPartnershipIds: [...ledger.partnerships.keys()] }))
    : Result.succeed(partnership)
}
