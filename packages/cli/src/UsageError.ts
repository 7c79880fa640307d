import { Data } from "effect"

/**
 * The command line was wrong: an unknown command or option, a missing value, a value of the wrong
 * shape. The message, one line, says what to write instead and where the usage is.
 *
 * @category errors
 * @since 0.1.0
 */
export class UsageError extends Data.TaggedError("UsageError")<{ readonly detail: string; readonly command: string }> {
  override get message(): string {
    return `${this.detail} (see "plan-ledger ${this.command === "" ? "" : `${this.command} `}--help")`
  }
}
