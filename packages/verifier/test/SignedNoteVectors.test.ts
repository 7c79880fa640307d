import { describe, expect, it } from "vitest"
import {
  COSIGNATURE,
  decodeCosignature,
  ED25519,
  fromBase64,
  parseSignedNote,
  parseVerifierKey,
  toHex,
  type VerifierKey,
  verifyNoteSignatures
} from "@plan-ledger/verifier"
import vectors from "./vectors/signed-notes.json" with { type: "json" }

const key = async (text: string): Promise<VerifierKey> => {
  const verdict = await parseVerifierKey(text)
  if (!verdict.ok) throw new Error(verdict.refusal.message)
  return verdict.value
}

const signersOf = async (note: string, keys: ReadonlyArray<VerifierKey>): Promise<ReadonlyArray<string>> => {
  const parsed = parseSignedNote(note)
  if (!parsed.ok) throw new Error(parsed.refusal.message)
  const verdict = await verifyNoteSignatures(parsed.value, keys)
  if (!verdict.ok) throw new Error(verdict.refusal.message)
  return verdict.value.map((signature) => signature.key.name)
}

describe("verifier keys, against golang.org/x/mod/sumdb/note and C2SP", () => {
  it("read the published keys, with the key ids their names and keys give", async () => {
    const peter = await key(vectors.sumdbNote.verifierKey)
    expect({ name: peter.name, keyId: toHex(peter.keyId), type: peter.type }).toEqual({
      name: "PeterNeumann",
      keyId: "c74f20a3",
      type: ED25519
    })
    expect((await key(vectors.sumdbNote.otherVerifierKey)).name).toBe("EnochRoot")
    expect((await key(vectors.c2spSignedNote.verifierKey)).name).toBe("example.com/foo")
  })

  it("read a witness's cosignature key, whose key id is computed with type 0x04", async () => {
    const witness = await key(vectors.cosignature.witnessVerifierKey)
    expect({ name: witness.name, keyId: toHex(witness.keyId), type: witness.type }).toEqual({
      name: "remora.n621.de",
      keyId: "da77ade7",
      type: COSIGNATURE
    })
  })

  it("refuse the mangled keys the Go tests refuse, and any one-character change", async () => {
    for (const bad of vectors.sumdbNote.badVerifierKeys) expect((await parseVerifierKey(bad)).ok, bad).toBe(false)
    const text = vectors.sumdbNote.verifierKey
    for (let index = 0; index < text.length; index++) {
      const changed = text.slice(0, index) + String.fromCharCode(text.charCodeAt(index) + 1) + text.slice(index + 1)
      expect((await parseVerifierKey(changed)).ok, changed).toBe(false)
    }
  })
})

describe("signed notes, against golang.org/x/mod/sumdb/note and C2SP", () => {
  it("verify the published notes by the keys that signed them", async () => {
    const peter = await key(vectors.sumdbNote.verifierKey)
    const enoch = await key(vectors.sumdbNote.otherVerifierKey)
    expect(await signersOf(vectors.sumdbNote.signedNote, [peter])).toEqual(["PeterNeumann"])
    expect(await signersOf(vectors.sumdbNote.doublySignedNote, [peter, enoch])).toEqual(["PeterNeumann", "EnochRoot"])
    expect(await signersOf(vectors.sumdbNote.doublySignedNote, [enoch])).toEqual(["EnochRoot"])
    expect(await signersOf(vectors.c2spSignedNote.signedNote, [await key(vectors.c2spSignedNote.verifierKey)])).toEqual(["example.com/foo"])
  })

  it("read the note's text up to the blank line", () => {
    expect(parseSignedNote(vectors.sumdbNote.signedNote)).toMatchObject({ ok: true, value: { text: vectors.sumdbNote.text } })
  })

  it("refuse an altered text with a bad signature, and ignore signatures by keys not given", async () => {
    const peter = await key(vectors.sumdbNote.verifierKey)
    const altered = parseSignedNote(vectors.sumdbNote.signedNote.replace("answer", "Answer"))
    if (!altered.ok) throw new Error(altered.refusal.message)
    expect(await verifyNoteSignatures(altered.value, [peter])).toMatchObject({ ok: false, refusal: { code: "bad-signature" } })
    expect(await signersOf(vectors.sumdbNote.signedNote, [await key(vectors.sumdbNote.otherVerifierKey)])).toEqual([])
  })

  it("refuse the malformed notes of the Go tests", () => {
    const { text } = vectors.sumdbNote
    const signature = vectors.sumdbNote.signedNote.slice(text.length + 1)
    for (const bad of [
      text,
      `${text}\n`,
      `${text}\n${signature.slice(0, -1)}`,
      `\u0001${text}\n${signature}`,
      `${text}\n\u2014 Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=`,
      `${text}\n${signature}Unexpected line.\n`,
      `${text}\n${signature.repeat(101)}`
    ]) {
      expect(parseSignedNote(bad), JSON.stringify(bad)).toMatchObject({ ok: false, refusal: { code: "malformed" } })
    }
  })
})

describe("cosignatures, against transparency-dev/formats", () => {
  it("read the timestamp of a published cosignature", () => {
    const bytes = fromBase64(vectors.cosignature.signature) as Uint8Array
    expect(decodeCosignature(bytes.slice(4))).toMatchObject({ ok: true, value: { timestamp: BigInt(vectors.cosignature.timestamp) } })
  })
})
