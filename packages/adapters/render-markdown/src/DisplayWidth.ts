import stringWidth from "string-width"
import { graphemeClusters } from "./GraphemeClusters.js"

// Printable ASCII is one column a character and never joins a neighbour into one grapheme
// (a combining mark after it is not ASCII), so a run of it is measured by its length.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

// Text repeats its clusters (the same accented letters, the same emoji), and measuring one with
// `string-width` runs several Unicode regular expressions: each distinct cluster is measured once.
const MEASURED_LIMIT = 4096
const measured = new Map<string, number>()

const clusterWidth = (cluster: string): number => {
  const known = measured.get(cluster)
  if (known !== undefined) return known
  const width = stringWidth(cluster)
  if (measured.size < MEASURED_LIMIT) measured.set(cluster, width)
  return width
}

/**
 * How many terminal columns a cell's text takes, in time linear in its length: printable ASCII is
 * counted by length, and anything else is measured one grapheme cluster at a time (each cluster
 * by `measure`, `string-width` unless a test counts the work). A whole cell is never handed to
 * `string-width` or to the segmenter at once: segmenting a long cell with a non-ASCII character
 * takes time quadratic in its length on some Node lines ({@link graphemeClusters}).
 *
 * @category formatting
 * @since 0.4.0
 */
export const displayWidth = (text: string, measure: (cluster: string) => number = clusterWidth): number => {
  if (PRINTABLE_ASCII.test(text)) return text.length
  let width = 0
  for (const cluster of graphemeClusters(text)) width += measure(cluster)
  return width
}

/**
 * The largest display width among the texts, at least `floor`: a loop rather than
 * `Math.max(...widths)`, whose arguments overflow the stack for a table of a hundred thousand rows.
 *
 * @category formatting
 * @since 0.4.0
 */
export const widestOf = (texts: Iterable<string>, floor: number): number => {
  let widest = floor
  for (const text of texts) widest = Math.max(widest, displayWidth(text))
  return widest
}

/**
 * The text cut into pieces no wider than `width` columns each, at grapheme boundaries (a piece
 * holds at least one grapheme, however wide), in one pass over the text.
 *
 * @category formatting
 * @since 0.4.0
 */
export const cutToWidth = (text: string, width: number): ReadonlyArray<string> => {
  const pieces: Array<string> = []
  let piece = ""
  let pieceWidth = 0
  for (const segment of graphemeClusters(text)) {
    const segmentWidth = clusterWidth(segment)
    if (piece !== "" && pieceWidth + segmentWidth > width) {
      pieces.push(piece)
      piece = ""
      pieceWidth = 0
    }
    piece += segment
    pieceWidth += segmentWidth
  }
  pieces.push(piece)
  return pieces
}
