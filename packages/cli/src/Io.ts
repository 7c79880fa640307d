import type { WriteLog } from "./WriteLog.js"

/**
 * What a command may touch of the outside world; `main.ts` passes the process's, tests pass
 * their own.
 *
 * @category models
 * @since 0.1.0
 */
export interface Io {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Whether stderr is a terminal (progress is shown only there). */
  readonly interactive: boolean
  /** The width of standard output when it is a terminal (tables are fitted to it); absent when piped. */
  readonly terminalColumns?: number
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  readonly user: string
  readonly now: () => Date
  /** Where a writing command notes what it has stored, for Ctrl-C to say (absent where nothing interrupts). */
  readonly writes?: WriteLog
}
