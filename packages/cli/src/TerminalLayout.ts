import type { TerminalLayout } from "@plan-ledger/render-markdown"
import type { Io } from "./Io.js"

/**
 * How Markdown is laid out on standard output: fitted to the terminal's width when it is one —
 * coloured unless `NO_COLOR` is set (any value but empty) or `FORCE_COLOR` is `0`; `FORCE_COLOR`
 * set to anything else colours even with `NO_COLOR` — or `undefined` when the output is piped or
 * written to `--out`, which stays plain Markdown.
 *
 * @category output
 * @since 0.3.0
 */
export const terminalLayout = (io: Io, out: string | undefined): TerminalLayout | undefined => {
  if (out !== undefined || io.terminalColumns === undefined) return undefined
  const force = io.env["FORCE_COLOR"]
  const noColor = io.env["NO_COLOR"]
  const color = force !== undefined && force !== "" ? force !== "0" : noColor === undefined || noColor === ""
  return { width: io.terminalColumns, color }
}
