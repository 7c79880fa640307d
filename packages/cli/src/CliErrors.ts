/**
 * A command named a ledger file that does not exist. Nothing is created: reading never makes a
 * ledger, and a write makes one only when `--create` asks for it, so a mistyped `--store` path is
 * an error rather than a new, empty ledger.
 *
 * @category errors
 * @since 0.1.0
 */
export class LedgerNotFound extends Error {
  readonly _tag = "LedgerNotFound"
  readonly path: string
  readonly fix: string
  constructor(fields: { readonly path: string; readonly fix?: string }) {
    const fix = fields.fix ?? "import or draft a plan first (or name an existing ledger with --store)"
    super(`no ledger at ${fields.path}: ${fix}`)
    this.name = "LedgerNotFound"
    this.path = fields.path
    this.fix = fix
  }
}

/**
 * The store URL names something that is not a ledger file: a directory, or a file of another
 * kind.
 *
 * @category errors
 * @since 0.1.0
 */
export class NotALedger extends Error {
  readonly _tag = "NotALedger"
  readonly path: string
  readonly reason: string
  readonly fix: string
  constructor(fields: { readonly path: string; readonly reason: string; readonly fix: string }) {
    super(`${fields.path} is not a ledger: ${fields.reason}; ${fields.fix}`)
    this.name = "NotALedger"
    this.path = fields.path
    this.reason = fields.reason
    this.fix = fields.fix
  }
}

/**
 * A store URL whose scheme is a near miss of one plan-ledger reads (`sqlit:ledger.db`): the URL
 * it most likely meant.
 *
 * @category errors
 * @since 0.5.0
 */
export class MistypedStoreUrl extends Error {
  readonly _tag = "MistypedStoreUrl"
  readonly url: string
  readonly meant: string
  constructor(fields: { readonly url: string; readonly meant: string }) {
    super(`unknown store URL ${fields.url}; did you mean ${fields.meant}?`)
    this.name = "MistypedStoreUrl"
    this.url = fields.url
    this.meant = fields.meant
  }
}

/**
 * A file or directory the command needed could not be read or written: the operating system's
 * reason, and what to do about it.
 *
 * @category errors
 * @since 0.1.0
 */
export class FileUnavailable extends Error {
  readonly _tag = "FileUnavailable"
  readonly path: string
  readonly action: string
  readonly reason: string
  readonly fix: string
  constructor(fields: { readonly path: string; readonly action: string; readonly reason: string; readonly fix: string }) {
    super(`cannot ${fields.action} ${fields.path}: ${fields.reason}; ${fields.fix}`)
    this.name = "FileUnavailable"
    this.path = fields.path
    this.action = fields.action
    this.reason = fields.reason
    this.fix = fields.fix
  }
}

const REASONS: Readonly<Record<string, { readonly cause: string; readonly fix: string }>> = {
  ENOENT: {
    cause: "it, or the directory it should be in, does not exist",
    fix: "check the path, and create the directory first if you are writing a new file"
  },
  EACCES: { cause: "permission denied", fix: "choose a path you may write to, or ask for access" },
  EPERM: { cause: "the operation is not permitted", fix: "choose a path you may write to, or ask for access" },
  EROFS: { cause: "the file system is read-only", fix: "choose a path on a writable disk" },
  EISDIR: { cause: "it is a directory", fix: "name a file, not a directory" },
  ENOTDIR: { cause: "part of the path is a file, not a directory", fix: "check the path" },
  ENOSPC: { cause: "the disk is full", fix: "free some space, or choose another disk" },
  EBUSY: { cause: "the file is locked by another program", fix: "close that program and run the command again" }
}

/**
 * The operating system's error code (`ENOENT`, `EACCES`, …) of a failed file operation, if any.
 *
 * @category errors
 * @since 0.1.0
 */
export const systemErrorCode = (error: unknown): string | undefined =>
  typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" && /^E[A-Z]+$/u.test(error.code)
    ? error.code
    : undefined

/**
 * A failed file operation as a `FileUnavailable` naming the path, the reason and the fix.
 *
 * @category errors
 * @since 0.1.0
 */
export const fileUnavailable = (path: string, action: string, error: unknown): FileUnavailable => {
  const code = systemErrorCode(error)
  const known = code === undefined ? undefined : REASONS[code]
  const detail = error instanceof Error ? error.message : String(error)
  return new FileUnavailable({ path, action, reason: known?.cause ?? detail, fix: known?.fix ?? "check the path and its permissions" })
}
