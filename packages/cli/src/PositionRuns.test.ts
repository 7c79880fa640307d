import { describe, expect, it } from "vitest"
import { positionRuns } from "./PositionRuns.js"

describe("positions written as runs", () => {
  it("writes one position, a run, and runs with gaps between them", () => {
    expect(positionRuns([4])).toBe("4")
    expect(positionRuns([4, 5, 6])).toBe("4–6")
    expect(positionRuns([2, 5, 6, 7, 9])).toBe("2, 5–7, 9")
  })

  it("keeps a torn tail of thousands of events to a few characters", () => {
    const positions = Array.from({ length: 3000 }, (_, index) => 1001 + index)
    expect(positionRuns(positions)).toBe("1001–4000")
  })
})
