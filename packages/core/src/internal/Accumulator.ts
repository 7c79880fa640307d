/**
 * The writable form of a read-only state type, one level deep: the accumulator a fold owns while
 * it runs. Public state types are read-only; only the folds inside core see this form.
 */
export type Accumulator<State> = {
  -readonly [Key in keyof State]: State[Key] extends ReadonlyMap<infer K, infer V>
    ? Map<K, V>
    : State[Key] extends ReadonlyArray<infer Item>
      ? Array<Item>
      : State[Key]
}
