import { SchemaAST } from "effect"
import { PERSONAL_FIELD, type PersonalField, type SubjectOf } from "./PersonalField.js"

/**
 * Where the personal fields of an event are, read once from its schema: a tree that keeps only
 * the branches leading to a field annotated with `personalField`. A tagged union (an event's
 * payload) is followed by the value's `_tag`.
 *
 * @category models
 * @since 0.4.0
 */
export type PersonalPaths =
  | { readonly _tag: "Field"; readonly field: PersonalField }
  | { readonly _tag: "Record"; readonly properties: ReadonlyMap<string, PersonalPaths> }
  | { readonly _tag: "List"; readonly element: PersonalPaths }
  | { readonly _tag: "Tagged"; readonly byTag: ReadonlyMap<string, PersonalPaths> }

/**
 * One personal value found in an event: where it is (an RFC 6901 JSON pointer, and the same as
 * path segments), what kind it is, whose it is, and the value as it stands there.
 *
 * @category models
 * @since 0.4.0
 */
export interface LocatedValue {
  readonly pointer: string
  readonly segments: ReadonlyArray<string | number>
  readonly kind: string
  /** The subject as recorded (a name, or a sibling field's value); `undefined` when it is missing. */
  readonly subject: string | undefined
  /** Where the subject was read from, as the schema declares it. */
  readonly subjectOf: SubjectOf
  readonly value: string
}

const recordOf = (properties: Map<string, PersonalPaths>): PersonalPaths | undefined =>
  properties.size === 0 ? undefined : { _tag: "Record", properties }

const tagOf = (ast: SchemaAST.Objects): string | undefined => {
  const tag = ast.propertySignatures.find((signature) => signature.name === "_tag")?.type
  return tag !== undefined && SchemaAST.isLiteral(tag) && typeof tag.literal === "string" ? tag.literal : undefined
}

const objectPaths = (ast: SchemaAST.Objects): PersonalPaths | undefined => {
  const properties = new Map<string, PersonalPaths>()
  for (const signature of ast.propertySignatures) {
    const paths = pathsOf(signature.type)
    if (paths !== undefined && typeof signature.name === "string") properties.set(signature.name, paths)
  }
  return recordOf(properties)
}

// The members of a union that can hold personal fields: by tag when every object member has one,
// else their properties merged (an optional field is a union of its type and `undefined`).
const unionPaths = (ast: SchemaAST.Union): PersonalPaths | undefined => {
  const members = ast.types.flatMap((member) => (SchemaAST.isUnion(member) ? member.types : [member]))
  const objects = members.filter(SchemaAST.isObjects)
  if (objects.length > 0 && objects.length === members.length && objects.every((member) => tagOf(member) !== undefined)) {
    const byTag = new Map<string, PersonalPaths>()
    for (const member of objects) {
      const paths = objectPaths(member)
      if (paths !== undefined) byTag.set(tagOf(member) as string, paths)
    }
    return byTag.size === 0 ? undefined : { _tag: "Tagged", byTag }
  }
  const found = members.map(pathsOf).filter((paths): paths is PersonalPaths => paths !== undefined)
  if (found.length <= 1) return found[0]
  const properties = new Map<string, PersonalPaths>()
  for (const paths of found) if (paths._tag === "Record") for (const [name, inner] of paths.properties) properties.set(name, inner)
  return recordOf(properties) ?? found[0]
}

/**
 * The personal paths of a schema: every string field annotated with `personalField`, at any
 * depth of structs, arrays and unions. `undefined` when the schema has none.
 *
 * @category constructors
 * @since 0.4.0
 */
export const pathsOf = (ast: SchemaAST.AST): PersonalPaths | undefined => {
  const field = SchemaAST.resolveAt<PersonalField>(PERSONAL_FIELD)(ast)
  if (field !== undefined) return { _tag: "Field", field }
  if (SchemaAST.isObjects(ast)) return objectPaths(ast)
  if (SchemaAST.isUnion(ast)) return unionPaths(ast)
  if (SchemaAST.isArrays(ast)) {
    const inner = [...ast.elements, ...ast.rest].map(pathsOf).find((paths) => paths !== undefined)
    return inner === undefined ? undefined : { _tag: "List", element: inner }
  }
  return undefined
}

