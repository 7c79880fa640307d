import type { ImportProblem, TableField, TableRecord } from "@plan-ledger/core/adapters"
import { CsvError, parse } from "csv-parse/sync"

/**
 * One field of a CSV file with where it stands (line from 1; column is the field's position in its
 * record, from 1; a quoted field that spans lines is located on the line its record starts).
 *
 * @category models
 * @since 0.1.0
 */
export type CsvField = TableField

/**
 * One record of a CSV file.
 *
 * @category models
 * @since 0.1.0
 */
export type CsvRecord = TableRecord

/**
 * How a CSV file is written: its field delimiter (a comma unless said otherwise).
 *
 * @category models
 * @since 0.3.0
 */
export interface CsvOptions {
  readonly delimiter?: string
}

const countBreaks = (text: string): number => {
  let count = 0
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) count += 1
  return count
}

/** The line break that ends each line of the text, in order: `\r\n`, `\n` or a lone `\r`. */
const lineBreaks = (text: string): ReadonlyArray<string> => [...text.matchAll(/\r\n|\r|\n/g)].map(([written]) => written)

/**
 * A record's fields with every line break inside a quoted field as the file wrote it. The parser
 * reads the text with its line ends made alike (so it counts lines the one way, whatever a file
 * mixes), and a field's breaks are, in order, the breaks of the lines its record spans: the k-th
 * break of a record starting on line n is the one that ends line n + k − 1. So a CR or CRLF in a
 * cell is stored as CR or CRLF, never turned into LF.
 */
const asWritten = (record: ReadonlyArray<string>, recordLine: number, breaks: ReadonlyArray<string>): ReadonlyArray<string> => {
  let line = recordLine
  return record.map((value) =>
    value.includes("\n")
      ? value.replace(/\n/g, () => {
          const written = breaks[line - 1] ?? "\n"
          line += 1
          return written
        })
      : value
  )
}

const quoteProblem = (fileName: string, error: CsvError, recordLine: number, errorLine: number, lastLine: number): ImportProblem => {
  const column = (typeof error.column === "number" ? error.column : 0) + 1
  switch (error.code) {
    case "CSV_INVALID_CLOSING_QUOTE":
      return {
        file: fileName,
        line: errorLine,
        column,
        problem: "a quoted field goes on after its closing quote",
        expected: 'the whole field in quotes, with "" for a quote inside it, such as "say ""yes"" now"'
      }
    case "INVALID_OPENING_QUOTE":
      return {
        file: fileName,
        line: errorLine,
        column,
        problem: "a double quote inside a field that does not start with one",
        expected: 'the whole field in quotes, with "" for a quote inside it, such as "say ""yes"" now"'
      }
    case "CSV_QUOTE_NOT_CLOSED":
      return {
        file: fileName,
        line: recordLine,
        column,
        problem: `a quoted field starting on this line is never closed, so every line after it to the end of the file (line ${lastLine}) would be part of it`,
        expected: 'a closing double quote where the field ends (write "" for a quote inside a field)'
      }
    default:
      return {
        file: fileName,
        line: errorLine,
        column,
        problem: "the CSV cannot be read here",
        expected: 'fields separated by the delimiter, quoted with " where they hold one'
      }
  }
}

/**
 * Reads CSV text (RFC 4180: quoted fields, doubled quotes, CRLF, LF or CR line ends, an optional
 * byte-order mark) into records with positions, with `csv-parse`. A line break inside a quoted
 * field is kept as written (CR, CRLF or LF). Blank lines and rows of blank
 * fields are skipped. Quoting that is not RFC 4180 (`"ab"c`, `ab"c`, a quote never closed) is a
 * problem located where it stands; after one, reading resumes on the next line so every problem
 * of the file is found. Records keep their own length: comparing it with the header is the
 * table's job.
 *
 * @category parsing
 * @since 0.1.0
 */
export const readCsv = (
  fileName: string,
  text: string,
  options: CsvOptions = {}
): { readonly records: ReadonlyArray<CsvRecord>; readonly problems: ReadonlyArray<ImportProblem> } => {
  const original = text.startsWith("\uFEFF") ? text.slice(1) : text
  const source = original.replace(/\r\n?/g, "\n")
  const breaks = lineBreaks(original)
  const lineStarts = [0]
  for (let index = source.indexOf("\n"); index !== -1; index = source.indexOf("\n", index + 1)) lineStarts.push(index + 1)
  const lastLine = source.endsWith("\n") ? lineStarts.length - 1 : lineStarts.length
  const records: Array<CsvRecord> = []
  const problems: Array<ImportProblem> = []
  let startLine = 1
  while (startLine <= lastLine && problems.length < 100) {
    let line = startLine
    try {
      parse(source.slice(lineStarts[startLine - 1]), {
        delimiter: options.delimiter ?? ",",
        record_delimiter: "\n",
        quote: '"',
        escape: '"',
        bom: false,
        relax_column_count: true,
        // A blank line is never a record, and csv-parse skips one far faster than it hands one
        // over: a megabyte of blank lines after a table took half a minute as records. Line
        // numbers still count the lines skipped.
        skip_empty_lines: true,
        on_record: (record, context) => {
          const recordLine = startLine - 1 + context.lines - record.reduce((breaks, value) => breaks + countBreaks(value), 0)
          line = startLine + context.lines
          if (record.some((value) => value.trim() !== "")) {
            const values = asWritten(record, recordLine, breaks)
            records.push({ line: recordLine, fields: values.map((value, index) => ({ value, line: recordLine, column: index + 1 })) })
          }
          return null
        }
      })
      break
    } catch (error) {
      if (!(error instanceof CsvError)) {
        problems.push({
          file: fileName,
          line,
          column: 1,
          problem: "the CSV cannot be read here",
          expected: 'fields separated by the delimiter, quoted with " where they hold one'
        })
        break
      }
      const errorLine = startLine - 1 + (typeof error.lines === "number" && error.lines > 0 ? error.lines : 1)
      problems.push(quoteProblem(fileName, error, line, Math.max(errorLine, line), lastLine))
      if (error.code === "CSV_QUOTE_NOT_CLOSED") break
      startLine = Math.max(errorLine, line) + 1
    }
  }
  return { records, problems }
}
