// Pieces of about this many characters: large enough that writing them costs little, small enough
// that no piece comes near the longest string a JavaScript engine holds.
const CHUNK_CHARACTERS = 64 * 1024

type Json = null | boolean | number | string | ReadonlyArray<unknown> | { readonly [key: string]: unknown }

// What JSON.stringify writes for a value it meets: undefined (and functions) are left out of
// objects and written null in arrays; a value with toJSON is written as what it returns.
const jsonValue = (value: unknown): Json | undefined => {
  if (value === undefined || typeof value === "function" || typeof value === "symbol") return undefined
  if (typeof value === "object" && value !== null && typeof (value as { toJSON?: unknown }).toJSON === "function")
    return jsonValue((value as { toJSON: () => unknown }).toJSON())
  return value as Json
}

const scalar = (value: Json): string | undefined => {
  if (value === null) return "null"
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null"
  if (typeof value === "boolean") return value ? "true" : "false"
  if (typeof value === "string") return JSON.stringify(value)
  return undefined
}

// One container being written: its entries as [key, value] (no key in an array), and how far.
interface Frame {
  readonly entries: ReadonlyArray<readonly [string | undefined, unknown]>
  readonly close: string
  readonly depth: number
  next: number
}

/**
 * `JSON.stringify(value, null, indent)` and a newline, the same text to the byte, given in pieces
 * of about 64 KB: the whole is never one string, and the walk keeps its own stack rather than
 * recursing, so neither the length of a list nor the depth of the nesting overflows the call stack.
 *
 * @category rendering
 * @since 0.4.0
 */
export function* jsonChunks(value: unknown, indent = 2): Generator<string> {
  let buffer = ""
  const pad = (depth: number): string => `\n${" ".repeat(indent * depth)}`
  const stack: Array<Frame> = []
  // Writes a value: a scalar at once, a container's opening (its entries follow from the stack).
  const open = (json: Json, depth: number): void => {
    const written = scalar(json)
    if (written !== undefined) {
      buffer += written
      return
    }
    if (Array.isArray(json)) {
      if (json.length === 0) buffer += "[]"
      else {
        buffer += "["
        stack.push({ entries: json.map((item) => [undefined, item] as const), close: "]", depth, next: 0 })
      }
      return
    }
    const entries = Object.entries(json as object).filter(([, item]) => jsonValue(item) !== undefined)
    if (entries.length === 0) buffer += "{}"
    else {
      buffer += "{"
      stack.push({ entries, close: "}", depth, next: 0 })
    }
  }
  const top = jsonValue(value)
  if (top === undefined) return
  open(top, 0)
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame
    if (frame.next === frame.entries.length) {
      stack.pop()
      buffer += `${pad(frame.depth)}${frame.close}`
    } else {
      const [key, item] = frame.entries[frame.next] as readonly [string | undefined, unknown]
      buffer += `${frame.next === 0 ? "" : ","}${pad(frame.depth + 1)}${key === undefined ? "" : `${JSON.stringify(key)}: `}`
      frame.next += 1
      open(jsonValue(item) ?? null, frame.depth + 1)
    }
    if (buffer.length >= CHUNK_CHARACTERS) {
      yield buffer
      buffer = ""
    }
  }
  yield `${buffer}\n`
}
