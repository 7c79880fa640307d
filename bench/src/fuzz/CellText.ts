import fc from "fast-check"

// What officers type into a cell, and what goes wrong with it: the arbitraries a fuzzed table's
// cells are drawn from. Each mixes well-formed values with the damage a real file carries — line
// breaks of every kind inside a cell, padding, quotes and delimiters, formula-like text, control
// characters, another script, an amount in the wrong notation — so every accepted cell's stored
// value can be compared with what the file says.

const WORDS = ["Early Years", "Youth Service", "Standards Fund", "Pay", "Children's Centres", "KCC base budget", "Aiming High"]

/**
 * A cell that is mostly well formed and now and then damaged: a file of a few dozen cells is
 * then accepted often enough for the stored values to be checked, and refused often enough for
 * the messages to be.
 */
export const mostly = (valid: fc.Arbitrary<string>, damaged: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.oneof({ weight: 40, arbitrary: valid }, { weight: 1, arbitrary: damaged })

/** A figure in £000 as councils write it: grouped or not, up to the penny. */
export const validAmount = (sign: "any" | "negative"): fc.Arbitrary<string> =>
  fc
    .record({
      pence: fc.integer({ min: -(10 ** 11), max: sign === "negative" ? 0 : 10 ** 11 }),
      places: fc.integer({ min: 0, max: 5 }),
      grouped: fc.boolean()
    })
    .map(({ pence, places, grouped }) => {
      const negative = pence < 0
      const digits = String(Math.abs(pence)).padStart(6, "0")
      const whole = digits.slice(0, -5).replace(/^0+(?=\d)/, "")
      const fraction = digits.slice(-5).slice(0, places)
      const shownWhole = grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole
      return `${negative ? "-" : ""}${shownWhole}${fraction === "" ? "" : `.${fraction}`}`
    })

/** An FTE figure as written, to the hundredth. */
export const validFte: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 10 ** 6 })
  .map((hundredths) => (hundredths / 100).toFixed(hundredths % 3 === 0 ? 2 : 1))

/** Text as typed: plain words, and text with line breaks, quotes, delimiters and other scripts. */
export const freeText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...WORDS),
        fc.constantFrom("\r", "\n", "\r\n", '"', ",", ";", "  ", "\t", " / ", "=", "\u00a0"),
        fc.constantFrom(...WORDS)
      )
      .map(([left, middle, right]) => `${left}${middle}${right}`)
  },
  { weight: 1, arbitrary: fc.constantFrom("=1+1", "-2+3", "@SUM(A1)", "+44", "'quoted", "\u0007bell", "\ufffd", " padded ", "") }
)

/** An amount in £000 as councils write it, or as it goes wrong: grouped, signed, too precise, in other notations. */
export const amountText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: validAmount("any")
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "",
      "",
      "0",
      "-0",
      "1,5",
      "1.520,3",
      "1e3",
      "NaN",
      "Infinity",
      "12,34,567",
      "1,,2",
      "0.000001",
      "£1,520.3",
      " 1520.3 ",
      "1520.3%",
      "9007199254740993",
      "-£15.0",
      "(15.0)",
      "(£210.40)",
      "(-15.0)",
      "-",
      "1.5m",
      "$15.0"
    )
  }
)

/** An FTE figure: hundredths as written, and figures no establishment holds. */
export const fteText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.integer({ min: 0, max: 10 ** 6 }).map((hundredths) => (hundredths / 100).toFixed(hundredths % 3 === 0 ? 2 : 1))
  },
  { weight: 1, arbitrary: fc.constantFrom("", "19.555", "-1", "1,5", "two", "1e2", " 3.5 ", "(1.5)", "-", "£3.5") }
)

/** A plain decimal with an optional `%`, as an indicator's value. */
export const numberText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -(10 ** 8), max: 10 ** 8 }).map((hundredths) => String(hundredths / 100)) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 10000 }).map((hundredths) => `${hundredths / 100}%`) },
  { weight: 1, arbitrary: fc.constantFrom("", "4.46", "1e3", "0.30000000000000004", "12345678901234567", "1,5", "-0", "46.7 %") }
)

/** One of a column's values, written as officers write it: exact, in another case, padded, or wrong. */
export const choiceText = (values: ReadonlyArray<string>): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...values) },
    { weight: 1, arbitrary: fc.constantFrom(...values).map((value) => value.toUpperCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...values).map((value) => ` ${value} `) },
    { weight: 1, arbitrary: fc.constantFrom("", "other", "n/a") }
  )

/** An id or code from a small pool, so rows collide as real files' rows do, with damage now and then. */
export const codeText = (pool: ReadonlyArray<string>): fc.Arbitrary<string> =>
  fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: fc.constantFrom("", " padded ", "x\ny") })

/** Text an officer types that a ledger can hold: words, line breaks of every kind, quotes, delimiters, other scripts. */
export const validText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 12 }).filter((text) => text.trim() !== "") },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...WORDS),
        fc.constantFrom("\r", "\n", "\r\n", '"', ",", ";", "  ", "\t", " / ", "=", "\u00a0", "_x000D_", "é", "’", "£"),
        fc.constantFrom(...WORDS)
      )
      .map(([left, middle, right]) => `${left}${middle}${right}`)
  },
  { weight: 1, arbitrary: fc.constantFrom("=1+1", "-2+3", "@SUM(A1)", "+44", "'quoted", " padded ", "Ünïcödé ✓", "日本語") }
)

/** Text no ledger should take: a control character, a replacement character, nothing at all. */
export const damagedText: fc.Arbitrary<string> = fc.constantFrom("\u0007bell", "a\ufffdb", "", "\u001b[31m")

/** A `;`-separated list of codes or items. */
export const listText = (pool: ReadonlyArray<string>): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.array(fc.constantFrom(...pool), { maxLength: 3 }).map((items) => items.join("; ")) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...pool), { maxLength: 3 }).map((items) => items.join(";")) },
    { weight: 1, arbitrary: fc.constantFrom("", ";", "a;;b", " EWB1 ; EWB2 ") }
  )

/** A calendar date, or something that is not one. */
export const dateText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom("2009-03-31", "2009-09-30", "2010-03-31", "2008-02-29") },
  { weight: 1, arbitrary: fc.constantFrom("", "2009-02-30", "31/03/2009", "March 09") }
)
