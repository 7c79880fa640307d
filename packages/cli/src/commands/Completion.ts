import { completionScript } from "../Completion.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import type { CommandInput } from "../Spec.js"

/**
 * `plan-ledger completion bash|zsh|fish`: prints the shell's completion script.
 *
 * @category commands
 * @since 0.1.0
 */
export const completion = async ({ positionals }: CommandInput<"completion">, io: Io): Promise<ExitCode> => {
  const [shell] = positionals
  io.stdout(completionScript(shell))
  return ExitCode.ok
}
