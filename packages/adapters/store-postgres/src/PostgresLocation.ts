import { StoreUnavailable } from "@plan-ledger/eventstore"

/**
 * Where the ledger lives on a server: the connection string for `pg`, and the schema holding the
 * `events` table (from the URL's `schema` parameter; default `public`).
 *
 * @category models
 * @since 0.1.0
 */
export interface PostgresLocation {
  readonly connectionString: string
  readonly schema: string
}

/**
 * Reads a `postgres://…` URL, taking out the `schema` parameter plan-ledger adds.
 *
 * @category parsing
 * @since 0.1.0
 */
export const parsePostgresUrl = (url: string): PostgresLocation => {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new StoreUnavailable({ store: "postgres", detail: `"${url}" is not a URL: write postgres://user@host:5432/database` })
  }
  const schema = parsed.searchParams.get("schema") ?? "public"
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new StoreUnavailable({ store: url, detail: `schema "${schema}" is not a plain lower-case SQL identifier` })
  }
  parsed.searchParams.delete("schema")
  return { connectionString: parsed.toString(), schema }
}
