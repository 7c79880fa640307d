import { lexer, type Tokens } from "marked"
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
    expect(markdownText("<script>alert(1)</script>")).toBe("\\<script>alert(1)\\</script>")
    expect(markdownText("<img src=x onerror=alert(1)>")).toBe("\\<img src=x onerror=alert(1)>")
    expect(markdownText("<!-- a comment --> <?php ?> <https://example.org>")).toBe(
      "\\<!-- a comment --> \\<?php ?> \\<https://example.org>"
    )
  })

  it("prints an ampersand or a less-than sign that starts no markup as it is, and escapes one that would", () => {
    expect(markdownText("Sport & Leisure, a < b, R&D")).toBe("Sport & Leisure, a < b, R&D")
    expect(markdownText("&lt; &#60; &#x3C;")).toBe("\\&lt; \\&#60; \\&#x3C;")
  })

  it("reads back, through a CommonMark parser, as the text it was, with no HTML in it", () => {
    const values = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "Sport & Leisure &lt; &#60;", "a|b \\ c", "<!-- x -->"]
    for (const value of values) {
      const tokens = lexer(`| ${markdownText(value)} |\n|---|\n`)
      expect(tokens.some((token) => token.type === "html")).toBe(false)
      const [first] = tokens
      expect(first?.type).toBe("table")
      expect(
        first?.type === "table"
          ? (first as Tokens.Table).header[0]?.tokens.map((token) => (token.raw === "" ? "" : "text" in token ? token.text : "")).join("")
          : undefined
      ).toBe(value)
    }
  })

  it("keeps a table one row per row whatever its cells hold, each column padded to its widest cell", () => {
    const markdown = table(["Name", "Note"], ["left", "left"], [["a|b\rc", "<b>x</b>\\"]])
    expect(markdown.split("\n")).toEqual(["| Name   | Note         |", "|--------|--------------|", "| a\\|b c | \\<b>x\\</b>\\\\ |"])
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