const escapeSegment = (segment: string | number): string => String(segment).replaceAll("~", "~0").replaceAll("/", "~1")

/**
 * The RFC 6901 JSON pointer of a path.
 *
 * @category pointers
 * @since 0.4.0
 */
export const pointerOf = (segments: ReadonlyArray<string | number>): string =>
  segments.map((segment) => `/${escapeSegment(segment)}`).join("")

const textOf = (source: unknown): string | undefined =>
  typeof source === "string" || typeof source === "number" ? String(source) : undefined

const subjectOf = (
  field: PersonalField,
  value: string,
  record: Record<string, unknown>,
  event: Record<string, unknown>
): string | undefined => {
  if (field.subject === "self") return value
  if (field.subject === "actor") return textOf(event["actor"])
  const identifier = textOf(record[field.subject.field])
  if (field.subject.within === undefined || identifier === undefined) return identifier
  const scope = textOf(record[field.subject.within])
  return scope === undefined ? undefined : `${scope}/${identifier}`
}

/**
 * Every personal value of an event (a new, recorded or foldable one), in path order. A field
 * that is absent, or not a string, holds none.
 *
 * @category reading
 * @since 0.4.0
 */
export const locate = (paths: PersonalPaths, event: object): ReadonlyArray<LocatedValue> => {
  const found: Array<LocatedValue> = []
  const root = event as Record<string, unknown>
  const walk = (node: PersonalPaths, value: unknown, parent: Record<string, unknown>, segments: ReadonlyArray<string | number>): void => {
    switch (node._tag) {
      case "Field":
        if (typeof value === "string") {
          found.push({
            pointer: pointerOf(segments),
            segments,
            kind: node.field.kind,
            subject: subjectOf(node.field, value, parent, root),
            subjectOf: node.field.subject,
            value
          })
        }
        return
      case "Record":
        if (typeof value !== "object" || value === null) return
        for (const [name, inner] of node.properties)
          walk(inner, (value as Record<string, unknown>)[name], value as Record<string, unknown>, [...segments, name])
        return
      case "List":
        if (!Array.isArray(value)) return
        value.forEach((element, index) => walk(node.element, element, parent, [...segments, index]))
        return
      case "Tagged": {
        if (typeof value !== "object" || value === null) return
        const inner = node.byTag.get(String((value as Record<string, unknown>)["_tag"]))
        if (inner !== undefined) walk(inner, value, parent, segments)
        return
      }
    }
  }
  walk(paths, event, root, [])
  return found
}

/**
 * A copy of a value with the strings at some paths replaced, sharing every part it does not
 * change.
 *
 * @category writing
 * @since 0.4.0
 */
export const replaceAt = <Value>(
  value: Value,
  replacements: ReadonlyArray<{ readonly segments: ReadonlyArray<string | number>; readonly text: string }>
): Value => {
  let result: unknown = value
  for (const { segments, text } of replacements) {
    const set = (node: unknown, depth: number): unknown => {
      if (depth === segments.length) return text
      const key = segments[depth] as string | number
      if (Array.isArray(node)) {
        const copy = node.slice()
        copy[key as number] = set(node[key as number], depth + 1)
        return copy
      }
      const record = node as Record<string, unknown>
      return { ...record, [key]: set(record[key], depth + 1) }
    }
    result = set(result, 0)
  }
  return result as Value
}

/**
 * Every kind of personal value the paths hold, each once, in name order: what a retention
 * schedule may name.
 *
 * @category reading
 * @since 0.4.0
 */
export const kindsOf = (paths: PersonalPaths): ReadonlyArray<string> => {
  const kinds = new Set<string>()
  const walk = (node: PersonalPaths): void => {
    if (node._tag === "Field") kinds.add(node.field.kind)
    else if (node._tag === "List") walk(node.element)
    else for (const inner of node._tag === "Record" ? node.properties.values() : node.byTag.values()) walk(inner)
  }
  walk(paths)
  return [...kinds].sort()
}
