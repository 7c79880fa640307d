import { formatProofFile, fromHex, parseCheckpointBody, parseSignedNote } from "@plan-ledger/verifier"
import type { MerkleNodes } from "./MerkleNodes.js"
import * as MerkleProofs from "./MerkleProofs.js"

/**
 * An event to prove: its index in the log (its global position less one) and its chain hash.
 *
 * @category models
 * @since 0.4.0
 */
export interface ProvenEvent {
  readonly index: number
  readonly chainHash: string
}

/**
 * The proof file (`@plan-ledger/verifier`'s format, version 1) that the given events are in the
 * log's tree at the size of `signedCheckpoint`; with `consistencyTo`, it also carries the
 * consistency proof from that size to the larger tree of `consistencyTo` leaves, so a verifier who
 * holds a newer checkpoint can check the file against it.
 *
 * @category proofs
 * @since 0.4.0
 */
export const make = async (
  nodes: MerkleNodes,
  signedCheckpoint: string,
  events: ReadonlyArray<ProvenEvent>,
  consistencyTo?: number
): Promise<string> => {
  const note = parseSignedNote(signedCheckpoint)
  const body = note.ok ? parseCheckpointBody(note.value.text) : note
  if (!body.ok) throw new RangeError(body.refusal.message)
  const { size } = body.value
  const entries = await Promise.all(
    events.map(async (event) => {
      const chainHash = fromHex(event.chainHash)
      if (chainHash?.length !== 32) throw new RangeError(`"${event.chainHash}" is not the 64-hex-digit hash of an event`)
      return { index: event.index, chainHash, proof: await MerkleProofs.inclusionProof(nodes, event.index, size) }
    })
  )
  const consistency = consistencyTo === undefined ? undefined : await MerkleProofs.consistencyProof(nodes, size, consistencyTo)
  return formatProofFile({ checkpoint: signedCheckpoint, entries, consistency })
}
