import { NonEmptyTrimmedString } from "../NonEmptyTrimmedString.js"
import { type PersonalField, personalField } from "./PersonalField.js"

/**
 * A non-empty trimmed string declared personal: the usual schema of a name, a contact or a
 * statement an event records about a person.
 *
 * @example
 * import { Schema } from "effect"
 * import { PersonalData } from "@plan-ledger/eventstore"
 * const RiskRecorded = Schema.TaggedStruct("RiskRecorded", {
 *   leadOfficer: PersonalData.personalText({ kind: "lead officer", subject: "self" })
 * })
 *
 * @category annotations
 * @since 0.4.0
 */
export const personalText = (field: PersonalField) => NonEmptyTrimmedString.annotate(personalField(field))
