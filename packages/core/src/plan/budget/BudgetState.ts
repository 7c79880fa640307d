import type { Pence } from "../../money/Money.js"
import type { Accumulator } from "../../internal/Accumulator.js"
import type { SliceHandlers } from "../../internal/SliceHandlers.js"
import { keyInUnit } from "../Unit.js"
import type {
  BudgetEvent,
  BudgetLineFigures,
  MemorandumItemRecorded,
  PriorYearFigures,
  PriorYearLinesMapped,
  StatedLineFigures,
  StatedTotals,
  TotalsRow,
  UnlabelledRowType,
  VariationClosingStated,
  VariationItemRecorded,
  VariationOpeningStated,
  VariationSection
} from "./events.js"

/**
 * A budget line as it stands: its stable id, current label and unit, and its figures.
 *
 * @category models
 * @since 0.1.0
 */
export interface BudgetLineState {
  readonly lineId: string
  /** The label as printed; empty for a row printed without one (see `rowType`). */
  readonly activity: string
  /** What a row printed without an activity label is; `undefined` for a labelled line. */
  readonly rowType: UnlabelledRowType | undefined
  /** For a continuation row: the labelled line it continues. */
  readonly continues: string | undefined
  /** The plan whose whole budget this line carries, when one is linked. */
  readonly carriedPlanId: string | undefined
  readonly unit: string | undefined
  readonly cabinetMember: string | undefined
  /** Where the line's money comes from; `"unspecified"` when the plan does not say. */
  readonly fundingSource: string
  readonly figures: BudgetLineFigures
  readonly prior: PriorYearFigures | undefined
  readonly stated: StatedLineFigures
  /** Every label the line has carried, oldest first. */
  readonly formerActivities: ReadonlyArray<string>
}

/**
 * A memorandum item as it stands (the payload that last set it).
 *
 * @category models
 * @since 0.1.0
 */
export type MemorandumItemState = typeof MemorandumItemRecorded.Type

/**
 * A mapping of prior-year lines onto this plan's lines, as recorded.
 *
 * @category models
 * @since 0.3.0
 */
export type LineMappingState = typeof PriorYearLinesMapped.Type

/**
 * A variation-statement item as it stands (the payload that last set it, without the mark an
 * upcast item carries: the fold has applied it).
 *
 * @category models
 * @since 0.1.0
 */
export type VariationItemState = Omit<typeof VariationItemRecorded.Type, "idAcrossSections">

/**
 * The key under which a variation item is kept: its section and id, so the same description under
 * pressure and under saving is two items.
 *
 * @category accessors
 * @since 0.4.0
 */
export const variationItemKey = (section: VariationSection, itemId: string): string => `${section}:${itemId}`

// An item written before schema version 4 named one item whatever its section: it takes the place
// of the item of the same id in another section, where that item stood in the statement.
const replaceAcrossSections = (items: Map<string, VariationItemState>, item: VariationItemState): void => {
  const key = variationItemKey(item.section, item.itemId)
  const held = [...items.entries()].find(([, other]) => other.itemId === item.itemId && other.section !== item.section)
  if (held === undefined) {
    items.set(key, item)
    return
  }
  const entries = [...items.entries()].flatMap(([heldKey, value]): Array<[string, VariationItemState]> =>
    heldKey === held[0] ? [[key, item]] : heldKey === key ? [] : [[heldKey, value]]
  )
  items.clear()
  for (const [entryKey, value] of entries) items.set(entryKey, value)
}

/**
 * A stated opening or closing figure of the variation statement.
 *
 * @category models
 * @since 0.1.0
 */
export interface StatedFigure {
  readonly label: string
  readonly amount: Pence
}

/**
 * The budget slice of a plan: its budget lines, the totals rows as printed, memorandum items,
 * and the variation statement. A plan with several units (a directorate's portfolios) holds the
 * totals rows each unit's table prints apart from the plan's own (its grand total).
 *
 * @category models
 * @since 0.2.0
 */
export interface BudgetState {
  readonly budgetLines: ReadonlyMap<string, BudgetLineState>
  /**
   * Which line carries each current label in its unit (`Unit.keyInUnit(unit, activity)`): the
   * decider's check that two lines of one table never share one.
   */
  readonly lineIdByActivity: ReadonlyMap<string, string>
  /** How prior-year lines map onto this plan's lines, by mapping id. */
  readonly lineMappings: ReadonlyMap<string, LineMappingState>
  /** The totals rows printed for the whole plan: in a plan with units, the grand total. */
  readonly statedTotals: ReadonlyMap<TotalsRow, StatedTotals>
  /** The totals rows each unit's table prints, by unit. */
  readonly unitStatedTotals: ReadonlyMap<string, ReadonlyMap<TotalsRow, StatedTotals>>
  /** Memorandum items by `Unit.keyInUnit(unit, itemId)`. */
  readonly memorandumItems: ReadonlyMap<string, MemorandumItemState>
  readonly variationOpening: typeof VariationOpeningStated.Type | undefined
  /** Variation items by `variationItemKey(section, itemId)`. */
  readonly variationItems: ReadonlyMap<string, VariationItemState>
  readonly variationClosing: typeof VariationClosingStated.Type | undefined
}

