// The tamper suite's proof cases, per store: what a log holding its signing key, or anyone between
// it and a reader, can forge against the proofs a store makes. Each case builds the sample ledger,
// signs checkpoints of its Merkle tree at two sizes, makes a proof file of the event at `TARGET`
// from the store's own tree (`store.merkle`), checks that these untouched proofs hold, then forges
// one thing — the proof, the checkpoint or the log's history — and passes only if
// `@plan-ledger/verifier` refuses it with the refusal code the case names, saying what it names.
// A history rewritten or cut is rebuilt as its operator would rebuild it: into a fresh store of the
// same kind, which builds its own tree as it imports the sealed events.
import { type EventStore, InMemoryEventStore } from "@plan-ledger/core"
import { CheckpointSigning, MerkleProofs, NoteKey, ProofFiles, type RecordedEvent, type SealedImport } from "@plan-ledger/eventstore"
import {
  accept,
  type Checkpoint,
  detectSplitView,
  formatProofFile,
  formatSignedNote,
  formatVerifierKey,
  fromHex,
  type NoteSignature,
  parseProofFile,
  parseSignedNote,
  type ProofEntry,
  type RefusalCode,
  type Verdict,
  verifyCheckpoint,
  verifyConsistency,
  verifyProofFile
} from "@plan-ledger/verifier"
import { rechained } from "./Rechained.js"
import { appendSampleLedger, SAMPLE_LEDGER_EVENTS, TARGET } from "./SampleLedger.js"
import type { CaughtBy, TamperCase } from "./TamperCases.js"
import { jsonlTamperStores, postgresTamperStores, sqliteTamperStores } from "./TamperStores.js"

// A ledger's store that takes sealed events into an empty log, as every store here does.
type ImportingStore = EventStore & Pick<SealedImport.SealedImportTarget, "importSealed">

const ORIGIN = "ledger.example.org/council-plans"
const ANOTHER_ORIGIN = "ledger.example.org/another-log"

/** The leaf proven: the event at `TARGET`, whose global position is its index plus one. */
const PROVEN = TARGET - 1

/** The checkpoints' sizes: the whole sample ledger, and its first two batches (its last holds two events). */
const LATER = SAMPLE_LEDGER_EVENTS
const EARLIER = SAMPLE_LEDGER_EVENTS - 2

/** What the log published from a store, and what its operator can make of the store. */
interface PublishedLog {
  readonly store: ImportingStore
  readonly events: ReadonlyArray<RecordedEvent>
  readonly key: NoteKey.NoteKey
  /** The checkpoint of the tree of `size` leaves of `store` (the log's by default), signed by `key` for `origin`. */
  readonly checkpoint: (
    size: number,
    options?: { readonly store?: EventStore; readonly key?: NoteKey.NoteKey; readonly origin?: string }
  ) => Promise<string>
  /** The checkpoint of the whole log, as published. */
  readonly signed: string
  /** The proof file of the event at `TARGET`, made by the store against `signed`. */
  readonly proofFile: string
  /** The proof file of the event at `TARGET` against another checkpoint, made by the store. */
  readonly provenAgainst: (checkpoint: string) => Promise<string>
  /** A fresh store of the same kind holding `events`, sealed as they are: a history rebuilt. */
  readonly rebuilt: (events: ReadonlyArray<RecordedEvent>) => Promise<ImportingStore>
}

/** One forgery: what it presents to the verifier, and the refusal it must meet. */
interface ProofForgery {
  readonly name: string
  readonly code: RefusalCode
  /** Words the refusal's message must hold. */
  readonly says: string
  readonly present: (log: PublishedLog) => Promise<Verdict<unknown>>
}

const verifierKeyOf = (log: PublishedLog): string => formatVerifierKey(NoteKey.logVerifierKey(log.key))

// The three checks a reader of a published log makes.
const proofFileChecked = (log: PublishedLog, proofFile: string, checkpoint: string) =>
  verifyProofFile(proofFile, checkpoint, [verifierKeyOf(log)], [])

const bothSigned = async (log: PublishedLog, first: string, second: string): Promise<Verdict<readonly [Checkpoint, Checkpoint]>> => {
  const keys = [NoteKey.logVerifierKey(log.key)]
  const [one, other] = [await verifyCheckpoint(first, keys, []), await verifyCheckpoint(second, keys, [])]
  if (!one.ok) return one
  if (!other.ok) return other
  return accept([one.value.checkpoint, other.value.checkpoint] as const)
}

