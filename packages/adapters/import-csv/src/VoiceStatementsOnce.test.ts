import { formatImportProblem } from "@plan-ledger/core/adapters"
import { describe, expect, it } from "vitest"
import { importVoice } from "./VoiceImporter.js"

const voice = (...rows: ReadonlyArray<string>) =>
  importVoice({ fileName: "voice.csv", text: ["theme_code,speaker,statement,voice_id", ...rows].join("\n"), planId: "p", options: {} })
const messages = (result: ReturnType<typeof voice>) => (result.ok ? [] : result.problems.map(formatImportProblem))

describe("a statement in a voice file", () => {
  it("is refused the second time its words appear on its theme, with or without an id", () => {
    expect(messages(voice("PA,parents,More youth clubs,V1", "PA,parents,More youth clubs,"))).toEqual([
      'voice.csv:3:3 (statement): the parents statement "More youth clubs" on theme PA appears twice (first on line 2) — each record once per file'
    ])
    expect(messages(voice("PA,parents,More youth clubs,V1", "PA,parents,Fewer queues,V1"))).toEqual([
      'voice.csv:3:4 (voice_id): voice_id "V1" appears twice (first on line 2) — each record once per file'
    ])
  })

  it("is taken on other themes, from other speakers, and under its own id, and is given no id made of its words", () => {
    const result = voice("PA,parents,More youth clubs,V1", "HL,parents,More youth clubs,", "PA,children-and-young-people,More youth clubs,")
    expect(result).toMatchObject({
      ok: true,
      commands: [
        { voiceId: "V1", themeCode: "PA" },
        { themeCode: "HL", speaker: "parents" },
        { themeCode: "PA", speaker: "children-and-young-people" }
      ]
    })
    expect(result.ok && result.commands.slice(1).map((command) => "voiceId" in command)).toEqual([false, false])
  })
})
