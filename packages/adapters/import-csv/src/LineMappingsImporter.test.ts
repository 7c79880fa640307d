import { formatImportProblem } from "@plan-ledger/core/adapters"
import { describe, expect, it } from "vitest"
import { importLineMappings } from "./LineMappingsImporter.js"

const header = "mapping_id,kind,prior_line_ids,line_ids,reason,from_plan"
const imported = (...rows: ReadonlyArray<string>) =>
  importLineMappings({ fileName: "mappings.csv", text: [header, ...rows].join("\n"), planId: "lcsp-2009-10", options: {} })

describe("line-mappings importer", () => {
  it("reads a split, and a line moved in from another unit's plan", () => {
    expect(
      imported(
        "partnership-split,split,partnership-support,partnership-boards; base,shown as its two parts,",
        "hands-on,moved-in,hands-on-support,hands-on-support,transferred from the special needs unit,special-needs-2008-09"
      )
    ).toEqual({
      ok: true,
      rows: 2,
      commands: [
        {
          _tag: "MapPriorYearLines",
          planId: "lcsp-2009-10",
          mappingId: "partnership-split",
          kind: "split",
          priorLineIds: ["partnership-support"],
          lineIds: ["partnership-boards", "base"],
          reason: "shown as its two parts"
        },
        {
          _tag: "MapPriorYearLines",
          planId: "lcsp-2009-10",
          mappingId: "hands-on",
          kind: "moved-in",
          priorLineIds: ["hands-on-support"],
          lineIds: ["hands-on-support"],
          reason: "transferred from the special needs unit",
          fromPlanId: "special-needs-2008-09"
        }
      ]
    })
  })

  it("locates an unknown kind, a blank list of lines, a missing reason and a repeated mapping id", () => {
    const result = imported("m1,moved,a,b,why,", "m2,split,,b,why,", "m3,merged,a;b,c,,", "m4,split,a,b;c,why,", "m4,split,a,b;c,why,")
    expect(result.ok ? [] : result.problems.map(formatImportProblem)).toEqual([
      'mappings.csv:2:2 (kind): "moved" is not a valid kind — one of split, merged, moved-in',
      "mappings.csv:3:3 (prior_line_ids): prior_line_ids is blank — the prior year's line ids, separated by ;",
      "mappings.csv:4:5 (reason): reason is blank — why the lines were re-organised",
      expect.stringMatching(/^mappings\.csv:6:1 \(mapping_id\): .*m4/)
    ])
  })
})
