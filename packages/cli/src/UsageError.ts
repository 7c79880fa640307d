/**
 * The command line was wrong: an unknown command or option, a missing value, a value of the wrong
 * shape. The message, one line, says what to write instead and where the usage is. A plain tagged
 * error, so that parsing the command line never loads the effect runtime.
 *
 * @category errors
 * @since 0.1.0
 */
export class UsageError extends Error {
  readonly _tag = "UsageError"
  readonly detail: string
  readonly command: string
  constructor(fields: { readonly detail: string; readonly command: string }) {
    super(`${fields.detail} (see "plan-ledger ${fields.command === "" ? "" : `${fields.command} `}--help")`)
    this.name = "UsageError"
    this.detail = fields.detail
    this.command = fields.command
  }
}
