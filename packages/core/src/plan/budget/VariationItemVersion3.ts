import type { VariationItemRecorded } from "./events.js"

/**
 * Reads a `VariationItemRecorded` written before schema version 4 as the current schema. Its
 * fields are the current ones; what changed is what its id means. Then an item id named one item
 * whatever its section (recording "Standards Fund" under saving replaced it under pressure), and
 * a ledger of that time must keep the figures it showed; so the item is marked `idAcrossSections`,
 * and the fold gives it that meaning. Nothing is invented: the mark says only how the event was
 * written.
 *
 * @category upcasting
 * @since 0.4.0
 */
export const toCurrent = (item: typeof VariationItemRecorded.Type): typeof VariationItemRecorded.Type => ({
  ...item,
  idAcrossSections: true
})
