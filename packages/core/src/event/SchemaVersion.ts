import { Schema } from "effect"

/**
 * The schema version new events are written at. Version 2 gave budget lines a funding source; version 3 lets stated totals,
 * memorandum items and staffing rows name the unit they belong to; version 4 keys a variation item by its
 * section and id together and adds what plans print that version 3 could not hold (a link cell as printed,
 * a lead role's codes and role, undated progress, contributing indicators and the rest);
 * `docs/schema-evolution.md` is the procedure for the next change.
 *
 * @category constants
 * @since 0.1.0
 */
export const CURRENT_SCHEMA_VERSION = 4

/**
 * Every schema version a stored event may carry: the version it was written at, kept as stored.
 *
 * @category models
 * @since 0.3.0
 */
export const SchemaVersion = Schema.Literals([1, 2, 3, CURRENT_SCHEMA_VERSION])

/**
 * @category models
 * @since 0.3.0
 */
export type SchemaVersion = typeof SchemaVersion.Type
