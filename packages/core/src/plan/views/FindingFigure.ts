import * as Fte from "../../money/Fte.js"
import * as Money from "../../money/Money.js"

/**
 * A finding's figure as its message writes it: money in £000 as printed in text, FTE with its
 * unit.
 *
 * @example
 * import { FindingFigure, Money } from "@plan-ledger/core"
 * FindingFigure.inText("money", Money.fromThousands("0.1")) // "£0.1k"
 *
 * @category formatting
 * @since 0.3.0
 */
export const inText = (measure: "money" | "fte", value: number): string =>
  measure === "money" ? Money.formatThousandsInText(Money.Pence.make(value)) : `${Fte.formatExact(Fte.Fte.make(value))} FTE`
