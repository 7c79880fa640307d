import { closeSync, openSync, writeFileSync, writeSync } from "node:fs"
import { resolve } from "node:path"
import { isTextChunks, type Renderer, type TextChunks } from "@plan-ledger/core/adapters"
import { fileUnavailable } from "./CliErrors.js"
import { storeUrl } from "./Context.js"
import type { Io } from "./Io.js"
import { checkOutputTarget } from "./OutputTarget.js"
import type { GlobalValues, TextFormat } from "./Spec.js"

/**
 * What a renderer the command line uses gives: text, a promise of it (HTML), or text in pieces
 * (JSON, written piece by piece so no view is too large to print).
 *
 * @category output
 * @since 0.4.0
 */
export type Rendered = string | Promise<string> | TextChunks

// Each renderer is loaded only when its format is asked for (HTML brings Vega with it).
const RENDERERS: { readonly [Format in TextFormat]: () => Promise<Renderer<Rendered>> } = {
  md: async () => (await import("@plan-ledger/render-markdown")).markdownRenderer,
  json: async () => (await import("@plan-ledger/render-json")).jsonChunkRenderer,
  csv: async () => (await import("@plan-ledger/render-csv")).csvRenderer,
  html: async () => (await import("@plan-ledger/render-html")).htmlRenderer
}

/**
 * The renderer for `--format` (default Markdown); commander has kept the format to the choices.
 *
 * @category output
 * @since 0.1.0
 */
export const rendererFor = (format: TextFormat | undefined): Promise<Renderer<Rendered>> => RENDERERS[format ?? "md"]()

/**
 * Refuses an `--out` file before the store is read: a file of the ledger (the ledger, its
 * write-ahead log, journal, lock, snapshot or side files), or a file that exists without `--force`.
 *
 * @category output
 * @since 0.4.0
 */
export const guardOut = (
  command: string,
  values: GlobalValues & { readonly out?: string | undefined; readonly force?: boolean | undefined },
  io: Io
): void => {
  if (values.out === undefined) return
  checkOutputTarget(io, command, "--out", values.out, [storeUrl(values, io)], { append: false, force: values.force === true })
}

/**
 * Writes rendered output — text or a workbook's bytes — to the `--out` file and says so on stderr.
 * A file that cannot be written is a `FileUnavailable` naming it, the reason and the fix.
 *
 * @category output
 * @since 0.3.0
 */
export const writeOut = (io: Io, content: string | Uint8Array, out: string): void => {
  const path = resolve(io.cwd, out)
  try {
    writeFileSync(path, content)
  } catch (error) {
    throw fileUnavailable(out, "write --out", error)
  }
  io.stderr(`wrote ${path}\n`)
}

// Writes the pieces one after another to the --out file, never holding the whole document.
const writeChunksOut = (io: Io, rendered: TextChunks, out: string): void => {
  const path = resolve(io.cwd, out)
  try {
    const descriptor = openSync(path, "w")
    try {
      for (const chunk of rendered.chunks) writeSync(descriptor, chunk)
    } finally {
      closeSync(descriptor)
    }
  } catch (error) {
    throw fileUnavailable(out, "write --out", error)
  }
  io.stderr(`wrote ${path}\n`)
}

/**
 * Prints rendered text, or writes it to `--out` ({@link writeOut}); text in pieces is printed or
 * written a piece at a time.
 *
 * @category output
 * @since 0.1.0
 */
export const emit = (io: Io, text: string | TextChunks, out: string | undefined): void => {
  if (isTextChunks(text)) {
    if (out === undefined) for (const chunk of text.chunks) io.stdout(chunk)
    else writeChunksOut(io, text, out)
  } else if (out === undefined) io.stdout(text)
  else writeOut(io, text, out)
}
