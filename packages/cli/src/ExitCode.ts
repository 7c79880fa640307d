/**
 * The exit codes of every command: 0 success; 1 `check` found an error finding, `verify` found
 * damage, `repair --dry-run` found a torn tail to move, `prove` or `prove-consistency` was given a
 * checkpoint not of this ledger's history, `verify-proof` found a proof that does not hold, or
 * `witness` refused a checkpoint; 2 a usage or input error, or a store that cannot be opened, read
 * or written (nothing was written); 3 a concurrency conflict that retries did not resolve; 4
 * `repair` found damage it does not touch (nothing was moved).
 *
 * @category constants
 * @since 0.1.0
 */
export const ExitCode = {
  ok: 0,
  findings: 1,
  input: 2,
  conflict: 3,
  unrepairable: 4
} as const

/**
 * @category constants
 * @since 0.1.0
 */
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]
