import type { SubjectLink } from "./PersonalVault.js"

/**
 * Every name a subject goes by: the subject as given, the registered person it is linked to (when
 * it is a name as recorded), and every name linked to that person.
 *
 * @example
 * import { PersonalData } from "@plan-ledger/eventstore"
 * PersonalData.subjectNames("J. Smith", [{ alias: "J. Smith", subject: "officer-17" }, { alias: "Jo Smith", subject: "officer-17" }])
 * // Set { "J. Smith", "officer-17", "Jo Smith" }
 *
 * @category subjects
 * @since 0.4.0
 */
export const subjectNames = (subject: string, links: ReadonlyArray<SubjectLink>): ReadonlySet<string> => {
  const registered = new Set([subject, ...links.filter((link) => link.alias === subject).map((link) => link.subject)])
  return new Set([...registered, ...links.filter((link) => registered.has(link.subject)).map((link) => link.alias)])
}
