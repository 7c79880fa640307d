// An underscore that would begin an escape, or a character XML cannot hold (tab and line feed it can).
// eslint-disable-next-line no-control-regex -- the characters XML cannot hold are the point
const NEEDS_ESCAPE = /_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B-\u001F]/g

/**
 * Text as Excel itself writes it into a workbook's XML. XML cannot hold a control character, and
 * an XML reader turns a carriage return into a line feed, so Excel writes each such character as
 * `_xHHHH_` (a CR is `_x000D_`), and an underscore that would otherwise begin such an escape as
 * `_x005F_`. exceljs writes text as it is — dropping control characters and letting CRs become
 * LFs — so text goes through this first, and Excel, LibreOffice and plan-ledger's own workbook
 * reader get back every character the ledger holds.
 *
 * @category formatting
 * @since 0.4.0
 */
export const excelText = (text: string): string =>
  text.replace(NEEDS_ESCAPE, (character) => `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`)
