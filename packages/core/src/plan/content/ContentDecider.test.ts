import { DeciderSpecification } from "@plan-ledger/eventstore/testkit"
import { describe, it } from "vitest"
import * as Period from "../../period/Period.js"
import type { ContentCommand } from "./ContentCommand.js"
import * as ContentDecider from "./ContentDecider.js"

// The content slice's decider on its own, with no plan around it (it reads nothing of the context).
const spec = DeciderSpecification.make(ContentDecider.decider, undefined)
const planId = "ashford-1-lcypp"

const addTheme: ContentCommand = { _tag: "AddTheme", planId, code: "Theme 1", name: "Be healthy" }
const themeAdded = { _tag: "ThemeAdded" as const, planId, code: "Theme 1", name: "Be healthy" }
const recordedOn = Period.CalendarDate.make("2009-09-30")
const progress: ContentCommand = { _tag: "RecordActionProgress", planId, actionId: "Priority 1.1", recordedOn, status: "on-track" }

describe("the content slice's decider", () => {
  it("records a theme, and nothing when the same theme is added again", () => {
    spec.given([]).when(addTheme).then([themeAdded])
    spec.given([themeAdded]).when(addTheme).then([])
  })

  it("gives a statement without an id the next free id of its theme and speaker, and records it once", () => {
    // The first statement of "What parents say" in the Cranbrook & Paddock Wood LCYPP 2009/10.
    const words = {
      planId,
      themeCode: "EWB",
      speaker: "parents" as const,
      statement: "Parents want to recognise early signs of depression"
    }
    const held = { _tag: "VoiceRecorded" as const, voiceId: "EWB/parents/1", ...words }
    spec
      .given([])
      .when({ _tag: "RecordVoice", ...words })
      .then([held])
    spec
      .given([held])
      .when({ _tag: "RecordVoice", ...words })
      .then([])
    const another = { ...words, statement: "Parents are unclear about the services on offer" }
    spec
      .given([held])
      .when({ _tag: "RecordVoice", ...another })
      .then([{ _tag: "VoiceRecorded", voiceId: "EWB/parents/2", ...another }])
  })

  it("records progress only for a key action the slice holds", () => {
    spec.given([]).when(progress).thenFails({ _tag: "ActionNotInPlan", actionId: "Priority 1.1" })
  })
})
