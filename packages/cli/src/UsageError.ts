import { Data } from "effect"

/**
 * The command line was wrong: an unknown command or option, a missing value, a value of the wrong
 * shape. The message says what to write instead.
 *
 * @category errors
 * @since 0.1.0
 */
export class UsageError extends Data.TaggedError("UsageError")<{ readonly detail: string; readonly command: string }> {
  override get message(): string {
    return `${this.detail}\nRun "plan-ledger ${this.command === "" ? "" : `${this.command} `}--help" for usage.`
  }
}
