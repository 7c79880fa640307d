import type { PlanLink } from "./events.js"
import { codesIn } from "./phrase/PlanCode.js"
import { gapsBetween, shifted, type TextSpan, trimmed, type UnreadText } from "./phrase/TextSpan.js"

/**
 * A code printed in a link cell that is shaped like a plan code but cannot be one (`NI 1l7`):
 * where it stands in the cell, as printed, and the code it most likely means.
 *
 * @category models
 * @since 0.4.0
 */
export interface MalformedCode {
  readonly span: TextSpan
  readonly printed: string
  readonly likely: string
}

/**
 * What a link cell reads as: its links in order, the codes shaped like plan codes that cannot be
 * (refused at import), and the text no rule read (`check` reports it).
 *
 * @category models
 * @since 0.4.0
 */
export interface LinkReading {
  readonly links: ReadonlyArray<PlanLink>
  readonly malformed: ReadonlyArray<MalformedCode>
  readonly unread: ReadonlyArray<UnreadText>
}

// Words around codes that only join or introduce them: "Emotional Well Being – EWB 2 & 3",
// "LAA NI51 Effectiveness of CAMHS". Text with a digit no code rule read is never passed over.
const PROSE = /^[\p{L}\s'’&,()/–—:.-]*$/u

const readItem = (item: string, offset: number): LinkReading => {
  const found = codesIn(item)
  const malformed: Array<MalformedCode> = []
  const links: Array<PlanLink> = []
  for (const { span, value } of found) {
    if (value.kind === "malformed") malformed.push({ span: shifted(span, offset), printed: value.printed, likely: value.likely })
    else links.push(...value.links)
  }
  if (found.length === 0) {
    const text = item.trim().replace(/\s+/gu, " ")
    // A named strategy or plan ("CAMHS Strategy"): the whole item, holding no plan code.
    return { links: text === "" ? [] : [{ kind: "strategy", code: text }], malformed, unread: [] }
  }
  const unread = gapsBetween(
    item,
    found.map(({ span }) => span)
  )
    .filter((gap) => !PROSE.test(item.slice(gap.start, gap.end)))
    .map((gap) => {
      const span = trimmed(item, gap)
      return { span: shifted(span, offset), text: item.slice(span.start, span.end) }
    })
  return { links, malformed, unread }
}

/**
 * Reads a `; `-separated cell of plan links, finding every plan code wherever it stands in an
 * item (`LAA NI51 …`, `(NI55)`, `KCYPP – Priority 2, 3, 6, 8`): each becomes a link of its kind
 * (see `PlanCode`), one per code of a list or range. An item holding no plan code names a
 * strategy or plan (`CAMHS Strategy`); no code is ever filed as one.
 *
 * @example
 * import { PlanLinkText } from "@plan-ledger/core"
 * PlanLinkText.read("Lead LAA NI 117; CAMHS Strategy").links
 * // [{ kind: "laa-target", code: "LAA NI 117" }, { kind: "indicator", code: "NI 117" }, { kind: "strategy", code: "CAMHS Strategy" }]
 *
 * @category parsing
 * @since 0.4.0
 */
export const read = (printed: string): LinkReading => {
  const readings: Array<LinkReading> = []
  let at = 0
  for (const separator of [...printed.matchAll(/;/gu), undefined]) {
    const end = separator === undefined ? printed.length : (separator.index ?? 0)
    readings.push(readItem(printed.slice(at, end), at))
    at = end + 1
  }
  return {
    links: readings.flatMap((reading) => reading.links),
    malformed: readings.flatMap((reading) => reading.malformed),
    unread: readings.flatMap((reading) => reading.unread)
  }
}

/**
 * Reads one plan link as printed: `NI 50` is an indicator, `KCYPP priority 2` a county plan
 * priority, `Outcome 2d` a county plan outcome, `LAA2 (II)` a Local Area Agreement target,
 * `2010 TARGET 16` a Towards 2010 target, `EWB1` another local priority; text holding no plan
 * code (`CAMHS Strategy`) names a strategy. The first link the text names, as `read` reads it.
 *
 * @example
 * import { PlanLinkText } from "@plan-ledger/core"
 * PlanLinkText.parse("NI 50") // { kind: "indicator", code: "NI 50" }
 *
 * @category parsing
 * @since 0.2.0
 */
export const parse = (printed: string): PlanLink => read(printed).links[0] ?? { kind: "strategy", code: printed.trim() }

/**
 * Reads a `; `-separated list of plan links: every link `read` finds, in order.
 *
 * @category parsing
 * @since 0.2.0
 */
export const parseList = (printed: string): ReadonlyArray<PlanLink> => read(printed).links
