import { writeFileSync } from "node:fs"
import { resolve } from "node:path"
import type { Renderer } from "@plan-ledger/core"
import { csvRenderer } from "@plan-ledger/render-csv"
import { jsonRenderer } from "@plan-ledger/render-json"
import { markdownRenderer } from "@plan-ledger/render-markdown"
import type { Io } from "./Io.js"
import { UsageError } from "./UsageError.js"

const RENDERERS: Readonly<Record<string, Renderer>> = { md: markdownRenderer, json: jsonRenderer, csv: csvRenderer }

/**
 * The renderer for `--format` (default Markdown).
 *
 * @category output
 * @since 0.1.0
 */
export const rendererFor = (format: string | undefined, command: string): Renderer => {
  const renderer = RENDERERS[format ?? "md"]
  if (renderer === undefined) throw new UsageError({ command, detail: `--format "${format}" is not a format: use ${Object.keys(RENDERERS).join(", ")}` })
  return renderer
}

/**
 * Prints rendered text, or writes it to `--out` (and says so on stderr).
 *
 * @category output
 * @since 0.1.0
 */
export const emit = (io: Io, text: string, out: string | undefined): void => {
  if (out === undefined) {
    io.stdout(text)
    return
  }
  const path = resolve(io.cwd, out)
  writeFileSync(path, text)
  io.stderr(`wrote ${path}\n`)
}