/** That the later checkpoint's tree extends the earlier's, by `proof` (RFC 9162 §2.1.4.2). */
const consistencyChecked = async (log: PublishedLog, earlier: string, later: string, proof: ReadonlyArray<Uint8Array>) => {
  const signed = await bothSigned(log, earlier, later)
  if (!signed.ok) return signed
  const [from, to] = signed.value
  return verifyConsistency(from.size, to.size, proof, from.rootHash, to.rootHash)
}

/** That two checkpoints of the log can both be true, as a witness or a gossiping reader checks. */
const splitViewChecked = async (log: PublishedLog, first: string, second: string, proof: ReadonlyArray<Uint8Array>) => {
  const signed = await bothSigned(log, first, second)
  return signed.ok ? detectSplitView(...signed.value, proof) : signed
}

const flipped = (bytes: Uint8Array): Uint8Array => bytes.map((byte, index) => (index === bytes.length - 1 ? byte ^ 1 : byte))

const orThrow = <A>(verdict: Verdict<A>): A => {
  if (!verdict.ok) throw new Error(verdict.refusal.message)
  return verdict.value
}

// The proof file with its one entry edited.
const withEntry = (proofFile: string, edit: (entry: ProofEntry) => ProofEntry): string => {
  const file = orThrow(parseProofFile(proofFile))
  return formatProofFile({ ...file, entries: file.entries.map(edit) })
}
const withPath = (proofFile: string, edit: (path: ReadonlyArray<Uint8Array>) => ReadonlyArray<Uint8Array>): string =>
  withEntry(proofFile, (entry) => ({ ...entry, proof: edit(entry.proof) }))

// The signed note with its one signature edited.
const withSignature = (signed: string, edit: (signature: NoteSignature) => NoteSignature): string => {
  const note = orThrow(parseSignedNote(signed))
  return formatSignedNote({ ...note, signatures: note.signatures.map(edit) })
}

// The chain hash of the leaf at `index`, as a proof file's entry names it.
const chainHashAt = (events: ReadonlyArray<RecordedEvent>, index: number): string => {
  const event = events[index]
  if (event === undefined) throw new Error(`the sample ledger has no leaf ${index}`)
  return event.hash
}

// The log's history with the population counted at `TARGET` changed and every hash recomputed,
// rebuilt into a fresh store, whose import checks that the chain it is given is whole: a log the
// same key signs, whose own proofs hold.
const rewritten = (log: PublishedLog): Promise<ImportingStore> =>
  log.rebuilt(
    rechained(
      log.events.map((event) => {
        const data = event.data as { readonly count: number }
        return event.globalPosition === TARGET ? { ...event, data: { ...data, count: data.count + 1 } } : event
      })
    )
  )

