const segmenter = new Intl.Segmenter()

/** How a window of text is split into grapheme clusters, with each cluster's offset in it. */
export type Segmenter = (window: string) => Iterable<{ readonly segment: string; readonly index: number }>

const intlSegmenter: Segmenter = (window) => segmenter.segment(window)

/**
 * The longest text handed to the segmenter at once. Some Node lines segment a long string in
 * time quadratic in its length (a cell of 140,000 characters took minutes), so a text is
 * segmented a bounded window at a time, which keeps the whole walk linear on every line.
 *
 * @category formatting
 * @since 0.4.0
 */
export const SEGMENT_WINDOW = 512

/**
 * The grapheme clusters of a text, in order, segmented {@link SEGMENT_WINDOW} code units at a
 * time. The last cluster of a window may be cut by the window's end, so the next window starts
 * at that cluster instead. A single cluster longer than a window (a letter under thousands of
 * combining marks) comes out in window-sized pieces.
 *
 * @category formatting
 * @since 0.4.0
 */
export function* graphemeClusters(text: string, segment: Segmenter = intlSegmenter): Iterable<string> {
  let start = 0
  while (start < text.length) {
    const end = Math.min(text.length, start + SEGMENT_WINDOW)
    const window = text.slice(start, end)
    if (end === text.length) {
      for (const cluster of segment(window)) yield cluster.segment
      return
    }
    let lastStart = 0
    let previous: string | undefined
    for (const cluster of segment(window)) {
      if (previous !== undefined) yield previous
      previous = cluster.segment
      lastStart = cluster.index
    }
    if (lastStart === 0) {
      yield window
      start = end
    } else start += lastStart
  }
}
