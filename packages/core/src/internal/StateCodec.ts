import { Data } from "effect"

/**
 * A folded state held a value the snapshot encoding has no form for (a class instance, a set, a
 * function): a fault in the fold, never in the data.
 */
export class UnencodableState extends Data.TaggedError("UnencodableState")<{ readonly path: string; readonly found: string }> {
  override get message(): string {
    return `the state at ${this.path} holds a ${this.found}, which a snapshot cannot encode; snapshots hold plain objects, arrays, maps, strings, numbers, booleans, null and undefined`
  }
}

// A map's entries, and an `undefined` kept as a value (JSON would drop the property, and a state
// read back must equal the folded one exactly, property for property). State keys never start
// with "$", so neither marker can be mistaken for a state object.
const MAP = "$map"
const UNDEFINED = "$undefined"

type Json = string | number | boolean | null | ReadonlyArray<Json> | { readonly [key: string]: Json }

const encodeValue = (value: unknown, path: string): Json => {
  if (value === undefined) return { [UNDEFINED]: true }
  if (value === null || typeof value === "string" || typeof value === "boolean") return value
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new UnencodableState({ path, found: `non-finite number (${value})` })
    return value
  }
  if (Array.isArray(value)) return value.map((item, index) => encodeValue(item, `${path}[${index}]`))
  if (value instanceof Map)
    return { [MAP]: [...value].map(([key, item]) => [encodeValue(key, `${path} key`), encodeValue(item, `${path}.get(${String(key)})`)]) }
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const encoded: Record<string, Json> = {}
    for (const [key, item] of Object.entries(value)) encoded[key] = encodeValue(item, `${path}.${key}`)
    return encoded
  }
  throw new UnencodableState({ path, found: typeof value === "object" ? (value.constructor?.name ?? "object") : typeof value })
}

const decodeValue = (value: unknown): unknown => {
  if (value === null || typeof value !== "object") return value
  if (Array.isArray(value)) return value.map(decodeValue)
  const record = value as Record<string, unknown>
  if (Object.hasOwn(record, UNDEFINED)) return undefined
  const entries = record[MAP]
  if (Array.isArray(entries)) return new Map(entries.map(([key, item]: ReadonlyArray<unknown>) => [decodeValue(key), decodeValue(item)]))
  const decoded: Record<string, unknown> = {}
  for (const key in record) decoded[key] = decodeValue(record[key])
  return decoded
}

/**
 * A folded state as JSON text: plain objects (keys in insertion order), arrays, maps (entries in
 * insertion order, so the iteration order a projection sees survives), strings, finite numbers,
 * booleans, null and `undefined`. The same state always encodes to the same text.
 */
export const encode = (state: unknown): string => JSON.stringify(encodeValue(state, "state"))

/**
 * The state `encode` wrote, as fresh objects and maps nothing else holds, so a fold may go on
 * updating it in place.
 */
export const decode = (text: string): unknown => decodeValue(JSON.parse(text))
