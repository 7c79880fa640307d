import { formatSignedNote, formatVerifierKey, parseVerifierKey, utf8, verifyCheckpoint } from "@plan-ledger/verifier"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import * as CheckpointSigning from "./CheckpointSigning.js"
import * as NoteKey from "./NoteKey.js"
import { emptyRoot, leafHash } from "./TreeHasher.js"

// The signing key, verifier key and signed note of golang.org/x/mod/sumdb/note (note.go's package
// documentation and note_test.go): Ed25519 signatures are deterministic, so the same key must sign
// the same text to the same bytes.
const GO_PRIVATE_KEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
const GO_VERIFIER_KEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
const GO_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
const GO_SIGNED_NOTE = `${GO_TEXT}\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`

const ORIGIN = "ledger.example.org/council-plans"
const checkpointOf = (size: number) => ({ origin: ORIGIN, size, rootHash: leafHash(utf8(`root ${size}`)), extensions: [] })

const parsed = async (text: string): Promise<NoteKey.NoteKey> => Result.getOrThrow(await NoteKey.parse(text))

describe("note keys, against golang.org/x/mod/sumdb/note", () => {
  it("read Go's private key, give its verifier key and sign its note to the same bytes", async () => {
    const key = await parsed(GO_PRIVATE_KEY)
    expect(NoteKey.format(key)).toBe(GO_PRIVATE_KEY)
    expect(formatVerifierKey(NoteKey.logVerifierKey(key))).toBe(GO_VERIFIER_KEY)
    const signature = NoteKey.signBytes(key, utf8(GO_TEXT))
    expect(formatSignedNote({ text: GO_TEXT, signatures: [{ name: key.name, keyId: key.keyId, signature }] })).toBe(GO_SIGNED_NOTE)
  })

  it("refuse a private key with any one character changed, or any part missing", async () => {
    for (let index = 0; index < GO_PRIVATE_KEY.length; index++) {
      const changed =
        GO_PRIVATE_KEY.slice(0, index) + String.fromCharCode(GO_PRIVATE_KEY.charCodeAt(index) + 1) + GO_PRIVATE_KEY.slice(index + 1)
      expect(Result.isFailure(await NoteKey.parse(changed)), changed).toBe(true)
    }
    const parts = GO_PRIVATE_KEY.split("+")
    for (let dropped = 0; dropped < parts.length; dropped++) {
      expect(Result.isFailure(await NoteKey.parse(parts.filter((_, index) => index !== dropped).join("+")))).toBe(true)
    }
  })

  it("generate keys that round-trip through their text and whose verifier keys parse", async () => {
    const key = await NoteKey.generate(ORIGIN)
    expect(NoteKey.format(await parsed(NoteKey.format(key)))).toBe(NoteKey.format(key))
    expect(await parseVerifierKey(formatVerifierKey(NoteKey.logVerifierKey(key)))).toMatchObject({ ok: true, value: { name: ORIGIN } })
    expect(await parseVerifierKey(formatVerifierKey(await NoteKey.witnessVerifierKey(key)))).toMatchObject({
      ok: true,
      value: { type: 0x04 }
    })
  })
})

describe("signed and cosigned checkpoints", () => {
  const keys = async () => {
    const log = await NoteKey.generate(ORIGIN)
    const witness = await NoteKey.generate("witness.example.net/w1")
    return { log, witness, logKeys: [NoteKey.logVerifierKey(log)], witnessKeys: [await NoteKey.witnessVerifierKey(witness)] }
  }

  it("verify with the log's key and the witness's, with the cosignature's time", async () => {
    const { log, witness, logKeys, witnessKeys } = await keys()
    const signed = CheckpointSigning.sign(checkpointOf(42), log)
    const cosigned = await CheckpointSigning.cosign(signed, witness, 1_790_000_000n)
    const verdict = await verifyCheckpoint(cosigned, logKeys, witnessKeys)
    expect(verdict).toMatchObject({
      ok: true,
      value: { checkpoint: { origin: ORIGIN, size: 42 }, cosignedBy: [{ timestamp: 1_790_000_000n }] }
    })
    expect(await verifyCheckpoint(signed, logKeys, [])).toMatchObject({ ok: true })
  })

  it("sign the empty tree", async () => {
    const { log, logKeys } = await keys()
    const signed = CheckpointSigning.sign({ origin: ORIGIN, size: 0, rootHash: emptyRoot(), extensions: [] }, log)
    expect(signed.split("\n").slice(0, 3)).toEqual([ORIGIN, "0", "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="])
    expect(await verifyCheckpoint(signed, logKeys, [])).toMatchObject({ ok: true })
  })

  it("need every witness given, or as many as the quorum says", async () => {
    const { log, witness, logKeys, witnessKeys } = await keys()
    const absent = await NoteKey.generate("witness.example.net/w2")
    const both = [...witnessKeys, await NoteKey.witnessVerifierKey(absent)]
    const cosigned = await CheckpointSigning.cosign(CheckpointSigning.sign(checkpointOf(42), log), witness, 1_790_000_000n)
    expect(await verifyCheckpoint(cosigned, logKeys, both)).toMatchObject({
      ok: false,
      refusal: { code: "missing-cosignature", message: "the witness witness.example.net/w2 did not cosign the checkpoint" }
    })
    expect(await verifyCheckpoint(cosigned, logKeys, both, { witnessQuorum: 1 })).toMatchObject({ ok: true })
    expect(await verifyCheckpoint(CheckpointSigning.sign(checkpointOf(42), log), logKeys, both, { witnessQuorum: 1 })).toMatchObject({
      ok: false,
      refusal: {
        message: "0 of the witnesses cosigned the checkpoint, 1 is required (witness.example.net/w1, witness.example.net/w2 did not)"
      }
    })
  })

  it("are refused when altered, unsigned by the log, uncosigned, or signed for another origin", async () => {
    const { log, witness, logKeys, witnessKeys } = await keys()
    const signed = CheckpointSigning.sign(checkpointOf(42), log)
    const cosigned = await CheckpointSigning.cosign(signed, witness, 1_790_000_000n)
    const refusal = async (text: string, logs = logKeys, witnesses = witnessKeys) => {
      const verdict = await verifyCheckpoint(text, logs, witnesses)
      return verdict.ok ? undefined : verdict.refusal.code
    }
    expect(await refusal(cosigned.replace("\n42\n", "\n43\n"))).toBe("bad-signature")
    expect(await refusal(cosigned, [NoteKey.logVerifierKey(await NoteKey.generate(ORIGIN))])).toBe("unknown-signer")
    expect(await refusal(signed)).toBe("missing-cosignature")
    const otherLog = await NoteKey.generate("ledger.example.org/another-log")
    expect(await refusal(CheckpointSigning.sign(checkpointOf(42), otherLog), [NoteKey.logVerifierKey(otherLog)], [])).toBe("other-origin")
  })
})
