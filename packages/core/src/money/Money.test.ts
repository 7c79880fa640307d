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

  it("sums without drift where floats drift", () => {
    const tenths = Array.from({ length: 1000 }, () => Money.fromThousands("0.1"))
    expect(Money.sum(tenths)).toBe(Money.fromThousands("100.0"))
    expect(Money.toPounds(Money.sum(tenths))).toBe(100_000)
  })

  it("rounds half away from zero once, when formatting", () => {
    expect(Money.formatThousands(Money.pence(5_000))).toBe("0.1")
    expect(Money.formatThousands(Money.pence(-5_000))).toBe("-0.1")
    expect(Money.formatThousands(Money.pence(4_999))).toBe("0.0")
    expect(Money.formatWholeThousands(Money.fromThousands("50,222.6"))).toBe("50,223")
    expect(Money.formatThousandsExact(Money.pence(60_000))).toBe("0.6")
    expect(Money.formatThousandsInText(Money.pence(-5_020_000))).toBe("\u2212£50.2k")
    expect(Money.formatThousandsInText(Money.pence(60_000))).toBe("£0.6k")
  })

  it("refuses a malformed literal with a tagged error saying what to write", () => {
    expect(() => Money.fromThousands("twelve")).toThrow(/is not an amount in £000/)
  })
})

describe("Fte", () => {
  it("parses hundredths exactly and refuses a third decimal", () => {
    expect(Fte.fromDecimal("776.9")).toBe(77_690)
    expect(Fte.parseDecimal("0.125")).toBeUndefined()
    expect(Fte.toNumber(Fte.sum([Fte.fromDecimal("0.1"), Fte.fromDecimal("0.2")]))).toBe(0.3)
    expect(Fte.formatExact(Fte.fromDecimal("0.25"))).toBe("0.25")
  })
})
