import { isCommitment } from "./Commitment.js"
import { type LocatedValue, locate, type PersonalPaths } from "./PersonalPaths.js"

// Events looked up in the vault at a time.
const VAULT_PAGE = 500

/**
 * Events in pages of 500, the most whose commitments are looked up in the vault at once (by
 * reads that put values back, and by `verify`).
 *
 * @category reading
 * @since 0.4.0
 */
export async function* inVaultPages<Event>(events: AsyncIterable<Event>): AsyncIterable<ReadonlyArray<Event>> {
  let page: Array<Event> = []
  for await (const event of events) {
    page.push(event)
    if (page.length === VAULT_PAGE) {
      yield page
      page = []
    }
  }
  if (page.length > 0) yield page
}

/**
 * The personal values of an event that are commitments (the vault holds their values); an event
 * sealed before commitments holds its values in the clear, and has none.
 *
 * @category reading
 * @since 0.4.0
 */
export const committedValues = (paths: PersonalPaths, event: object): ReadonlyArray<LocatedValue> =>
  locate(paths, event).filter((found) => isCommitment(found.value))
