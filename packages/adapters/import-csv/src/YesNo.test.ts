import { describe, expect, it } from "vitest"
import { importConsultations } from "./ConsultationsImporter.js"

const consultations = (statutory: string) =>
  importConsultations({
    fileName: "consultations.csv",
    text: `consultation_id,name,purpose,statutory\nC1,Parent survey,Views on the plan,${statutory}\n`,
    planId: "p",
    options: {}
  })

describe("a yes/no column", () => {
  it("reads yes and no in any case", () => {
    for (const [written, meaning] of [
      ["yes", true],
      ["Yes", true],
      ["YES", true],
      ["no", false],
      ["No", false],
      ["nO", false]
    ] as const)
      expect(consultations(written)).toMatchObject({ ok: true, commands: [{ statutory: meaning }] })
  })

  it("refuses anything else where it stands", () => {
    expect(consultations("maybe")).toMatchObject({
      ok: false,
      problems: [{ line: 2, column: 4, columnName: "statutory", problem: '"maybe" is not yes or no', expected: "yes or no, in any case" }]
    })
  })
})
