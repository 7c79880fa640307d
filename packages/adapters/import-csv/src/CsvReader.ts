import type { ImportProblem } from "@plan-ledger/core"

/**
 * One field of a CSV file with where it stands (line and column from 1; a quoted field that
 * spans lines is located where it starts).
 *
 * @category models
 * @since 0.1.0
 */
export interface CsvField {
  readonly value: string
  readonly line: number
  readonly column: number
}

/**
 * One record of a CSV file.
 *
 * @category models
 * @since 0.1.0
 */
export interface CsvRecord {
  readonly line: number
  readonly fields: ReadonlyArray<CsvField>
}

/**
 * Reads CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF, an optional byte-order
 * mark) into records with positions. Blank lines are skipped. An unterminated quote is the only
 * problem the reader itself reports.
 *
 * @category parsing
 * @since 0.1.0
 */
export const readCsv = (fileName: string, text: string): { readonly records: ReadonlyArray<CsvRecord>; readonly problems: ReadonlyArray<ImportProblem> } => {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text
  const records: Array<CsvRecord> = []
  let fields: Array<CsvField> = []
  let value = ""
  let line = 1
  let fieldLine = 1
  let fieldColumn = 1
  let recordLine = 1
  let quoted = false
  let index = 0
  const endField = (): void => {
    fields.push({ value, line: fieldLine, column: fieldColumn })
    value = ""
  }
  const endRecord = (): void => {
    endField()
    if (!(fields.length === 1 && fields[0]?.value === "")) records.push({ line: recordLine, fields })
    fields = []
  }
  while (index < source.length) {
    const character = source[index] as string
    if (quoted) {
      if (character === '"' && source[index + 1] === '"') {
        value += '"'
        index += 2
        continue
      }
      if (character === '"') {
        quoted = false
      } else {
        value += character
        if (character === "\n") line += 1
      }
    } else if (character === '"' && value === "") {
      quoted = true
    } else if (character === ",") {
      endField()
      fieldLine = line
      fieldColumn = fields.length + 1
    } else if (character === "\n" || character === "\r") {
      if (character === "\r" && source[index + 1] === "\n") index += 1
      endRecord()
      line += 1
      recordLine = line
      fieldLine = line
      fieldColumn = 1
    } else {
      value += character
    }
    index += 1
  }
  if (quoted) {
    return {
      records,
      problems: [{ file: fileName, line: fieldLine, column: fieldColumn, problem: "a quoted field is never closed", expected: 'a closing double quote (write "" for a quote inside a field)' }]
    }
  }
  if (value !== "" || fields.length > 0) endRecord()
  return { records, problems: [] }
}
