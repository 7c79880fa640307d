import type { CommandOf } from "../../internal/CommandOf.js"
import type {
  ActionProgressRecorded,
  ConsultationRecorded,
  ContributingIndicatorListed,
  KeyActionAdded,
  LeadRoleAssigned,
  PlanPriorityAdded,
  RiskRecorded,
  ThemeAdded,
  VoiceRecorded
} from "./events.js"

/**
 * The commands that set what a plan says. Each is idempotent: the same content again records
 * nothing.
 *
 * @category commands
 * @since 0.2.0
 */
export type ContentCommand =
  | CommandOf<"AddTheme", typeof ThemeAdded.Type>
  | CommandOf<"AddPriority", typeof PlanPriorityAdded.Type>
  | CommandOf<"AssignLeadRole", typeof LeadRoleAssigned.Type>
  | CommandOf<"AddKeyAction", typeof KeyActionAdded.Type>
  | CommandOf<"RecordRisk", typeof RiskRecorded.Type>
  | CommandOf<"RecordConsultation", typeof ConsultationRecorded.Type>
  | CommandOf<"RecordActionProgress", typeof ActionProgressRecorded.Type>
  | (CommandOf<"RecordVoice", Omit<typeof VoiceRecorded.Type, "voiceId">> & { readonly voiceId?: string | undefined })
  | CommandOf<"ListContributingIndicator", typeof ContributingIndicatorListed.Type>

/**
 * Every content command's tag, as a record so a new command fails to compile until it is listed.
 *
 * @category guards
 * @since 0.2.0
 */
export const CONTENT_COMMAND_TAGS: { readonly [Tag in ContentCommand["_tag"]]: true } = {
  AddTheme: true,
  AddPriority: true,
  AssignLeadRole: true,
  AddKeyAction: true,
  RecordRisk: true,
  RecordConsultation: true,
  RecordActionProgress: true,
  RecordVoice: true,
  ListContributingIndicator: true
}
