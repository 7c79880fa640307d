import type { Fte } from "../money/Fte.js"
import type * as FteFigures from "../money/Fte.js"
import type { Pence } from "../money/Money.js"
import type * as Money from "../money/Money.js"

/**
 * The command that asks for an event: the event's fields under the command's own tag, as the
 * decider reads them (money in pence, FTE in hundredths).
 */
export type CommandOf<Tag extends string, Event extends { readonly _tag: string }> = { readonly _tag: Tag } & Omit<Event, "_tag">

type Scalar = string | number | boolean | bigint | symbol | null | undefined

/**
 * A command as a caller writes it: every figure in pence an `Money.Amount` and every figure in
 * hundredths of an FTE an `Fte.Amount`, so no bare number is taken for either.
 */
export type WithAmounts<T> = T extends Pence
  ? Money.Amount
  : T extends Fte
    ? FteFigures.Amount
    : T extends Scalar
      ? T
      : T extends ReadonlyArray<infer Element>
        ? ReadonlyArray<WithAmounts<Element>>
        : { readonly [Key in keyof T]: WithAmounts<T[Key]> }
