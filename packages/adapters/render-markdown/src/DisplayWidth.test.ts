import { describe, expect, it } from "vitest"
import { cutToWidth, displayWidth, widestOf } from "./DisplayWidth.js"
import { graphemeClusters, SEGMENT_WINDOW, type Segmenter } from "./GraphemeClusters.js"
import { table } from "./MarkdownTable.js"
import { terminalText } from "./TerminalText.js"

describe("display width, linear in the length of the text", () => {
  it("measures a long cell with a non-ASCII character a grapheme at a time, never the whole cell", () => {
    const cell = `é${"word ".repeat(40_000)}中`
    let charactersMeasured = 0
    let longestMeasured = 0
    const width = displayWidth(cell, (cluster) => {
      charactersMeasured += cluster.length
      longestMeasured = Math.max(longestMeasured, cluster.length)
      return cluster === "中" ? 2 : 1
    })
    expect(width).toBe(cell.length + 1)
    expect(charactersMeasured).toBe(cell.length)
    expect(longestMeasured).toBe(1)
  })

  it("counts wide characters, emoji and combining marks as a terminal shows them", () => {
    expect(displayWidth("Early Years")).toBe(11)
    expect(displayWidth("中文")).toBe(4)
    expect(displayWidth("e\u0301t\u00e9")).toBe(3)
    expect(displayWidth("😀!")).toBe(3)
  })

  it("finds the widest of a hundred and fifty thousand texts without spreading them as arguments", () => {
    const texts = Array.from({ length: 150_000 }, (_, index) => `Line ${index}`)
    expect(widestOf(texts, 3)).toBe("Line 149999".length)
    expect(widestOf([], 3)).toBe(3)
  })

  it("cuts a word into pieces of at most the width, never inside a grapheme", () => {
    expect(cutToWidth("abcdefg", 3)).toEqual(["abc", "def", "g"])
    expect(cutToWidth("😀😀😀", 4)).toEqual(["😀😀", "😀"])
    expect(cutToWidth("中", 1)).toEqual(["中"])
  })
})

describe("tables of any size", () => {
  it("lays out a Markdown table of a hundred and fifty thousand rows", () => {
    const rows = Array.from({ length: 150_000 }, (_, index) => [`Line ${index}`, "1.0"])
    const lines = table(["Activity", "FTE"], ["left", "right"], rows).split("\n")
    expect(lines).toHaveLength(150_002)
    expect(lines.at(-1)).toBe("| Line 149999 | 1.0 |")
  })

  it("wraps a long word with non-ASCII text for a terminal in pieces no wider than its column", () => {
    const word = `é${"x".repeat(200_000)}`
    const markdown = table(["Theme", "Note"], ["left", "left"], [[word, "short"]])
    const shown = terminalText(markdown, { width: 60, color: false }).split("\n")
    expect(shown.length).toBeGreaterThan(200_000 / 60)
    for (const line of shown) expect(displayWidth(line)).toBeLessThanOrEqual(60)
  })
})

describe("grapheme clusters, a bounded window at a time", () => {
  it("never hands the segmenter more than a window, and loses no character", () => {
    const text = `${"é".repeat(3000)}${"中文 ".repeat(2000)}😀`
    let longestWindow = 0
    let windowsSegmented = 0
    const counting: Segmenter = (window) => {
      longestWindow = Math.max(longestWindow, window.length)
      windowsSegmented += 1
      return new Intl.Segmenter().segment(window)
    }
    const clusters = [...graphemeClusters(text, counting)]
    expect(clusters.join("")).toBe(text)
    expect(clusters).toHaveLength(3000 + 6000 + 1)
    expect(longestWindow).toBeLessThanOrEqual(SEGMENT_WINDOW)
    expect(windowsSegmented).toBeLessThanOrEqual(Math.ceil(text.length / (SEGMENT_WINDOW - 2)) + 1)
  })

  it("keeps a cluster whole across a window's end", () => {
    const text = `${"a".repeat(SEGMENT_WINDOW - 1)}e\u0301b`
    expect([...graphemeClusters(text)].slice(-2)).toEqual(["e\u0301", "b"])
  })

  it("gives a cluster longer than a window in window-sized pieces", () => {
    const clusters = [...graphemeClusters(`a${"\u0301".repeat(SEGMENT_WINDOW * 2)}`)]
    expect(clusters.join("")).toHaveLength(SEGMENT_WINDOW * 2 + 1)
    for (const cluster of clusters) expect(cluster.length).toBeLessThanOrEqual(SEGMENT_WINDOW)
  })
})
