import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { FigureRefused } from "./FigureRefused.js"
import * as Fte from "./Fte.js"
import * as Money from "./Money.js"

const refusal = (make: () => unknown): FigureRefused => {
  try {
    make()
  } catch (error) {
    if (error instanceof FigureRefused) return error
    throw error
  }
  throw new Error("the constructor took the value")
}

describe("Fte constructors", () => {
  it("never change a safe integer of hundredths, and read a decimal with up to two places exactly", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (value) => {
        expect(Fte.hundredths(value)).toEqual({ _tag: "Fte", hundredths: value === 0 ? 0 : value })
        expect(Fte.isAmount(Fte.hundredths(value))).toBe(true)
      })
    )
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (hundredths) => {
        expect(Fte.of(Money.formatScaled(hundredths, 2)).hundredths).toBe(hundredths)
      })
    )
  })

  it("refuse a number that is not a safe integer, anything but a number, and an ambiguous decimal", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double().filter((value) => !Number.isSafeInteger(value)),
          fc.constantFrom<unknown>(Number.NaN, "250", null, {})
        ),
        (value) => {
          const error = refusal(() => Fte.hundredths(value as number))
          expect(error.message).not.toContain("\n")
          expect(error.message).toContain("Fte.hundredths(")
        }
      )
    )
    for (const text of ["2,5", "2.555", "", "two", "1e2"]) expect(refusal(() => Fte.of(text)).value).toBe(JSON.stringify(text))
    expect(refusal(() => Fte.of(2.5 as unknown as string)).problem).toBe("is not text")
    expect(Fte.isAmount({ _tag: "Fte", hundredths: 2.5 })).toBe(false)
    expect(Fte.isAmount({ _tag: "Money", hundredths: 250 })).toBe(false)
  })
})
