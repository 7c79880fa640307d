/**
 * The exit codes of every command: 0 success; 1 `check` found an error finding or `verify` found
 * damage; 2 a usage or input error (nothing was written); 3 a concurrency conflict that retries
 * did not resolve.
 *
 * @category constants
 * @since 0.1.0
 */
export const ExitCode = {
  ok: 0,
  findings: 1,
  input: 2,
  conflict: 3
} as const

/**
 * @category constants
 * @since 0.1.0
 */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]
