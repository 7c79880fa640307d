import { describe, expect, it } from "vitest"
import * as Fte from "./Fte.js"
import * as Money from "./Money.js"

describe("Money", () => {
  it("parses £000 exactly, with thousands separators and signs", () => {
    expect(Money.fromThousands("50,222.6")).toBe(5_022_260_000)
    expect(Money.fromThousands("-241.4")).toBe(-24_140_000)
    expect(Money.parseDecimal("1,52O.3", Money.PENCE_PER_THOUSAND)).toBeUndefined()
    expect(Money.parseDecimal("0.000001", Money.PENCE_PER_THOUSAND)).toBeUndefined()
  })

  it("never drops a comma: thousands separators only between groups of three digits", () => {
    const read = (text: string) => Money.readDecimal(text, Money.PENCE_PER_THOUSAND)
    expect(read("1,520.3")).toEqual({ ok: true, pence: 152_030_000 })
    expect(read("1,234,567")).toEqual({ ok: true, pence: 123_456_700_000 })
    expect(read("1,5")).toEqual({ ok: false, problem: "decimal-comma" })
    expect(read("1.520,3")).toEqual({ ok: false, problem: "decimal-comma" })
    expect(read("1,,2")).toEqual({ ok: false, problem: "misplaced-separator" })
    expect(read("12,34,567")).toEqual({ ok: false, problem: "misplaced-separator" })
    expect(read(",5")).toEqual({ ok: false, problem: "misplaced-separator" })
    expect(read("NaN")).toEqual({ ok: false, problem: "not-a-number" })
    expect(read("1e3")).toEqual({ ok: false, problem: "not-a-number" })
  })

  it("reads -0 as 0, keeps trailing zeros exact and refuses what a safe integer cannot hold", () => {
    expect(Object.is(Money.parseDecimal("-0", Money.PENCE_PER_POUND), 0)).toBe(true)
    expect(Object.is(Money.parseDecimal("-0.00", Money.PENCE_PER_THOUSAND), 0)).toBe(true)
    expect(Money.parseDecimal("2.500000", Money.PENCE_PER_POUND)).toBe(250)
    expect(Money.readDecimal("2.505", Money.PENCE_PER_POUND)).toEqual({ ok: false, problem: "too-precise" })
    expect(Money.readDecimal("90071992547409.91", Money.PENCE_PER_POUND)).toEqual({ ok: true, pence: Number.MAX_SAFE_INTEGER })
    expect(Money.readDecimal("90071992547409.92", Money.PENCE_PER_POUND)).toEqual({ ok: false, problem: "too-large" })
    expect(Money.readDecimal("1".repeat(400), Money.PENCE_PER_POUND)).toEqual({ ok: false, problem: "too-large" })
  })

  it("sums without drift where floats drift", () => {
    const tenths = Array.from({ length: 1000 }, () => Money.fromThousands("0.1"))
    expect(Money.sum(tenths)).toBe(Money.fromThousands("100.0"))
    expect(Money.toPounds(Money.sum(tenths))).toBe(100_000)
  })

  it("rounds half away from zero once, when formatting", () => {
    expect(Money.formatThousands(Money.Pence.make(5_000))).toBe("0.1")
    expect(Money.formatThousands(Money.Pence.make(-5_000))).toBe("-0.1")
    expect(Money.formatThousands(Money.Pence.make(4_999))).toBe("0.0")
    expect(Money.formatWholeThousands(Money.fromThousands("50,222.6"))).toBe("50,223")
    expect(Money.formatThousandsExact(Money.Pence.make(60_000))).toBe("0.6")
    expect(Money.formatThousandsInText(Money.Pence.make(-5_020_000))).toBe("\u2212£50.2k")
    expect(Money.formatThousandsInText(Money.Pence.make(60_000))).toBe("£0.6k")
  })

  it("refuses a malformed literal with a tagged error saying what to write", () => {
    expect(() => Money.fromThousands("twelve")).toThrow(/^"twelve" is not a decimal; write digits .* Money.thousands\("50,222.6"\)$/)
  })
})

describe("Fte", () => {
  it("parses hundredths exactly and refuses a third decimal", () => {
    expect(Fte.fromDecimal("776.9")).toBe(77_690)
    expect(Fte.parseDecimal("0.125")).toBeUndefined()
    expect(Fte.read("19,5")).toEqual({ ok: false, problem: "decimal-comma" })
    expect(Object.is(Fte.parseDecimal("-0.0"), 0)).toBe(true)
    expect(Fte.toNumber(Fte.sum([Fte.fromDecimal("0.1"), Fte.fromDecimal("0.2")]))).toBe(0.3)
    expect(Fte.formatExact(Fte.fromDecimal("0.25"))).toBe("0.25")
  })
})
