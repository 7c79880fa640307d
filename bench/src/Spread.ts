/** The median and range of some measurements. */
export interface Spread {
  readonly median: number
  readonly lowest: number
  readonly highest: number
}

/** The median (the upper middle one for an even count) and range of some measurements. */
export const spread = (measured: ReadonlyArray<number>): Spread => {
  const sorted = [...measured].sort((left, right) => left - right)
  return { median: sorted[Math.floor(sorted.length / 2)] ?? 0, lowest: sorted[0] ?? 0, highest: sorted.at(-1) ?? 0 }
}

/** A figure as the tables print it: grouped thousands, `digits` decimals. */
export const format = (value: number, digits = 0): string =>
  value.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits })
