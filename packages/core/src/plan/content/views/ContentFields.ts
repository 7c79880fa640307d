import type {
  ActionProgressRecorded,
  ConsultationRecorded,
  KeyActionAdded,
  LeadRoleAssigned,
  PlanLink,
  PlanPriorityAdded,
  RiskRecorded,
  ThemeAdded,
  VoiceRecorded
} from "../events.js"
import { type ContributingIndicatorListed, statutoryWords } from "../events.js"
import type { ContentState } from "../ContentState.js"
import { type FieldValue, fieldsOf, NAME, type PlanField, PROGRESS, text } from "../../views/PlanField.js"

const listed = (items: ReadonlyArray<string>): FieldValue | undefined => (items.length === 0 ? undefined : text(items.join("; ")))

const links = (planLinks: ReadonlyArray<typeof PlanLink.Type>) => listed(planLinks.map((link) => link.code))

const optionalText = (value: string | undefined) => (value === undefined ? undefined : text(value))

/**
 * A theme's name, under its code.
 *
 * @category projections
 * @since 0.2.0
 */
export const themeFields = (theme: typeof ThemeAdded.Type | undefined): Array<PlanField> =>
  theme === undefined
    ? []
    : fieldsOf({ kind: "theme", id: theme.code, name: theme.code, label: `theme ${theme.code}` }, [
        [NAME, text(theme.name)],
        ["introduction", optionalText(theme.introduction)]
      ])

/**
 * A priority's title, theme and links.
 *
 * @category projections
 * @since 0.2.0
 */
export const priorityFields = (priority: typeof PlanPriorityAdded.Type | undefined): Array<PlanField> =>
  priority === undefined
    ? []
    : fieldsOf({ kind: "priority", id: priority.code, name: priority.code, label: `priority ${priority.code}` }, [
        ["title", text(priority.title)],
        ["theme", optionalText(priority.theme)],
        ["partnership", optionalText(priority.partnership)],
        ["links", links(priority.links)]
      ])

/**
 * A key action as it stands: what the plan says of it, its current target date (a slipped
 * action's is the revised one) and its latest progress.
 *
 * @category projections
 * @since 0.2.0
 */
export const keyActionFields = (
  action: typeof KeyActionAdded.Type | undefined,
  progress: ReadonlyArray<typeof ActionProgressRecorded.Type>
): Array<PlanField> => {
  if (action === undefined) return []
  const latest = progress.at(-1)
  const revisedTargetDate = [...progress].reverse().find((update) => update.revisedTargetDate !== undefined)?.revisedTargetDate
  return fieldsOf({ kind: "action", id: action.actionId, name: action.actionId, label: `action ${action.actionId}` }, [
    ["title", text(action.title)],
    ["lead", action.accountableManager === undefined ? listed(action.leadPartners) : text(action.accountableManager)],
    ["priorities", listed(action.priorityCodes)],
    ["planned outcomes", listed(action.plannedOutcomes)],
    ["resources", optionalText(action.funding)],
    ["target date", revisedTargetDate === undefined ? listed(action.targetDates) : text(revisedTargetDate)],
    ["links", links(action.links)],
    [PROGRESS, latest === undefined ? undefined : text(latest.status)],
    ["progress note", optionalText(latest?.note)]
  ])
}

/**
 * A lead role's description and lead officer.
 *
 * @category projections
 * @since 0.2.0
 */
export const leadRoleFields = (role: typeof LeadRoleAssigned.Type | undefined): Array<PlanField> =>
  role === undefined
    ? []
    : fieldsOf({ kind: "lead role", id: role.code, name: role.code, label: `lead role ${role.code}` }, [
        ["description", text(role.description)],
        ["lead officer", text(role.leadOfficer)],
        ["codes", role.links === undefined ? undefined : links(role.links)],
        ["role", optionalText(role.role)]
      ])

/**
 * An indicator the plan contributes to, with its title.
 *
 * @category projections
 * @since 0.4.0
 */
export const contributingIndicatorFields = (indicator: typeof ContributingIndicatorListed.Type | undefined): Array<PlanField> =>
  indicator === undefined
    ? []
    : fieldsOf(
        { kind: "contributing indicator", id: indicator.code, name: indicator.code, label: `contributing indicator ${indicator.code}` },
        [["title", text(indicator.title)]]
      )

/**
 * A risk's description, lead officer and the action it threatens.
 *
 * @category projections
 * @since 0.2.0
 */
export const riskFields = (risk: typeof RiskRecorded.Type | undefined): Array<PlanField> =>
  risk === undefined
    ? []
    : fieldsOf({ kind: "risk", id: risk.riskId, name: risk.riskId, label: `risk ${risk.riskId}` }, [
        ["description", text(risk.description)],
        ["lead officer", text(risk.leadOfficer)],
        ["action", optionalText(risk.actionId)]
      ])

/**
 * A consultation's name, purpose, dates and whether it is statutory.
 *
 * @category projections
 * @since 0.2.0
 */
export const consultationFields = (consultation: typeof ConsultationRecorded.Type | undefined): Array<PlanField> =>
  consultation === undefined
    ? []
    : fieldsOf(
        { kind: "consultation", id: consultation.consultationId, name: consultation.name, label: `consultation "${consultation.name}"` },
        [
          [NAME, text(consultation.name)],
          ["purpose", text(consultation.purpose)],
          ["dates", optionalText(consultation.dates)],
          ["statutory", text(statutoryWords(consultation.statutory))]
        ]
      )

/**
 * One statement of what parents, or children and young people, said on a theme.
 *
 * @category projections
 * @since 0.2.0
 */
export const voiceFields = (voice: typeof VoiceRecorded.Type | undefined): Array<PlanField> =>
  voice === undefined
    ? []
    : fieldsOf(
        {
          kind: "what people said",
          id: voice.voiceId,
          name: voice.voiceId,
          label: `what ${voice.speaker === "parents" ? "parents" : "children and young people"} said on theme ${voice.themeCode}`
        },
        [["statement", text(voice.statement)]]
      )

/**
 * The content slice as fields: themes, priorities, key actions with their current target date and
 * latest progress, lead roles, risks, consultations and what people said.
 *
 * @category projections
 * @since 0.2.0
 */
export const contentFields = (content: ContentState): Array<PlanField> => [
  ...[...content.themes.values()].flatMap(themeFields),
  ...[...content.priorities.values()].flatMap(priorityFields),
  ...[...content.keyActions.values()].flatMap((action) => keyActionFields(action, content.progress.get(action.actionId) ?? [])),
  ...[...content.leadRoles.values()].flatMap(leadRoleFields),
  ...[...content.risks.values()].flatMap(riskFields),
  ...[...content.consultations.values()].flatMap(consultationFields),
  ...[...content.voices.values()].flatMap(voiceFields),
  ...[...content.contributingIndicators.values()].flatMap(contributingIndicatorFields)
]
