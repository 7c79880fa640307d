import { describe, expect, it } from "vitest"
import { markdownText, table } from "./MarkdownTable.js"

describe("Markdown text from the data", () => {
  it("escapes pipes and backslashes", () => {
    expect(markdownText("a|b")).toBe("a\\|b")
    expect(markdownText("a\\|b")).toBe("a\\\\\\|b")
    expect(markdownText("C:\\temp")).toBe("C:\\\\temp")
  })

  it("turns CRLF, LF and a lone CR into spaces", () => {
    expect(markdownText("one\r\ntwo\nthree\rfour")).toBe("one two three four")
  })

  it("lets no HTML through raw", () => {
    expect(markdownText("<script>alert(1)</script>")).toBe("&lt;script&gt;alert(1)&lt;/script&gt;")
    expect(markdownText("<img src=x onerror=alert(1)>")).toBe("&lt;img src=x onerror=alert(1)&gt;")
    expect(markdownText("Sport & Leisure &lt;")).toBe("Sport &amp; Leisure &amp;lt;")
  })

  it("keeps a table one row per row whatever its cells hold, each column padded to its widest cell", () => {
    const markdown = table(["Name", "Note"], ["left", "left"], [["a|b\rc", "<b>x</b>\\"]])
    expect(markdown.split("\n")).toEqual([
      "| Name   | Note                   |",
      "|--------|------------------------|",
      "| a\\|b c | &lt;b&gt;x&lt;/b&gt;\\\\ |"
    ])
  })

  it("lines up the raw text: numbers to the right, text to the left", () => {
    expect(
      table(
        ["", "£000"],
        ["left", "right"],
        [
          ["Opening", "16,790"],
          ["Saving", "-23"]
        ]
      ).split("\n")
    ).toEqual(["|         |   £000 |", "|---------|-------:|", "| Opening | 16,790 |", "| Saving  |    -23 |"])
  })
})
