import type { PlanLink } from "../../plan/content/events.js"
import type { ContentState } from "../../plan/content/ContentState.js"
import { fieldsOf, NAME, type PlanField, PROGRESS, text } from "./PlanField.js"

const listed = (items: ReadonlyArray<string>): ReturnType<typeof text> | undefined =>
  items.length === 0 ? undefined : text(items.join("; "))

const links = (planLinks: ReadonlyArray<typeof PlanLink.Type>) => listed(planLinks.map((link) => link.code))

const optionalText = (value: string | undefined) => (value === undefined ? undefined : text(value))

/**
 * The content slice as fields: themes, priorities, key actions with their current target date and
 * latest progress (a slipped action's target date is the revised one), lead roles, risks,
 * consultations and what people said.
 *
 * @category projections
 * @since 0.2.0
 */
export const contentFields = (content: ContentState): Array<PlanField> => [
  ...[...content.themes.values()].flatMap((theme) =>
    fieldsOf({ kind: "theme", id: theme.code, name: theme.code, label: `theme ${theme.code}` }, [[NAME, text(theme.name)]])
  ),
  ...[...content.priorities.values()].flatMap((priority) =>
    fieldsOf({ kind: "priority", id: priority.code, name: priority.code, label: `priority ${priority.code}` }, [
      ["title", text(priority.title)],
      ["theme", optionalText(priority.theme)],
      ["links", links(priority.links)]
    ])
  ),
  ...[...content.keyActions.values()].flatMap((action) => {
    const progress = content.progress.get(action.actionId) ?? []
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
  }),
  ...[...content.leadRoles.values()].flatMap((role) =>
    fieldsOf({ kind: "lead role", id: role.code, name: role.code, label: `lead role ${role.code}` }, [
      ["description", text(role.description)],
      ["lead officer", text(role.leadOfficer)]
    ])
  ),
  ...[...content.risks.values()].flatMap((risk) =>
    fieldsOf({ kind: "risk", id: risk.riskId, name: risk.riskId, label: `risk ${risk.riskId}` }, [
      ["description", text(risk.description)],
      ["lead officer", text(risk.leadOfficer)],
      ["action", optionalText(risk.actionId)]
    ])
  ),
  ...[...content.consultations.values()].flatMap((consultation) =>
    fieldsOf(
      { kind: "consultation", id: consultation.consultationId, name: consultation.name, label: `consultation "${consultation.name}"` },
      [
        [NAME, text(consultation.name)],
        ["purpose", text(consultation.purpose)],
        ["dates", optionalText(consultation.dates)],
        ["statutory", text(consultation.statutory ? "yes" : "no")]
      ]
    )
  ),
  ...[...content.voices.values()].flatMap((voice) =>
    fieldsOf(
      {
        kind: "what people said",
        id: voice.voiceId,
        name: voice.voiceId,
        label: `what ${voice.speaker === "parents" ? "parents" : "children and young people"} said on theme ${voice.themeCode}`
      },
      [["statement", text(voice.statement)]]
    )
  )
]
