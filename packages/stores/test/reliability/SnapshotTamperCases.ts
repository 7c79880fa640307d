// The tamper suite's snapshot cases, per store: the kept snapshot's state edited (a name, one
// byte, a wrong shape), the position or chain hash it claims changed, its seal stripped or
// recomputed over an edited state, a column of the wrong type, and the snapshots table (or side
// file) destroyed. Each case builds the sample ledger, takes its snapshot, tampers behind the
// store's back and reopens it: verify's snapshot check must report damage, and — unless the seal
// was recomputed, which only a fold of the log can tell — every view must read as before.
import { readFileSync, writeFileSync } from "node:fs"
import { type EventStore, InMemoryEventStore, LedgerState } from "@plan-ledger/core"
import { LedgerSnapshot } from "@plan-ledger/core/store"
import { type Snapshot, SnapshotSeal } from "@plan-ledger/eventstore"
import { stateFingerprint } from "@plan-ledger/core/testkit"
import type { JsonlEventStore } from "@plan-ledger/store-jsonl"
import type { PostgresEventStore } from "@plan-ledger/store-postgres"
import type { SqliteEventStore } from "@plan-ledger/store-sqlite"
import { appendSampleLedger } from "./SampleLedger.js"
import { jsonlTamperStores, postgresTamperStores, sqliteTamperStores } from "./TamperStores.js"
import type { CaughtBy, TamperCase } from "./TamperCases.js"

// The sealed state's text, after its seal line.
const stateOf = (snapshot: Snapshot): string => snapshot.state.slice(snapshot.state.indexOf("\n") + 1)
const sealOf = (snapshot: Snapshot): string => snapshot.state.slice(0, snapshot.state.indexOf("\n"))

/** A change of the kept snapshot's record, as a store would hold it; whether views must be unchanged. */
interface SnapshotEdit {
  readonly name: string
  readonly change: (kept: Snapshot) => Snapshot
  /** False only for a seal recomputed over an edited state: a view reads it, verify catches it. */
  readonly viewsUnchanged: boolean
}

// A recomputed seal, as an editor who read the code would make it.
const resealed = (kept: Snapshot, state: string): Snapshot => {
  const { state: _state, ...claims } = kept
  return SnapshotSeal.sealed(claims, state)
}

