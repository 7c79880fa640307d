import { escapeHtml } from "./HtmlText.js"

/**
 * What a report published with its proof carries so a reader can check it: the ledger's signed
 * checkpoint and verifier key, as text, and the names of the files published beside the report.
 *
 * @category models
 * @since 0.5.0
 */
export interface ReportPublication {
  readonly checkpoint: string
  readonly verifierKey: string
  readonly checkpointFile: string
  readonly proofFile: string
  readonly verifierKeyFile: string
}

/**
 * The section that says how to check a published report: the checkpoint it was published with, the
 * log's verifier key, and the command that checks the plan's proof against them.
 *
 * @category sections
 * @since 0.5.0
 */
export const checkingSection = (publication: ReportPublication): string => {
  const command = `plan-ledger verify-proof ${publication.proofFile} --checkpoint ${publication.checkpointFile} --key ${publication.verifierKeyFile}`
  return [
    `<p>This report was published with a signed checkpoint of the ledger — the number of its events and the root of the Merkle tree over them — and a proof that every event of the plan's history is among them. Compare the checkpoint and the verifier key below with the ones the council publishes elsewhere, then check the proof, with no copy of the ledger:</p>`,
    `<pre><code>${escapeHtml(command)}</code></pre>`,
    `<p>It prints <q>holds</q> when every event of the plan's history is in the log the checkpoint signed. The files are published beside this report; <code>@plan-ledger/verifier</code> checks the same in a browser.</p>`,
    `<h3>Checkpoint (${escapeHtml(publication.checkpointFile)})</h3>`,
    `<pre><code>${escapeHtml(publication.checkpoint)}</code></pre>`,
    `<h3>The ledger's verifier key (${escapeHtml(publication.verifierKeyFile)})</h3>`,
    `<pre><code>${escapeHtml(publication.verifierKey)}</code></pre>`
  ].join("\n")
}
