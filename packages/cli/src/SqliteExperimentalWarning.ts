// Node 22 announces node:sqlite, the ledger's SQLite driver, with an ExperimentalWarning on
// stderr the first time it is loaded. The command chose that driver on purpose, and an officer can
// do nothing about the warning, so that one warning is kept from stderr; every other warning,
// experimental or not, is emitted as before.
const SQLITE_EXPERIMENTAL = /^SQLite is an experimental feature/u

const typeOf = (warning: string | Error, options: unknown): string => {
  if (typeof options === "string") return options
  if (typeof options === "object" && options !== null && "type" in options && typeof options.type === "string") return options.type
  return warning instanceof Error ? warning.name : "Warning"
}

/**
 * Drops node:sqlite's ExperimentalWarning from `process.emitWarning`, through which Node emits it,
 * and passes every other warning on unchanged. Call it before the store is opened.
 *
 * @category warnings
 * @since 0.4.0
 */
export const dropSqliteExperimentalWarning = (target: NodeJS.Process = process): void => {
  const emitWarning = target.emitWarning
  target.emitWarning = function (this: NodeJS.Process, warning: string | Error, ...rest: Array<unknown>): void {
    const message = typeof warning === "string" ? warning : warning.message
    if (typeOf(warning, rest[0]) === "ExperimentalWarning" && SQLITE_EXPERIMENTAL.test(message)) return
    Reflect.apply(emitWarning, this, [warning, ...rest])
  } as NodeJS.Process["emitWarning"]
}
