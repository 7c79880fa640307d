import { Result } from "effect"
import { match } from "ts-pattern"
import type { Decider } from "@plan-ledger/eventstore"
import type { ComplaintCommand } from "./ComplaintCommand.js"
import {
  ComplaintAlreadyReceived,
  ComplaintAlreadyResolved,
  ComplaintNotReceived,
  type ComplaintRuleViolation,
  DateBeforeReceipt
} from "./ComplaintRuleViolation.js"
import type { ComplaintEvent, Finding } from "./events.js"

/**
 * One complaint as its stream folds to: what was received, and when it was acknowledged and
 * resolved. `undefined` before it is received.
 *
 * @category models
 * @since 0.1.0
 */
export type ComplaintState =
  | {
      readonly complaintId: string
      readonly service: string
      readonly summary: string
      readonly receivedOn: string
      readonly acknowledgedOn?: string
      readonly resolution?: { readonly finding: Finding; readonly resolvedOn: string }
    }
  | undefined

type Decision = Result.Result<ReadonlyArray<ComplaintEvent>, ComplaintRuleViolation>

// A complaint that may still be answered: received, not resolved, and answered no earlier than it arrived.
const whenOpen = (
  complaint: ComplaintState,
  complaintId: string,
  date: string,
  decideOpen: (open: NonNullable<ComplaintState>) => Decision
): Decision => {
  if (complaint === undefined) return Result.fail(new ComplaintNotReceived({ complaintId }))
  if (complaint.resolution !== undefined) {
    return Result.fail(new ComplaintAlreadyResolved({ complaintId, resolvedOn: complaint.resolution.resolvedOn }))
  }
  if (date < complaint.receivedOn) return Result.fail(new DateBeforeReceipt({ complaintId, date, receivedOn: complaint.receivedOn }))
  return decideOpen(complaint)
}

const decide = (command: ComplaintCommand, complaint: ComplaintState): Decision =>
  match(command)
    .with({ _tag: "ReceiveComplaint" }, ({ _tag, ...fields }): Decision => {
      if (complaint === undefined) return Result.succeed([{ _tag: "ComplaintReceived", ...fields }])
      const same =
        complaint.service === fields.service && complaint.summary === fields.summary && complaint.receivedOn === fields.receivedOn
      return same ? Result.succeed([]) : Result.fail(new ComplaintAlreadyReceived({ complaintId: fields.complaintId }))
    })
    .with({ _tag: "AcknowledgeComplaint" }, ({ _tag, ...fields }) =>
      whenOpen(complaint, fields.complaintId, fields.acknowledgedOn, (open) =>
        Result.succeed(open.acknowledgedOn === undefined ? [{ _tag: "ComplaintAcknowledged" as const, ...fields }] : [])
      )
    )
    .with({ _tag: "ResolveComplaint" }, ({ _tag, ...fields }) =>
      whenOpen(complaint, fields.complaintId, fields.resolvedOn, () => Result.succeed([{ _tag: "ComplaintResolved" as const, ...fields }]))
    )
    .exhaustive()

const evolve = (complaint: ComplaintState, event: ComplaintEvent): ComplaintState =>
  match(event)
    .with({ _tag: "ComplaintReceived" }, ({ complaintId, service, summary, receivedOn }): ComplaintState => ({
      complaintId,
      service,
      summary,
      receivedOn
    }))
    .with({ _tag: "ComplaintAcknowledged" }, ({ acknowledgedOn }) =>
      complaint === undefined ? complaint : { ...complaint, acknowledgedOn }
    )
    .with({ _tag: "ComplaintResolved" }, ({ finding, resolvedOn }) =>
      complaint === undefined ? complaint : { ...complaint, resolution: { finding, resolvedOn } }
    )
    .exhaustive()

/**
 * The rules of one complaint: it is received once (receiving the same complaint again records
 * nothing), acknowledged once, resolved once, and never answered before it arrived or after it
 * was resolved.
 *
 * @category deciders
 * @since 0.1.0
 */
export const complaintDecider: Decider.Decider<ComplaintState, ComplaintCommand, ComplaintEvent, ComplaintRuleViolation> = {
  initialState: () => undefined,
  decide,
  evolve
}