const FORGERIES: ReadonlyArray<ProofForgery> = [
  {
    name: "forged proof: a hash of the audit path changed",
    code: "root-mismatch",
    says: `entry 0 (leaf ${PROVEN}): the inclusion proof of leaf ${PROVEN} does not lead to the root of the tree of ${LATER} leaves`,
    present: (log) =>
      proofFileChecked(
        log,
        withPath(log.proofFile, (path) => path.map((hash, at) => (at === 1 ? flipped(hash) : hash))),
        log.signed
      )
  },
  {
    name: "truncated proof: a hash removed",
    code: "wrong-length",
    says: "it was truncated or padded",
    present: (log) =>
      proofFileChecked(
        log,
        withPath(log.proofFile, (path) => path.slice(0, -1)),
        log.signed
      )
  },
  {
    name: "extended proof: a hash added",
    code: "wrong-length",
    says: "it was truncated or padded",
    present: (log) =>
      proofFileChecked(
        log,
        withPath(log.proofFile, (path) => [...path, ...path.slice(-1)]),
        log.signed
      )
  },
  {
    // The proof of the same leaf in the tree of one leaf fewer, which has as many hashes.
    name: "wrong tree size: the proof of the tree one leaf smaller presented against the checkpoint",
    code: "root-mismatch",
    says: `the inclusion proof of leaf ${PROVEN} does not lead to the root of the tree of ${LATER} leaves`,
    present: async (log) => {
      const smaller = await MerkleProofs.inclusionProof(log.store.merkle, PROVEN, LATER - 1)
      return proofFileChecked(
        log,
        withPath(log.proofFile, () => smaller),
        log.signed
      )
    }
  },
  {
    name: "wrong leaf index: the event and its proof claimed for the next leaf",
    code: "root-mismatch",
    says: `entry 0 (leaf ${PROVEN + 1}): the inclusion proof of leaf ${PROVEN + 1} does not lead to the root`,
    present: (log) =>
      proofFileChecked(
        log,
        withEntry(log.proofFile, (entry) => ({ ...entry, index: PROVEN + 1 })),
        log.signed
      )
  },
  {
    name: "swapped leaves: the proof of one leaf presented for the next, with that leaf's event",
    code: "root-mismatch",
    says: `entry 0 (leaf ${PROVEN + 1}): the inclusion proof of leaf ${PROVEN + 1} does not lead to the root`,
    present: (log) =>
      proofFileChecked(
        log,
        withEntry(log.proofFile, (entry) => ({
          index: PROVEN + 1,
          chainHash: fromHex(chainHashAt(log.events, PROVEN + 1)) as Uint8Array,
          proof: entry.proof
        })),
        log.signed
      )
  },
  {
    name: "checkpoint for another origin, signed by the log's key",
    code: "other-origin",
    says: `the checkpoint is of the log "${ANOTHER_ORIGIN}", not of "${ORIGIN}" whose key signed it`,
    present: async (log) => {
      const other = await log.checkpoint(LATER, { origin: ANOTHER_ORIGIN })
      return proofFileChecked(log, await log.provenAgainst(other), other)
    }
  },
  {
    name: "bad signature: one byte of the checkpoint's signature changed",
    code: "bad-signature",
    says: `the signature by ${ORIGIN} does not verify`,
    present: async (log) => {
      const forged = withSignature(log.signed, (signature) => ({ ...signature, signature: flipped(signature.signature) }))
      return proofFileChecked(log, await log.provenAgainst(forged), forged)
    }
  },
  {
    name: "bad signature: the checkpoint signed by another key of the log's name",
    code: "unknown-signer",
    says: `the checkpoint of "${ORIGIN}" carries no signature by a log key given`,
    present: async (log) => {
      const forged = await log.checkpoint(LATER, { key: await NoteKey.generate(ORIGIN) })
      return proofFileChecked(log, await log.provenAgainst(forged), forged)
    }
  },
  {
    name: "bad signature: the checkpoint signed by another key, labelled with the log's key id",
    code: "bad-signature",
    says: `the signature by ${ORIGIN} does not verify`,
    present: async (log) => {
      const other = await log.checkpoint(LATER, { key: await NoteKey.generate(ORIGIN) })
      const forged = withSignature(other, (signature) => ({ ...signature, keyId: log.key.keyId }))
      return proofFileChecked(log, await log.provenAgainst(forged), forged)
    }
  },
  {
    name: "history rewritten: the later checkpoint signed over a rewritten log, with that log's consistency proof",
    code: "root-mismatch",
    says: `the consistency proof does not lead from the root of the tree of ${EARLIER} leaves to the root of the tree of ${LATER}`,
    present: async (log) => {
      const history = await rewritten(log)
      return consistencyChecked(
        log,
        await log.checkpoint(EARLIER),
        await log.checkpoint(LATER, { store: history }),
        await MerkleProofs.consistencyProof(history.merkle, EARLIER, LATER)
      )
    }
  },
  {
    name: "tail cut: the later checkpoint signed over the log's first two batches alone",
    code: "out-of-range",
    says: `a tree of ${LATER} leaves cannot be the start of one of ${EARLIER}`,
    present: async (log) => {
      const cut = await log.rebuilt(log.events.slice(0, EARLIER))
      return consistencyChecked(
        log,
        log.signed,
        await log.checkpoint(EARLIER, { store: cut }),
        await MerkleProofs.consistencyProof(cut.merkle, EARLIER, EARLIER)
      )
    }
  },
  {
    name: "split view: two checkpoints of the whole log with different roots",
    code: "split-view",
    says: `split view: two checkpoints of "${ORIGIN}" at size ${LATER} state different roots`,
    present: async (log) => splitViewChecked(log, log.signed, await log.checkpoint(LATER, { store: await rewritten(log) }), [])
  },
  {
    name: "split view: the rewritten log's earlier checkpoint beside the published later one, with the log's consistency proof",
    code: "split-view",
    says: `split view: the checkpoints of "${ORIGIN}" at sizes ${EARLIER} and ${LATER} are not shown consistent`,
    present: async (log) =>
      splitViewChecked(
        log,
        await log.checkpoint(EARLIER, { store: await rewritten(log) }),
        log.signed,
        await MerkleProofs.consistencyProof(log.store.merkle, EARLIER, LATER)
      )
  }
]

