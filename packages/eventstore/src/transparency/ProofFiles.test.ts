import { hash } from "node:crypto"
import { formatVerifierKey, type RefusalCode, verifyProofFile } from "@plan-ledger/verifier"
import { describe, expect, it } from "vitest"
import * as CheckpointSigning from "./CheckpointSigning.js"
import * as InMemoryMerkleNodes from "./InMemoryMerkleNodes.js"
import * as MerkleProofs from "./MerkleProofs.js"
import * as NoteKey from "./NoteKey.js"
import * as ProofFiles from "./ProofFiles.js"
import { eventLeafHash } from "./TreeHasher.js"

const ORIGIN = "ledger.example.org/council-plans"
const chainHashOf = (index: number, history = "the log"): string => hash("sha256", `${history}: event ${index}`, "hex")

const logKey = await NoteKey.generate(ORIGIN)
const witnessKey = await NoteKey.generate("witness.example.net/w1")
const verifierKeys = [formatVerifierKey(NoteKey.logVerifierKey(logKey))]
const witnessKeys = [formatVerifierKey(await NoteKey.witnessVerifierKey(witnessKey))]

// The log, and a second history of it that the same key signs from event 5 on: a fork.
const treeOf = (history: string, forkAt = Infinity) => {
  const tree = InMemoryMerkleNodes.make()
  for (let index = 0; index < 30; index++) tree.append(eventLeafHash(chainHashOf(index, index < forkAt ? "the log" : history)))
  return tree
}
const log = treeOf("the log")
const fork = treeOf("a fork", 5)

const checkpointOf = async (tree: InMemoryMerkleNodes.InMemoryMerkleNodes, size: number) =>
  CheckpointSigning.sign({ origin: ORIGIN, size, rootHash: await MerkleProofs.treeHead(tree, size), extensions: [] }, logKey)
const cosigned = async (tree: InMemoryMerkleNodes.InMemoryMerkleNodes, size: number) =>
  CheckpointSigning.cosign(await checkpointOf(tree, size), witnessKey, 1_790_000_000n)

const events = [3, 17, 11].map((index) => ({ index, chainHash: chainHashOf(index) }))
const given = await cosigned(log, 20)
const file = await ProofFiles.make(log, await checkpointOf(log, 20), events)

const edited = (text: string, edit: (json: { entries: Array<Record<string, unknown>>; [key: string]: unknown }) => void): string => {
  const json = JSON.parse(text)
  edit(json)
  return JSON.stringify(json)
}

const refusalOf = async (
  proofText: string,
  checkpointText = given,
  witnesses = witnessKeys
): Promise<{ code: RefusalCode; message: string } | undefined> => {
  const verdict = await verifyProofFile(proofText, checkpointText, verifierKeys, witnesses)
  return verdict.ok ? undefined : verdict.refusal
}

