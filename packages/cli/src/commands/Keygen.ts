import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { NoteKey } from "@plan-ledger/eventstore"
import { formatVerifierKey, isKeyName } from "@plan-ledger/verifier"
import { fileUnavailable } from "../CliErrors.js"
import { ExitCode } from "../ExitCode.js"
import type { Io } from "../Io.js"
import { keyFileStem } from "../KeyFiles.js"
import type { CommandInput } from "../Spec.js"
import { UsageError } from "../UsageError.js"

/**
 * `plan-ledger keygen --origin <name> --out <dir> [--witness]`: a new Ed25519 key named after the
 * origin, written as `<dir>/<name>.key` (the private key, mode 0600) and `<dir>/<name>.vkey` (its
 * verifier key line: the log's, or with `--witness` the cosigner's), where `<name>` is the origin
 * with every character but a letter, digit, `.`, `_` or `-` written as `_`. Never replaces a file.
 *
 * @category commands
 * @since 0.5.0
 */
export const keygen = async ({ values }: CommandInput<"keygen">, io: Io): Promise<ExitCode> => {
  if (!isKeyName(values.origin))
    throw new UsageError({
      command: "keygen",
      detail: `--origin "${values.origin}" cannot name a key: write a name with no space and no "+", such as ledger.example.org/council-plans`
    })
  const directory = resolve(io.cwd, values.out)
  const stem = keyFileStem(values.origin)
  const keyFile = join(directory, `${stem}.key`)
  const verifierKeyFile = join(directory, `${stem}.vkey`)
  for (const file of [keyFile, verifierKeyFile])
    if (existsSync(file))
      throw new UsageError({ command: "keygen", detail: `${file} already exists: a key is never replaced; name another --out directory` })
  const key = await NoteKey.generate(values.origin)
  const verifierKey = formatVerifierKey(values.witness === true ? await NoteKey.witnessVerifierKey(key) : NoteKey.logVerifierKey(key))
  try {
    mkdirSync(directory, { recursive: true })
    writeFileSync(keyFile, `${NoteKey.format(key)}\n`, { mode: 0o600, flag: "wx" })
  } catch (error) {
    throw fileUnavailable(values.out, "write the private key to", error)
  }
  try {
    writeFileSync(verifierKeyFile, `${verifierKey}\n`, { flag: "wx" })
  } catch (error) {
    rmSync(keyFile, { force: true })
    throw fileUnavailable(values.out, "write the verifier key to", error)
  }
  io.stderr(`wrote ${keyFile} (the private key: keep it secret)\nwrote ${verifierKeyFile} (the verifier key: publish it)\n`)
  io.stdout(`${verifierKey}\n`)
  return ExitCode.ok
}