const collected = async (store: EventStore): Promise<ReadonlyArray<RecordedEvent>> => {
  const events: Array<RecordedEvent> = []
  for await (const event of store.readAll()) events.push(event)
  return events
}

// Publishes the sample ledger of `store`: its key, its checkpoint and a proof file from its tree.
const publish = async (store: ImportingStore, fresh: () => Promise<ImportingStore>): Promise<PublishedLog> => {
  const key = await NoteKey.generate(ORIGIN)
  const events = await collected(store)
  const checkpoint: PublishedLog["checkpoint"] = async (size, options = {}) =>
    CheckpointSigning.sign(
      {
        origin: options.origin ?? ORIGIN,
        size,
        rootHash: await MerkleProofs.treeHead((options.store ?? store).merkle, size),
        extensions: []
      },
      options.key ?? key
    )
  const provenAgainst = (signed: string) =>
    ProofFiles.make(store.merkle, signed, [{ index: PROVEN, chainHash: chainHashAt(events, PROVEN) }])
  const signed = await checkpoint(LATER)
  const rebuilt = async (history: ReadonlyArray<RecordedEvent>) => {
    const target = await fresh()
    await target.importSealed(
      (async function* () {
        yield* history
      })()
    )
    return target
  }
  return { store, events, key, checkpoint, signed, proofFile: await provenAgainst(signed), provenAgainst, rebuilt }
}

// The untouched proofs must hold, or a refusal would prove nothing about the forgery.
const untouchedHold = async (log: PublishedLog): Promise<void> => {
  const held = [
    await proofFileChecked(log, log.proofFile, log.signed),
    await consistencyChecked(
      log,
      await log.checkpoint(EARLIER),
      log.signed,
      await MerkleProofs.consistencyProof(log.store.merkle, EARLIER, LATER)
    )
  ]
  for (const verdict of held) if (!verdict.ok) throw new Error(`the store's own proofs were refused: ${verdict.refusal.message}`)
}

const outcomeOf = (forgery: ProofForgery, verdict: Verdict<unknown>): { readonly caughtBy: CaughtBy; readonly detail: string } => {
  if (verdict.ok) return { caughtBy: "missed", detail: "the verifier accepted it" }
  const { code, message } = verdict.refusal
  if (code !== forgery.code) return { caughtBy: "missed", detail: `refused as ${code}, not ${forgery.code}: ${message}` }
  if (!message.includes(forgery.says))
    return { caughtBy: "missed", detail: `refused as ${code} without saying "${forgery.says}": ${message}` }
  return { caughtBy: "proof", detail: `${code}: ${message}` }
}

const runProofCase = async (open: () => Promise<ImportingStore>, forgery: ProofForgery) => {
  const opened: Array<ImportingStore> = []
  const fresh = async () => {
    const store = await open()
    opened.push(store)
    return store
  }
  try {
    const store = await fresh()
    await appendSampleLedger(store)
    const log = await publish(store, fresh)
    await untouchedHold(log)
    return outcomeOf(forgery, await forgery.present(log))
  } finally {
    for (const store of opened) await store.close()
  }
}

/**
 * Every proof case of every store, as `tamperCases` gives the log's: files go under `directory`;
 * PostgreSQL cases are included when a server URL is given.
 */
export const proofTamperCases = (directory: string, postgresUrl: string | undefined): ReadonlyArray<TamperCase> => {
  const stores: ReadonlyArray<readonly [string, () => Promise<ImportingStore>]> = [
    ["memory", async () => InMemoryEventStore.make()],
    ["sqlite", sqliteTamperStores(directory, "tamper-proof").open],
    ["jsonl", jsonlTamperStores(directory, "tamper-proof").open],
    ...(postgresUrl === undefined ? [] : [["postgres", postgresTamperStores(postgresUrl).open] as const])
  ]
  return stores.flatMap(([store, open]) =>
    FORGERIES.map((forgery): TamperCase => ({
      store,
      name: `proof: ${forgery.name}`,
      expected: "proof",
      run: () => runProofCase(open, forgery)
    }))
  )
}
