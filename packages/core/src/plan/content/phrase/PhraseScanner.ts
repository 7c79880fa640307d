import type { TextSpan } from "./TextSpan.js"

/**
 * One rule of a phrase grammar: a sticky pattern tried where a word starts, and how a match is
 * read. `read` returns `undefined` when the match is only shaped like the phrase (a 31 February,
 * a figure with more decimals than pence hold): the characters are then not consumed.
 *
 * @category models
 * @since 0.4.0
 */
export interface PhraseRule<Value> {
  readonly name: string
  readonly pattern: RegExp
  readonly read: (match: RegExpExecArray) => Value | undefined
}

/**
 * A phrase a rule recognised: the rule's name, the span it consumed and what it read.
 *
 * @category models
 * @since 0.4.0
 */
export interface Recognised<Value> {
  readonly rule: string
  readonly span: TextSpan
  readonly value: Value
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u

const isWordCharacter = (character: string | undefined): boolean => character !== undefined && WORD_CHARACTER.test(character)

/**
 * Whether a phrase may start at `at`: at the start of the text, or where a word starts, or at a
 * symbol (`£`, a bracket): never inside a word, so `ni` in `Children` is never a National
 * Indicator.
 */
const startsToken = (text: string, at: number): boolean => !isWordCharacter(text[at - 1]) || !isWordCharacter(text[at])

/** Whether a phrase may end at `at`: at the end of the text, or where a word ends. */
const endsToken = (text: string, at: number): boolean => !isWordCharacter(text[at]) || !isWordCharacter(text[at - 1])

const sticky = (pattern: RegExp): RegExp => (pattern.sticky ? pattern : new RegExp(pattern.source, `${pattern.flags}y`))

/**
 * Reads a cell left to right with a grammar's rules: at each place a word or symbol starts, the
 * longest match of any rule that ends where a word ends and that its rule can read is taken;
 * otherwise the scanner moves on to the next place. What no rule consumed is left for the caller,
 * which keeps it as text — a scanner never guesses.
 *
 * A small scanner over sticky patterns, not a parser-combinator library: core may depend on
 * nothing but Effect and ts-pattern, and the grammars here are flat (a phrase is a run of tokens
 * with no nesting), so longest-match over a rule list is the whole of the machinery they need.
 *
 * @category parsing
 * @since 0.4.0
 */
export const scan = <Value>(text: string, rules: ReadonlyArray<PhraseRule<Value>>): ReadonlyArray<Recognised<Value>> => {
  const compiled = rules.map((rule) => ({ rule, pattern: sticky(rule.pattern) }))
  const found: Array<Recognised<Value>> = []
  let at = 0
  while (at < text.length) {
    let best: Recognised<Value> | undefined
    if (startsToken(text, at) && !/\s/u.test(text[at] ?? "")) {
      for (const { rule, pattern } of compiled) {
        pattern.lastIndex = at
        const match = pattern.exec(text)
        if (match === null || match[0].length === 0) continue
        const end = at + match[0].length
        if (!endsToken(text, end) || (best !== undefined && end <= best.span.end)) continue
        const value = rule.read(match)
        if (value !== undefined) best = { rule: rule.name, span: { start: at, end }, value }
      }
    }
    if (best === undefined) {
      at += 1
    } else {
      found.push(best)
      at = best.span.end
    }
  }
  return found
}
