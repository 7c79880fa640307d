import { type EventStore, LedgerState, type RecordedEvent } from "@plan-ledger/core"
import { ProofFiles } from "@plan-ledger/eventstore"
import { Result } from "effect"
import { planIdOption } from "../Arguments.js"
import { readCheckpointFile } from "../CheckpointFile.js"
import { openLedgerStore } from "../Context.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import { notOfLedger } from "../LedgerCheckpoint.js"
import { merkleNodesOf } from "../LedgerTree.js"
import { guardOut, writeOut } from "../Output.js"
import type { CommandInput } from "../Spec.js"
import { UsageError } from "../UsageError.js"
import { type AskedPoint, askedPoint, planStream, resolveAgainst } from "../ViewPoint.js"

// What to prove, read from the options before the store is opened.
type Subject =
  { readonly _tag: "Event"; readonly eventId: string } | { readonly _tag: "Plan"; readonly planId: string; readonly asked: AskedPoint }

const subjectOf = (values: CommandInput<"prove">["values"]): Subject => {
  const fail = (detail: string): never => {
    throw new UsageError({ command: "prove", detail })
  }
  const planId = planIdOption("prove", "plan", values.plan)
  if (values.event !== undefined && planId !== undefined) fail("give --event <id> or --plan <id>, not both")
  if (values.event !== undefined) {
    if (values["as-of"] !== undefined) fail("--as-of selects a plan's events: use it with --plan <id>, or drop it with --event")
    return { _tag: "Event", eventId: values.event }
  }
  if (planId === undefined) return fail("say what to prove: --event <id> (an event) or --plan <id> (every event of a plan)")
  return { _tag: "Plan", planId, asked: askedPoint("prove", { "as-of": values["as-of"] }, planId) }
}

// The events the subject names, or why there are none.
const eventsOf = async (store: EventStore, subject: Subject): Promise<Result.Result<ReadonlyArray<RecordedEvent>, string>> => {
  if (subject._tag === "Event") {
    for await (const event of store.readAll()) if (event.eventId === subject.eventId) return Result.succeed([event])
    return Result.fail(`no event ${subject.eventId} in the ledger: give an event id as history --format json prints it`)
  }
  const stream = await planStream(store, subject.planId)
  if (stream.length === 0) return Result.fail(`no plan ${subject.planId} in the ledger: show plans lists the plans it holds`)
  const point = resolveAgainst(stream, subject.planId, subject.asked)
  return Result.flatMap(point, (resolved) => {
    const selected = stream.filter((event) => LedgerState.selects(resolved, event))
    return selected.length === 0
      ? Result.fail(`plan ${subject.planId} had recorded no event at that point: ask for a later --as-of`)
      : Result.succeed(selected)
  })
}

/**
 * `plan-ledger prove --event <id> | --plan <id> [--as-of …] --checkpoint <file> --out <proof>`:
 * the proof file that the event, or the plan's events as they stood at the point, are in the log's
 * tree at the checkpoint's size. Exit 1 when the checkpoint is not of this ledger's history.
 *
 * @category commands
 * @since 0.5.0
 */
export const prove = async ({ values }: CommandInput<"prove">, io: Io): Promise<ExitCode> => {
  const subject = subjectOf(values)
  const { note, checkpoint } = readCheckpointFile(io, "prove", "--checkpoint", values.checkpoint)
  guardOut("prove", values, io)
  const store = await openLedgerStore(values, io, "read")
  try {
    const nodes = await merkleNodesOf(store)
    const mismatch = await notOfLedger(nodes, checkpoint, values.checkpoint)
    if (mismatch !== undefined) {
      io.stderr(`error: ${mismatch}\n`)
      return ExitCode.findings
    }
    const events = await eventsOf(store, subject)
    if (Result.isFailure(events)) {
      io.stderr(`error: ${events.failure}\n`)
      return ExitCode.input
    }
    const late = events.success.find((event) => event.globalPosition > checkpoint.size)
    if (late !== undefined) {
      io.stderr(
        `error: event ${late.eventId} is at global position ${late.globalPosition}, after the ${checkpoint.size} events of ${values.checkpoint}: make a newer checkpoint${subject._tag === "Plan" ? ", or prove the plan as it stood then with --as-of" : ""}\n`
      )
      return ExitCode.input
    }
    const proven = events.success.map((event) => ({ index: event.globalPosition - 1, chainHash: event.hash }))
    writeOut(io, await ProofFiles.make(nodes, note, proven), values.out)
    io.stdout(
      `proved ${proven.length} event${proven.length === 1 ? "" : "s"} in the log "${checkpoint.origin}" at ${checkpoint.size} events\n`
    )
    return ExitCode.ok
  } finally {
    await store.close()
  }
}
