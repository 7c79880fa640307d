import type { PlanCommand } from "../plan/PlanCommand.js"
import type { PlanState } from "../plan/PlanState.js"
import type { ImportProblem } from "./Importer.js"

/**
 * A cell of an imported table that names something the plan must define: a priority's theme, the
 * priority an action serves, the action a risk threatens or a progress update is about. It keeps
 * the cell's place, so an unresolved one is refused where it stands.
 *
 * @category models
 * @since 0.4.0
 */
export interface PlanReference {
  readonly kind: "theme" | "priority" | "action"
  readonly code: string
  readonly at: Omit<ImportProblem, "problem" | "expected">
}

const FIXES: Readonly<Record<PlanReference["kind"], string>> = {
  theme: "a theme_code the themes table defines (import the themes first), or the code corrected",
  priority: "a priority_code the priorities table defines (import the priorities first), or the code corrected",
  action: "an action_id the actions table defines (import the actions first), or the id corrected"
}

/**
 * A code as an import message quotes a cell: in double quotes, control characters (a line break)
 * written as `\u…`, cut to its first 40 characters and "…", so the message stays one short line.
 */
const quoted = (code: string): string => {
  const characters = Array.from(code)
  const cut = characters.length > 40 ? `${characters.slice(0, 40).join("")}…` : code
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  return `"${cut.replace(/[\u0000-\u001F\u007F-\u009F]/g, (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`)}"`
}

const definedBy = (commands: ReadonlyArray<PlanCommand>, kind: PlanReference["kind"]): ReadonlyArray<string> =>
  commands.flatMap((command) => {
    if (kind === "theme" && command._tag === "AddTheme") return [command.code]
    if (kind === "priority" && command._tag === "AddPriority") return [command.code]
    if (kind === "action" && command._tag === "AddKeyAction") return [command.actionId]
    return []
  })

const heldBy = (plan: PlanState | undefined, kind: PlanReference["kind"]): ReadonlyArray<string> => {
  if (plan === undefined) return []
  if (kind === "theme") return [...plan.themes.keys()]
  if (kind === "priority") return [...plan.priorities.keys()]
  return [...plan.keyActions.keys()]
}

/**
 * The references an import makes that neither the plan as held nor the import's own commands
 * define, each as a located problem with its fix — the import is then refused whole.
 *
 * @category importers
 * @since 0.4.0
 */
export const unresolvedReferences = (
  plan: PlanState | undefined,
  commands: ReadonlyArray<PlanCommand>,
  references: ReadonlyArray<PlanReference>
): ReadonlyArray<ImportProblem> => {
  const known = new Map<PlanReference["kind"], ReadonlySet<string>>()
  const knownOf = (kind: PlanReference["kind"]): ReadonlySet<string> => {
    const held = known.get(kind) ?? new Set([...heldBy(plan, kind), ...definedBy(commands, kind)])
    known.set(kind, held)
    return held
  }
  return references
    .filter((reference) => !knownOf(reference.kind).has(reference.code))
    .map((reference) => ({
      ...reference.at,
      problem: `${reference.kind} ${quoted(reference.code)} is not defined by the plan`,
      expected: FIXES[reference.kind]
    }))
}
