import { open } from "node:fs/promises"

/**
 * One line of the file: its text (without the newline), its number (from 1) and the byte offset
 * just after it. `complete` is false for a last line with no newline — a write cut short.
 *
 * @category reading
 * @since 0.1.0
 */
export interface FileLine {
  readonly text: string
  readonly lineNumber: number
  readonly endOffset: number
  readonly complete: boolean
}

const CHUNK_BYTES = 1 << 20

/**
 * Streams the lines of a file from a byte offset, a chunk at a time, so reading never holds the
 * file in memory.
 *
 * @category reading
 * @since 0.1.0
 */
export const readLines = async function* (path: string, fromOffset = 0, firstLineNumber = 1): AsyncIterable<FileLine> {
  const handle = await open(path, "r").catch((cause: NodeJS.ErrnoException) => {
    if (cause.code === "ENOENT") return undefined
    throw cause
  })
  if (handle === undefined) return
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES)
    let carry = Buffer.alloc(0)
    let position = fromOffset
    let lineNumber = firstLineNumber
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, position)
      if (bytesRead === 0) break
      position += bytesRead
      const chunk = carry.length === 0 ? buffer.subarray(0, bytesRead) : Buffer.concat([carry, buffer.subarray(0, bytesRead)])
      let start = 0
      let newline = chunk.indexOf(10, start)
      const chunkStart = position - chunk.length
      while (newline !== -1) {
        yield {
          text: chunk.toString("utf8", start, newline),
          lineNumber: lineNumber++,
          endOffset: chunkStart + newline + 1,
          complete: true
        }
        start = newline + 1
        newline = chunk.indexOf(10, start)
      }
      carry = Buffer.from(chunk.subarray(start))
    }
    if (carry.length > 0) yield { text: carry.toString("utf8"), lineNumber, endOffset: position, complete: false }
  } finally {
    await handle.close()
  }
}
