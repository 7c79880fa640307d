/**
 * Where a recognised part of a printed cell came from: the characters `start` (inclusive) to
 * `end` (exclusive) of the cell as printed, so every part read can be shown against its text.
 *
 * @category models
 * @since 0.4.0
 */
export interface TextSpan {
  readonly start: number
  readonly end: number
}

/**
 * A stretch of a printed cell that no rule read: it stays text, quoted as printed, and `check`
 * reports it rather than guessing at it.
 *
 * @category models
 * @since 0.4.0
 */
export interface UnreadText {
  readonly span: TextSpan
  readonly text: string
}

/**
 * A span moved by `offset` characters: a part read from a segment of a cell placed in the cell.
 *
 * @category constructors
 * @since 0.4.0
 */
export const shifted = (span: TextSpan, offset: number): TextSpan => ({ start: span.start + offset, end: span.end + offset })

/**
 * The stretches of `text` between the given spans (sorted, not overlapping), without the ones
 * made only of white space.
 *
 * @category derivations
 * @since 0.4.0
 */
export const gapsBetween = (text: string, spans: ReadonlyArray<TextSpan>): ReadonlyArray<TextSpan> => {
  const gaps: Array<TextSpan> = []
  let at = 0
  for (const span of [...spans].sort((left, right) => left.start - right.start)) {
    if (span.start > at) gaps.push({ start: at, end: span.start })
    at = Math.max(at, span.end)
  }
  if (at < text.length) gaps.push({ start: at, end: text.length })
  return gaps.filter((gap) => text.slice(gap.start, gap.end).trim() !== "")
}

/**
 * A span narrowed to its text without the white space at either end.
 *
 * @category derivations
 * @since 0.4.0
 */
export const trimmed = (text: string, span: TextSpan): TextSpan => {
  let { start, end } = span
  while (start < end && /\s/u.test(text[start] ?? "")) start += 1
  while (end > start && /\s/u.test(text[end - 1] ?? "")) end -= 1
  return { start, end }
}