describe("proof files", () => {
  it("prove events against the checkpoint they were made at, cosigned by the witness", async () => {
    const verdict = await verifyProofFile(file, given, verifierKeys, witnessKeys)
    expect(verdict).toMatchObject({ ok: true, value: { origin: ORIGIN, treeSize: 20, witnesses: ["witness.example.net/w1"] } })
    expect(verdict.ok && verdict.value.leaves.map((leaf) => leaf.index)).toEqual([3, 17, 11])
  })

  it("prove events made at an older checkpoint against a newer one, by the file's consistency proof", async () => {
    const older = await ProofFiles.make(log, await checkpointOf(log, 12), [{ index: 4, chainHash: chainHashOf(4) }], 20)
    expect(await verifyProofFile(older, given, verifierKeys, witnessKeys)).toMatchObject({ ok: true, value: { treeSize: 20 } })
  })

  it("prove an event given as its record, whose global position is its index plus one", async () => {
    const withRecord = edited(file, (json) => {
      json.entries[0] = { ...json.entries[0], chainHash: undefined, event: { globalPosition: 4, hash: chainHashOf(3), type: "Noted" } }
    })
    expect(await refusalOf(withRecord)).toBeUndefined()
    const misplaced = edited(withRecord, (json) => {
      json.entries[0] = { ...json.entries[0], event: { globalPosition: 5, hash: chainHashOf(3) } }
    })
    expect(await refusalOf(misplaced)).toMatchObject({
      code: "root-mismatch",
      message: expect.stringContaining("global position 5 cannot be leaf 3")
    })
  })

  it("are refused, each for its own reason", async () => {
    const otherKey = await NoteKey.generate("ledger.example.org/another-log")
    const cases: ReadonlyArray<readonly [string, Promise<string>, string, RefusalCode, string]> = [
      [
        "a forged proof",
        Promise.resolve(
          edited(
            file,
            (json) =>
              ((json.entries[1] as { proof: Array<string> }).proof[0] = (json.entries[0] as { proof: Array<string> }).proof[0] as string)
          )
        ),
        given,
        "root-mismatch",
        "entry 1 (leaf 17): the inclusion proof of leaf 17 does not lead to the root"
      ],
      [
        "a truncated proof",
        Promise.resolve(edited(file, (json) => (json.entries[2] as { proof: Array<string> }).proof.pop())),
        given,
        "wrong-length",
        "truncated or padded"
      ],
      [
        "a proof about a larger tree than the checkpoint",
        ProofFiles.make(log, await checkpointOf(log, 21), events),
        given,
        "out-of-range",
        "larger than the checkpoint given (20)"
      ],
      [
        "swapped leaves",
        Promise.resolve(
          edited(
            file,
            (json) => ([json.entries[0]!.chainHash, json.entries[1]!.chainHash] = [json.entries[1]!.chainHash, json.entries[0]!.chainHash])
          )
        ),
        given,
        "root-mismatch",
        "entry 0 (leaf 3)"
      ],
      [
        "a checkpoint of another log",
        Promise.resolve(file),
        CheckpointSigning.sign(
          { origin: "ledger.example.org/another-log", size: 20, rootHash: await MerkleProofs.treeHead(log, 20), extensions: [] },
          otherKey
        ),
        "unknown-signer",
        "no signature by a log key given"
      ],
      [
        "a checkpoint whose signature fails",
        Promise.resolve(file),
        given.replace("\n20\n", "\n21\n"),
        "bad-signature",
        `the signature by ${ORIGIN} does not verify`
      ],
      [
        "a checkpoint no witness cosigned",
        Promise.resolve(file),
        await checkpointOf(log, 20),
        "missing-cosignature",
        "witness.example.net/w1 did not cosign"
      ],
      [
        "a fork at the same size",
        ProofFiles.make(fork, await checkpointOf(fork, 20), [{ index: 3, chainHash: chainHashOf(3) }]),
        given,
        "split-view",
        "at size 20 state different roots"
      ],
      [
        "a fork at an older size",
        ProofFiles.make(fork, await checkpointOf(fork, 12), [{ index: 3, chainHash: chainHashOf(3) }], 20),
        given,
        "split-view",
        "at sizes 12 and 20 are not shown consistent"
      ],
      ["a file that is not JSON", Promise.resolve("{"), given, "malformed", "not JSON"],
      ["a file of another version", Promise.resolve(edited(file, (json) => (json["version"] = 2))), given, "malformed", "of version 2"]
    ]
    for (const [name, proofText, checkpointText, code, message] of cases) {
      expect(await refusalOf(await proofText, checkpointText), name).toEqual({ code, message: expect.stringContaining(message) })
    }
  })

  it("refuse a checkpoint for another origin signed by a key the verifier trusts", async () => {
    const otherKey = await NoteKey.generate("ledger.example.org/another-log")
    const otherCheckpoint = CheckpointSigning.sign(
      { origin: "ledger.example.org/another-log", size: 20, rootHash: await MerkleProofs.treeHead(log, 20), extensions: [] },
      otherKey
    )
    const verdict = await verifyProofFile(file, otherCheckpoint, [...verifierKeys, formatVerifierKey(NoteKey.logVerifierKey(otherKey))], [])
    expect(verdict).toMatchObject({
      ok: false,
      refusal: { code: "other-origin", message: expect.stringContaining(`about the log "${ORIGIN}"`) }
    })
  })
})
