import { describe, expect, it } from "vitest"
import { importConsultations } from "./ConsultationsImporter.js"

const consultations = (statutory: string) =>
  importConsultations({
    fileName: "consultations.csv",
    text: `consultation_id,name,purpose,statutory\nC1,Parent survey,Views on the plan,${statutory}\n`,
    planId: "p",
    options: {}
  })

describe("the statutory column of consultations", () => {
  it("reads yes, no and not stated in any case", () => {
    for (const [written, meaning] of [
      ["yes", true],
      ["Yes", true],
      ["YES", true],
      ["no", false],
      ["No", false],
      ["nO", false],
      ["Not Stated", "not-stated"],
      ["NOT  STATED", "not-stated"]
    ] as const)
      expect(consultations(written)).toMatchObject({ ok: true, commands: [{ statutory: meaning }] })
  })

  it("refuses anything else where it stands", () => {
    expect(consultations("maybe")).toMatchObject({
      ok: false,
      problems: [
        { line: 2, column: 4, columnName: "statutory", problem: '"maybe" is not a valid statutory', expected: "one of yes, no, not stated" }
      ]
    })
  })
})
