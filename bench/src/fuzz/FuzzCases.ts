import fc from "fast-check"
import type { FuzzCase } from "./FuzzCase.js"
import type { FuzzFormat } from "./FuzzFile.js"
import type { FuzzTable } from "./FuzzTables.js"

const formats: fc.Arbitrary<FuzzFormat> = fc.oneof(
  fc.record({
    _tag: fc.constant("csv" as const),
    lineEnd: fc.constantFrom("\r\n" as const, "\n" as const, "\r" as const),
    quoteAll: fc.boolean()
  }),
  fc.record({ _tag: fc.constant("xlsx" as const), numbers: fc.boolean(), formats: fc.boolean() })
)

/**
 * Fuzzed files of one table, as CSV or XLSX: one to eight rows, most files with each record once
 * and some with a record repeated, cells now and then damaged, as real files are; most files with
 * every column, some leaving out optional columns (whose cells are then blank, as the rules read
 * a column that is not there).
 */
export const casesOf = (table: FuzzTable, format: "csv" | "xlsx" | "either" = "either"): fc.Arbitrary<FuzzCase> =>
  fc
    .record({
      // Most files hold each record once; the rest may repeat one, as copied rows do.
      rows: fc.oneof(
        { weight: 3, arbitrary: fc.uniqueArray(table.row, { minLength: 1, maxLength: 8, selector: table.key }) },
        { weight: 1, arbitrary: fc.array(table.row, { minLength: 1, maxLength: 8 }) }
      ),
      omitted: fc.oneof(
        { weight: 3, arbitrary: fc.constant<ReadonlyArray<string>>([]) },
        { weight: 1, arbitrary: fc.subarray([...table.optional]).map((columns): ReadonlyArray<string> => columns) }
      ),
      format: format === "either" ? formats : formats.filter((drawn) => drawn._tag === format)
    })
    .map(({ rows, omitted, format: written }) => ({
      table,
      columns: table.columns.filter((column) => !omitted.includes(column)),
      rows: rows.map((cells) => ({ ...cells, ...Object.fromEntries(omitted.map((column) => [column, ""])) })),
      format: written
    }))
