import { existsSync } from "node:fs"
import { resolve } from "node:path"
import { NoteKey } from "@plan-ledger/eventstore"
import { ED25519, parseVerifierKey, type VerifierKey } from "@plan-ledger/verifier"
import { Result } from "effect"
import { readInputFile } from "./InputFile.js"
import type { Io } from "./Io.js"
import { UsageError } from "./UsageError.js"

/**
 * The private key in the file an option names (as `keygen` writes it), or a usage error naming
 * the option and the file.
 *
 * @category input
 * @since 0.5.0
 */
export const readPrivateKey = async (io: Io, command: string, option: string, file: string): Promise<NoteKey.NoteKey> => {
  const parsed = await NoteKey.parse(readInputFile(io, option, file))
  if (Result.isFailure(parsed))
    throw new UsageError({
      command,
      detail: `${option} ${file} is ${parsed.failure.message}: give the .key file plan-ledger keygen wrote`
    })
  return parsed.success
}

/**
 * The verifier key an option gives: the key line itself, or a file that holds one (as `keygen`
 * writes it), checked, and of the role asked for — a log's (signature type 0x01) or a witness's
 * (0x04) —; a usage error naming the option otherwise.
 *
 * @category input
 * @since 0.5.0
 */
export const readVerifierKey = async (
  io: Io,
  command: string,
  option: string,
  value: string,
  role: "log" | "witness"
): Promise<VerifierKey> => {
  const isFile = existsSync(resolve(io.cwd, value))
  const parsed = await parseVerifierKey((isFile ? readInputFile(io, option, value) : value).trim())
  const fix = role === "log" ? "give the .vkey file plan-ledger keygen wrote" : "give the .vkey file plan-ledger keygen --witness wrote"
  if (!parsed.ok)
    throw new UsageError({
      command,
      detail: `${option} ${value}: ${isFile ? "the file holds no verifier key: " : ""}${parsed.refusal.message}; ${fix}, or its line`
    })
  if ((parsed.value.type === ED25519) !== (role === "log"))
    throw new UsageError({
      command,
      detail: `${option} ${value} is the verifier key of a ${role === "log" ? "witness" : "log"}, not of a ${role}; ${fix}`
    })
  return parsed.value
}

/**
 * The name of a key's files, without extension: the key's name with every character but a letter,
 * digit, `.`, `_` or `-` written as `_` (`ledger.example.org/council-plans` →
 * `ledger.example.org_council-plans`).
 *
 * @category input
 * @since 0.5.0
 */
export const keyFileStem = (name: string): string => name.replace(/[^A-Za-z0-9._-]/gu, "_")