const EDITS: ReadonlyArray<SnapshotEdit> = [
  {
    name: "a partnership's name edited in the state",
    change: (kept) => ({ ...kept, state: kept.state.replace(/"name":"[^"]*"/g, '"name":"Forged"') }),
    viewsUnchanged: true
  },
  {
    name: "one byte of the state flipped",
    change: (kept) => ({ ...kept, state: `${kept.state.slice(0, -2)}${kept.state.at(-2) === "1" ? "2" : "1"}${kept.state.slice(-1)}` }),
    viewsUnchanged: true
  },
  {
    name: "the state replaced by another shape",
    change: (kept) => ({ ...kept, state: `${sealOf(kept)}\n{"plans":5}` }),
    viewsUnchanged: true
  },
  { name: "the state resealed in another shape", change: (kept) => resealed(kept, '{"plans":[],"eventCount":6}'), viewsUnchanged: true },
  { name: "the chain hash it claims changed", change: (kept) => ({ ...kept, hash: "0".repeat(64) }), viewsUnchanged: true },
  {
    name: "the chain hash it claims changed and resealed",
    change: (kept) => resealed({ ...kept, hash: "0".repeat(64) }, stateOf(kept)),
    viewsUnchanged: true
  },
  { name: "the position it claims changed", change: (kept) => ({ ...kept, globalPosition: 5 }), viewsUnchanged: true },
  { name: "the seal stripped", change: (kept) => ({ ...kept, state: stateOf(kept) }), viewsUnchanged: true },
  {
    name: "a partnership's name edited and the seal recomputed",
    change: (kept) => resealed(kept, stateOf(kept).replace(/"name":"[^"]*"/g, '"name":"Forged"')),
    viewsUnchanged: false
  }
]

const describeError = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause))

// Builds the sample ledger and its snapshot, tampers, reopens, and asks verify and the views.
const runSnapshotCase = async <Store extends EventStore>(
  open: () => Promise<Store>,
  tamper: (store: Store, kept: Snapshot) => Promise<void> | void,
  reopen: (store: Store) => Promise<EventStore>,
  viewsUnchanged: boolean
): Promise<{ readonly caughtBy: CaughtBy; readonly detail: string }> => {
  const store = await open()
  await appendSampleLedger(store)
  await LedgerSnapshot.rebuild(store)
  const views = stateFingerprint(await LedgerState.fromStore(store))
  const kept = await store.snapshots?.read()
  if (kept === undefined) throw new Error("the store kept no snapshot to tamper with")
  await tamper(store, kept)
  const reopened = await reopen(store)
  try {
    const opened = await LedgerSnapshot.open(reopened)
    if (viewsUnchanged && JSON.stringify(stateFingerprint(opened.state)) !== JSON.stringify(views))
      return { caughtBy: "missed", detail: "a view read the tampered snapshot" }
    if (viewsUnchanged && opened.use._tag !== "Refused")
      return { caughtBy: "missed", detail: `the snapshot was ${opened.use._tag}, not refused` }
    const verified = await LedgerSnapshot.verify(reopened)
    return verified?.ok === false
      ? { caughtBy: "verify", detail: verified.reason }
      : { caughtBy: "missed", detail: "verify found nothing wrong with the snapshot" }
  } catch (cause) {
    return { caughtBy: "missed", detail: `a fault: ${describeError(cause)}` }
  } finally {
    await reopened.close()
  }
}

const memoryCases = (): ReadonlyArray<TamperCase> =>
  EDITS.map(({ name, change, viewsUnchanged }) => ({
    store: "memory",
    name: `snapshot: ${name}`,
    expected: "verify",
    run: () =>
      runSnapshotCase(
        async () => InMemoryEventStore.make(),
        async (store, kept) => store.snapshots?.write(change(kept)),
        async (store) => store,
        viewsUnchanged
      )
  }))

const sqliteCases = (directory: string): ReadonlyArray<TamperCase> => {
  const { open, reopen } = sqliteTamperStores(directory, "tamper-snapshot")
  const written = (edited: Snapshot) => (store: SqliteEventStore) => {
    store.database
      .prepare("UPDATE snapshots SET global_position = ?, hash = ?, projection_version = ?, state = ?")
      .run([edited.globalPosition, edited.hash, edited.projectionVersion, edited.state])
  }
  const sql = (statement: string) => (store: SqliteEventStore) => void store.database.exec(statement)
  return [
    ...EDITS.map(
      ({ name, change, viewsUnchanged }) =>
        [name, (store: SqliteEventStore, kept: Snapshot) => written(change(kept))(store), viewsUnchanged] as const
    ),
    ["column state as a blob", sql("UPDATE snapshots SET state = CAST(state AS BLOB)"), true] as const,
    ["column projection_version as text", sql("UPDATE snapshots SET projection_version = 'two'"), true] as const,
    ["snapshots table dropped", sql("DROP TABLE snapshots"), true] as const
  ].map(([name, tamper, viewsUnchanged]) => ({
    store: "sqlite",
    name: `snapshot: ${name}`,
    expected: "verify",
    run: () => runSnapshotCase(open, tamper, reopen, viewsUnchanged)
  }))
}

const jsonlCases = (directory: string): ReadonlyArray<TamperCase> => {
  const { open, reopen } = jsonlTamperStores(directory, "tamper-snapshot")
  const sideFile = (store: JsonlEventStore) => `${store.path}.snapshot`
  const written = (edited: Snapshot) => (store: JsonlEventStore) => {
    const { state, ...header } = edited
    writeFileSync(sideFile(store), `${JSON.stringify(header)}\n${state}`)
  }
  return [
    ...EDITS.map(
      ({ name, change, viewsUnchanged }) =>
        [name, (store: JsonlEventStore, kept: Snapshot) => written(change(kept))(store), viewsUnchanged] as const
    ),
    [
      "header line garbled",
      (store: JsonlEventStore) => writeFileSync(sideFile(store), `#${readFileSync(sideFile(store), "utf8")}`),
      true
    ] as const,
    [
      "side file cut short",
      (store: JsonlEventStore) => writeFileSync(sideFile(store), readFileSync(sideFile(store), "utf8").slice(0, 80)),
      true
    ] as const
  ].map(([name, tamper, viewsUnchanged]) => ({
    store: "jsonl",
    name: `snapshot: ${name}`,
    expected: "verify",
    run: () => runSnapshotCase(open, tamper, reopen, viewsUnchanged)
  }))
}

const postgresCases = (baseUrl: string): ReadonlyArray<TamperCase> => {
  const { open, reopen } = postgresTamperStores(baseUrl)
  const written = (edited: Snapshot) => async (store: PostgresEventStore) => {
    await store.pool.query(`UPDATE ${store.schema}.snapshots SET global_position = $1, hash = $2, projection_version = $3, state = $4`, [
      edited.globalPosition,
      edited.hash,
      edited.projectionVersion,
      edited.state
    ])
  }
  const sql = (statement: string) => async (store: PostgresEventStore) => {
    await store.pool.query(statement.replaceAll("{snapshots}", `${store.schema}.snapshots`))
  }
  return [
    ...EDITS.map(
      ({ name, change, viewsUnchanged }) =>
        [name, (store: PostgresEventStore, kept: Snapshot) => written(change(kept))(store), viewsUnchanged] as const
    ),
    ["snapshots table dropped", sql("DROP TABLE {snapshots}"), true] as const
  ].map(([name, tamper, viewsUnchanged]) => ({
    store: "postgres",
    name: `snapshot: ${name}`,
    expected: "verify",
    run: () => runSnapshotCase(open, tamper, reopen, viewsUnchanged)
  }))
}

/**
 * Every snapshot tamper case of every store, as `tamperCases` gives the log's.
 */
export const snapshotTamperCases = (directory: string, postgresUrl: string | undefined): ReadonlyArray<TamperCase> => [
  ...memoryCases(),
  ...sqliteCases(directory),
  ...jsonlCases(directory),
  ...(postgresUrl === undefined ? [] : postgresCases(postgresUrl))
]
