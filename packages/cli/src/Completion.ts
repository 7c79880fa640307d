import { type ArgumentSpec, COMMAND_NAMES, COMMANDS, type CommandName, GLOBAL_OPTIONS, type OptionSpec } from "./Spec.js"

type Shell = "bash" | "zsh" | "fish"

const optionsOf = (command: CommandName): ReadonlyArray<[string, OptionSpec]> => [
  ...Object.entries(COMMANDS[command].options),
  ...Object.entries(GLOBAL_OPTIONS)
]

const choicesOf = (command: CommandName): ReadonlyArray<string> =>
  (COMMANDS[command].arguments as ReadonlyArray<ArgumentSpec>).flatMap((argument) => argument.choices ?? [])

const valueOptions = (): ReadonlyArray<string> => {
  const names = new Set<string>()
  for (const command of COMMAND_NAMES) for (const [name, spec] of optionsOf(command)) if (spec.type === "string") names.add(`--${name}`)
  return [...names].sort()
}

const single = (text: string): string => `'${text.replaceAll("'", "'\\''")}'`

const bash = (): string => {
  const cases = COMMAND_NAMES.map((command) => {
    const words = [...choicesOf(command), ...optionsOf(command).map(([name]) => `--${name}`), "--help"].join(" ")
    return `    ${command}) words=${single(words)} ;;`
  }).join("\n")
  return `# plan-ledger completion for bash: eval "$(plan-ledger completion bash)"
_plan_ledger() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" command="" words i
  case " ${valueOptions().join(" ")} " in *" $prev "*) COMPREPLY=($(compgen -f -- "$cur")); return ;; esac
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${valueOptions().join("|")}) ((i++)) ;;
      -*) ;;
      *) command="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$command" in
    "") words=${single([...COMMAND_NAMES, "help", ...Object.keys(GLOBAL_OPTIONS).map((name) => `--${name}`), "--help", "--version"].join(" "))} ;;
${cases}
    *) words="" ;;
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
complete -o default -F _plan_ledger plan-ledger
`
}

const zsh = (): string => {
  const cases = COMMAND_NAMES.map((command) => {
    const words = [...choicesOf(command), ...optionsOf(command).map(([name]) => `--${name}`), "--help"].join(" ")
    return `    ${command}) words=(${words}) ;;`
  }).join("\n")
  return `# plan-ledger completion for zsh: eval "$(plan-ledger completion zsh)" in ~/.zshrc, after compinit
_plan_ledger() {
  local command="" i
  case " ${valueOptions().join(" ")} " in *" \${words[CURRENT-1]} "*) _files; return ;; esac
  for ((i = 2; i < CURRENT; i++)); do
    case "\${words[i]}" in
      ${valueOptions().join("|")}) ((i++)) ;;
      -*) ;;
      *) command="\${words[i]}"; break ;;
    esac
  done
  local -a candidates
  case "$command" in
    "") candidates=(${[...COMMAND_NAMES, "help", ...Object.keys(GLOBAL_OPTIONS).map((name) => `--${name}`), "--help", "--version"].join(" ")}) ;;
${cases.replaceAll("words=(", "candidates=(")}
  esac
  compadd -a candidates
}
compdef _plan_ledger plan-ledger
`
}

const fish = (): string => {
  const lines = [
    "# plan-ledger completion for fish: plan-ledger completion fish > ~/.config/fish/completions/plan-ledger.fish",
    "complete -c plan-ledger -f"
  ]
  for (const command of COMMAND_NAMES)
    lines.push(`complete -c plan-ledger -n __fish_use_subcommand -a ${command} -d ${single(COMMANDS[command].summary)}`)
  for (const [name, spec] of Object.entries(GLOBAL_OPTIONS))
    lines.push(`complete -c plan-ledger -l ${name}${spec.type === "string" ? " -r" : ""} -d ${single(spec.description)}`)
  lines.push("complete -c plan-ledger -l version -d 'print the version'")
  for (const command of COMMAND_NAMES) {
    const seen = `-n '__fish_seen_subcommand_from ${command}'`
    const choices = choicesOf(command)
    if (choices.length > 0) lines.push(`complete -c plan-ledger ${seen} -a ${single(choices.join(" "))}`)
    for (const [name, spec] of Object.entries(COMMANDS[command].options))
      lines.push(`complete -c plan-ledger ${seen} -l ${name}${spec.type === "string" ? " -r" : ""} -d ${single(spec.description)}`)
  }
  return `${lines.join("\n")}\n`
}

/**
 * The completion script for a shell, built from the same specifications as the parser and help:
 * commands, their options and the global ones, tables, views and shells.
 *
 * @category completion
 * @since 0.1.0
 */
export const completionScript = (shell: Shell): string => (shell === "bash" ? bash() : shell === "zsh" ? zsh() : fish())
