import * as Period from "../../../period/Period.js"
import type { IndicatorsState, PlanIndicatorState } from "../IndicatorsState.js"
import { fieldsOf, type PlanField, text } from "../../views/PlanField.js"

/**
 * An indicator's definition and every value the plan reports for it — an actual, estimate or
 * target per period (and per area, when not the indicator's own), or the reason it is unavailable.
 *
 * @category projections
 * @since 0.2.0
 */
export const indicatorFieldsOf = (indicator: PlanIndicatorState | undefined): Array<PlanField> => {
  if (indicator === undefined) return []
  const subject = { kind: "indicator", id: indicator.code, name: indicator.code, label: indicator.code }
  return [
    ...fieldsOf(subject, [
      ["title", text(indicator.title)],
      ["unit", text(indicator.unit)],
      ["polarity", text(indicator.polarity)]
    ]),
    ...[...indicator.values.values()].flatMap((reported) =>
      fieldsOf(subject, [
        [
          `${reported.kind} ${Period.label(reported.period)}${reported.area === indicator.area ? "" : ` in ${reported.area}`}`,
          reported._tag === "IndicatorValueReported"
            ? { _tag: "Indicator", value: reported.value, unit: indicator.unit }
            : text(`unavailable: ${reported.reason}`)
        ]
      ])
    )
  ]
}

/**
 * The indicators slice as fields: every indicator of the plan's KPI table with its values.
 *
 * @category projections
 * @since 0.2.0
 */
export const indicatorFields = (indicators: IndicatorsState): Array<PlanField> =>
  [...indicators.indicators.values()].flatMap(indicatorFieldsOf)
