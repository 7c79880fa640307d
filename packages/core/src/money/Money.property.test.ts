import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { FigureRefused } from "./FigureRefused.js"
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

// Text a person might mean as money but that names no exact amount without a guess.
const ambiguousText = fc.oneof(
  fc.constantFrom("", " ", "1,5", "1.5.0", "1e3", "0x10", "£", "1,,2", "12,34,567", "NaN", "Infinity", "-", "1.0000001", "1 500"),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 99 })).map(([whole, fraction]) => `${whole},${fraction}`),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 9 })).map(([whole, digit]) => `${whole}.00000${digit}`)
)

describe("Money constructors", () => {
  it("never change a safe integer of pence", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (value) => {
        expect(Money.pence(value)).toEqual({ _tag: "Money", pence: value === 0 ? 0 : value })
        expect(Object.is(Money.pence(value).pence, value === 0 ? 0 : value)).toBe(true)
        expect(Money.isAmount(Money.pence(value))).toBe(true)
      })
    )
  })

  it("read pounds and £000 written with up to a penny of precision exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (pence) => {
        expect(Money.pounds(Money.formatScaled(pence, 2)).pence).toBe(pence)
        expect(Money.thousands(Money.formatScaled(pence, 5)).pence).toBe(pence)
      })
    )
  })

  it("refuse every number that is not a safe integer, with one short line", () => {
    const notWhole = fc.oneof(
      fc.double().filter((value) => !Number.isSafeInteger(value)),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, 0.1, 2 ** 53, -(2 ** 53))
    )
    fc.assert(
      fc.property(notWhole, (value) => {
        const error = refusal(() => Money.pence(value))
        expect(error.message).not.toContain("\n")
        expect(error.message.length).toBeLessThan(200)
        expect(error.message).toContain("Money.pence(")
      })
    )
  })

  it("refuse anything but a number of pence from plain JavaScript", () => {
    for (const value of [1.5, "150", undefined]) expect(Money.isAmount({ _tag: "Money", pence: value })).toBe(false)
    expect(Money.isAmount(150)).toBe(false)
    for (const value of ["150", null, undefined, {}, [150], 150n, true]) {
      expect(refusal(() => Money.pence(value as unknown as number)).problem).toBe("is not a number")
    }
  })

  it("refuse text with an ambiguous form, and a number where text is wanted", () => {
    fc.assert(
      fc.property(ambiguousText, fc.constantFrom(Money.pounds, Money.thousands), (text, make) => {
        const error = refusal(() => make(text))
        expect(error.value).toBe(JSON.stringify(text))
        expect(error.message.length).toBeLessThan(200)
      })
    )
    expect(refusal(() => Money.pounds(1500 as unknown as string)).message).toBe(
      '1500 is not text; write digits with an optional minus sign, commas only between thousands and at most a penny of precision, as text: Money.pounds("1500.00")'
    )
    expect(refusal(() => Money.thousands("1,5")).problem).toBe("has a decimal comma")
    expect(refusal(() => Money.pounds("1.005")).problem).toBe("is more precise than the unit holds")
  })
})
