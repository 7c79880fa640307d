import { completionScript } from "../Completion.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import { type CommandInput, SHELLS } from "../Spec.js"
import { UsageError } from "../UsageError.js"

/**
 * `plan-ledger completion bash|zsh|fish`: prints the shell's completion script.
 *
 * @category commands
 * @since 0.1.0
 */
export const completion = async ({ positionals }: CommandInput<"completion">, io: Io): Promise<ExitCode> => {
  const shell = SHELLS.find((name) => name === positionals[0])
  if (shell === undefined) throw new UsageError({ command: "completion", detail: `say which shell: ${SHELLS.join(", ")}` })
  io.stdout(completionScript(shell))
  return ExitCode.ok
}
