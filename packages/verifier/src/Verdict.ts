/**
 * Why a proof, a checkpoint or a proof file was refused, as a code a program can branch on:
 * - `malformed`: the text is not in the format at all;
 * - `out-of-range`: an index or a tree size that the proof cannot be about;
 * - `wrong-length`: a proof with more or fewer hashes than its index and tree size call for
 *   (truncated or padded);
 * - `root-mismatch`: the proof does not lead to the root it should (a forged proof, or an altered
 *   leaf, index or tree size);
 * - `other-origin`: a checkpoint of another log than the one expected;
 * - `unknown-signer`: no signature by a key the verifier was given;
 * - `bad-signature`: a signature by a known key that does not verify;
 * - `missing-cosignature`: a witness the verifier requires did not cosign;
 * - `split-view`: two checkpoints of one log that cannot both be true.
 *
 * @category models
 * @since 0.1.0
 */
export type RefusalCode =
  | "malformed"
  | "out-of-range"
  | "wrong-length"
  | "root-mismatch"
  | "other-origin"
  | "unknown-signer"
  | "bad-signature"
  | "missing-cosignature"
  | "split-view"

/**
 * A refusal: its code and a short sentence that says what was wrong.
 *
 * @category models
 * @since 0.1.0
 */
export interface Refusal {
  readonly code: RefusalCode
  readonly message: string
}

/**
 * What a check returns: the value it established, or why it refused.
 *
 * @category models
 * @since 0.1.0
 */
export type Verdict<A> = { readonly ok: true; readonly value: A } | { readonly ok: false; readonly refusal: Refusal }

/**
 * An accepted check.
 *
 * @category constructors
 * @since 0.1.0
 */
export const accept = <A>(value: A): Verdict<A> => ({ ok: true, value })

/**
 * A refused check.
 *
 * @category constructors
 * @since 0.1.0
 */
export const refuse = <A = never>(code: RefusalCode, message: string): Verdict<A> => ({ ok: false, refusal: { code, message } })
