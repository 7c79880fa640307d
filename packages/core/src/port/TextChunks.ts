/**
 * A rendered document handed over in pieces, for output too large to hold as one string (a
 * JavaScript string stops at about 512 MB: a budget of 1.5 million lines as JSON is more). The
 * pieces, joined, are the document; a command line writes them one after another.
 *
 * @category models
 * @since 0.4.0
 */
export interface TextChunks {
  readonly _tag: "TextChunks"
  readonly chunks: Iterable<string>
}

/**
 * The pieces as `TextChunks`.
 *
 * @example
 * import { textChunks } from "@plan-ledger/core/adapters"
 * const document = textChunks(["{", "}\n"])
 *
 * @category constructors
 * @since 0.4.0
 */
export const textChunks = (chunks: Iterable<string>): TextChunks => ({ _tag: "TextChunks", chunks })

/**
 * Whether rendered output came in pieces.
 *
 * @category guards
 * @since 0.4.0
 */
export const isTextChunks = (rendered: unknown): rendered is TextChunks =>
  typeof rendered === "object" && rendered !== null && (rendered as { readonly _tag?: unknown })._tag === "TextChunks"