/**
 * The budget slice of a freshly drafted plan.
 *
 * @category folds
 * @since 0.2.0
 */
export const emptyBudget = (): Accumulator<BudgetState> => ({
  budgetLines: new Map(),
  lineIdByActivity: new Map(),
  lineMappings: new Map(),
  statedTotals: new Map(),
  unitStatedTotals: new Map(),
  memorandumItems: new Map(),
  variationOpening: undefined,
  variationItems: new Map(),
  variationClosing: undefined
})

// A line's label or unit changed: the key its label was held under gives way to the new one.
const relabel = (state: Accumulator<BudgetState>, lineId: string, from: string, to: string): void => {
  if (state.lineIdByActivity.get(from) === lineId) state.lineIdByActivity.delete(from)
  state.lineIdByActivity.set(to, lineId)
}

/**
 * How each budget event changes the slice.
 *
 * @category folds
 * @since 0.2.0
 */
export const budgetHandlers: SliceHandlers<BudgetEvent, Accumulator<BudgetState>, unknown> = {
  BudgetLineAdded: (state, added) => {
    state.budgetLines.set(added.lineId, {
      lineId: added.lineId,
      activity: added.activity ?? "",
      rowType: added.rowType,
      continues: added.continues,
      carriedPlanId: undefined,
      unit: added.unit,
      cabinetMember: added.cabinetMember,
      fundingSource: added.fundingSource,
      figures: added.figures,
      prior: added.prior,
      stated: added.stated,
      formerActivities: []
    })
    if (added.activity !== undefined) state.lineIdByActivity.set(keyInUnit(added.unit, added.activity), added.lineId)
  },
  BudgetLineRevised: (state, revised) => {
    const line = state.budgetLines.get(revised.lineId)
    if (line === undefined) return
    state.budgetLines.set(revised.lineId, {
      ...line,
      cabinetMember: revised.cabinetMember,
      fundingSource: revised.fundingSource,
      figures: revised.figures,
      prior: revised.prior,
      stated: revised.stated
    })
  },
  BudgetLineRenamed: (state, { lineId, activity }) => {
    const line = state.budgetLines.get(lineId)
    if (line === undefined) return
    state.budgetLines.set(lineId, { ...line, activity, formerActivities: [...line.formerActivities, line.activity] })
    relabel(state, lineId, keyInUnit(line.unit, line.activity), keyInUnit(line.unit, activity))
  },
  BudgetLineMoved: (state, { lineId, unit }) => {
    const line = state.budgetLines.get(lineId)
    if (line === undefined) return
    state.budgetLines.set(lineId, { ...line, unit })
    // A row printed without a label holds no place among the activities.
    if (line.rowType === undefined) relabel(state, lineId, keyInUnit(line.unit, line.activity), keyInUnit(unit, line.activity))
  },
  BudgetLineCarriesPlan: (state, { lineId, carriedPlanId }) => {
    const line = state.budgetLines.get(lineId)
    if (line !== undefined) state.budgetLines.set(lineId, { ...line, carriedPlanId })
  },
  PriorYearLinesMapped: (state, mapping) => {
    state.lineMappings.set(mapping.mappingId, mapping)
  },
  BudgetTotalsStated: (state, { unit, row, stated }) => {
    if (unit === undefined) {
      state.statedTotals.set(row, stated)
      return
    }
    const rows = state.unitStatedTotals.get(unit) ?? new Map<TotalsRow, StatedTotals>()
    state.unitStatedTotals.set(unit, new Map(rows).set(row, stated))
  },
  MemorandumItemRecorded: (state, item) => {
    state.memorandumItems.set(keyInUnit(item.unit, item.itemId), item)
  },
  VariationOpeningStated: (state, opening) => {
    state.variationOpening = opening
  },
  VariationItemRecorded: (state, { idAcrossSections, ...item }) => {
    if (idAcrossSections === true) replaceAcrossSections(state.variationItems, item)
    else state.variationItems.set(variationItemKey(item.section, item.itemId), item)
  },
  VariationClosingStated: (state, closing) => {
    state.variationClosing = closing
  }
}
