/**
 * The parsers of option values that need nothing but the text: commander runs them as it reads
 * the command line, so a bad value is refused before any command starts.
 */

/**
 * An option value checked, and perhaps normalised, or the problem with it in the CLI's words.
 *
 * @category options
 * @since 0.5.0
 */
export type ValueParser = (
  value: string
) => { readonly ok: true; readonly value: string } | { readonly ok: false; readonly problem: string }

/**
 * A required value, which must not be blank: the problem shows an example.
 *
 * @example
 * import { nonBlank } from "./ValueParsers.js"
 * nonBlank("plan", "lcsp-2009-10")(" ") // { ok: false, problem: "--plan is required, for example --plan lcsp-2009-10" }
 *
 * @category options
 * @since 0.5.0
 */
export const nonBlank =
  (name: string, example: string): ValueParser =>
  (value) =>
    value.trim() === "" ? { ok: false, problem: `--${name} is required, for example --${name} ${example}` } : { ok: true, value }

/**
 * A name without its surrounding spaces, which must not be blank.
 *
 * @category options
 * @since 0.5.0
 */
export const trimmedName =
  (name: string, example: string): ValueParser =>
  (value) =>
    value.trim() === ""
      ? { ok: false, problem: `--${name} names the ${name}, for example --${name} ${example}` }
      : { ok: true, value: value.trim() }

/** The field delimiters `--delimiter` takes, by how they are written on a command line. */
const DELIMITERS: Readonly<Record<string, string>> = {
  ",": ",",
  comma: ",",
  ";": ";",
  semicolon: ";",
  "\t": "\t",
  "\\t": "\t",
  tab: "\t",
  "|": "|",
  pipe: "|"
}

/**
 * A field delimiter, as a character or its name (`comma`, `semicolon`, `tab`, `pipe`, `\t`), given
 * as the character.
 *
 * @example
 * import { delimiterValue } from "./ValueParsers.js"
 * delimiterValue("tab") // { ok: true, value: "\t" }
 *
 * @category options
 * @since 0.5.0
 */
export const delimiterValue: ValueParser = (value) => {
  const delimiter = DELIMITERS[value]
  return delimiter === undefined
    ? { ok: false, problem: `--delimiter "${value}" is not a delimiter: use ',', ';', tab or '|'` }
    : { ok: true, value: delimiter }
}

/**
 * A percentage of zero or more, such as `5` or `2.5`.
 *
 * @category options
 * @since 0.5.0
 */
export const percentValue =
  (name: string): ValueParser =>
  (value) =>
    value.trim() !== "" && Number(value) >= 0
      ? { ok: true, value }
      : { ok: false, problem: `--${name} "${value}" is not a percentage: write a number such as 5` }
