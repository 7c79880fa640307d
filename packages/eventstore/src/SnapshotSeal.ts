import { createHash } from "node:crypto"
import type { Snapshot } from "./SnapshotStore.js"

// Names the formula, so a seal made by another formula is never taken for a mismatch of this one.
const SEAL_FORMAT = "plan-ledger snapshot seal 1"

const digestOf = (globalPosition: number, hash: string, projectionVersion: number, state: string): string =>
  createHash("sha256").update(`${SEAL_FORMAT}\n${globalPosition}\n${hash}\n${projectionVersion}\n`).update(state).digest("hex")

/**
 * A snapshot's state sealed with a SHA-256 of its own bytes bound to the chain position and chain
 * hash it claims to be folded up to and the projection version that folded it: the seal's hex
 * digest on the first line, then the state. Editing any byte of the state, or moving the snapshot
 * to another position or hash, breaks the seal. The seal is kept in the state's own text, so every
 * store keeps it with no change to its tables or files.
 *
 * @category snapshots
 * @since 0.4.0
 */
export const sealed = (claims: Omit<Snapshot, "state">, state: string): Snapshot => ({
  ...claims,
  state: `${digestOf(claims.globalPosition, claims.hash, claims.projectionVersion, state)}\n${state}`
})

/**
 * A kept snapshot's state once its seal is proven, or why it cannot be: a record of the wrong
 * shape (a column of the wrong type), a state without a seal, or a seal that does not match.
 *
 * @category snapshots
 * @since 0.4.0
 */
export const unsealed = (
  snapshot: unknown
): { readonly ok: true; readonly state: string } | { readonly ok: false; readonly reason: string } => {
  if (typeof snapshot !== "object" || snapshot === null) return { ok: false, reason: "it is not a snapshot record" }
  const { globalPosition, hash, projectionVersion, state } = snapshot as Record<string, unknown>
  if (!Number.isSafeInteger(globalPosition) || (globalPosition as number) < 1)
    return { ok: false, reason: `its global position ${JSON.stringify(globalPosition) ?? "undefined"} is not a position in the log` }
  if (typeof hash !== "string" || !/^[0-9a-f]{64}$/.test(hash)) return { ok: false, reason: "its chain hash is not a SHA-256 hash" }
  if (!Number.isSafeInteger(projectionVersion)) return { ok: false, reason: "its projection version is not a whole number" }
  if (typeof state !== "string") return { ok: false, reason: "its state is not text" }
  const newline = state.indexOf("\n")
  const seal = newline < 0 ? "" : state.slice(0, newline)
  if (!/^[0-9a-f]{64}$/.test(seal))
    return { ok: false, reason: "it carries no seal (it was written by an earlier plan-ledger, or by hand)" }
  const body = state.slice(newline + 1)
  if (digestOf(globalPosition as number, hash, projectionVersion as number, body) !== seal)
    return { ok: false, reason: "its seal does not match its content: it was changed after rebuild wrote it" }
  return { ok: true, state: body }
}
