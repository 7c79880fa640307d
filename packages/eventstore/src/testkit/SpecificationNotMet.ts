import { Data } from "effect"

/**
 * A specification whose decision was not the one expected: what was expected and what was
 * decided, each as short JSON. Thrown by `DeciderSpecification`'s `then` and `thenFails`, so any
 * test runner reports it as a failed test.
 *
 * @category errors
 * @since 0.3.0
 */
export class SpecificationNotMet extends Data.TaggedError("SpecificationNotMet")<{
  readonly expected: string
  readonly decided: string
}> {
  override get message(): string {
    return `the decision was not the one expected:\n  expected ${this.expected}\n  decided  ${this.decided}`
  }
}
