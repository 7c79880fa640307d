/**
 * The key of the end-of-batch flag a line of hash format 1 carries (`true` on the last line of
 * each batch). It lies outside the hash; a line of format 2 carries the event's hashed
 * `lastInBatch` instead, and never this flag.
 *
 * @category indexing
 * @since 0.2.0
 */
export const END_OF_BATCH = "endOfBatch"

/**
 * Whether a stored line closes its batch: its `lastInBatch` when it has one (hash format 2),
 * otherwise its end-of-batch flag (format 1). A batch is whole when its closing line is.
 *
 * @category indexing
 * @since 0.3.0
 */
export const closesBatch = (record: { readonly [key: string]: unknown }): boolean =>
  typeof record["lastInBatch"] === "boolean" ? record["lastInBatch"] : record[END_OF_BATCH] === true
