import { ChainVerifier, type EventStore, type NewEvent, type RecordedEvent, StoredRecord, StoreGuards } from "@plan-ledger/eventstore"
import { catchUp } from "./AppendIndex.js"
import { examineLedgerFile } from "./LedgerCondition.js"
import { closesAsStored, lineOf, parse } from "./LedgerLine.js"
import { readLines } from "./LineReader.js"
import type { JsonlLedger } from "./open.js"

/**
 * `verify` of the JSON-lines store: the kernel's chain walk over every line, each compared byte for
 * byte with the line the store writes for the event it decodes to, and the tree the append index
 * keeps against the tree of the chain hashes walked; a torn tail is reported after it.
 *
 * @category verifying
 * @since 0.5.0
 */
export const verify =
  <New extends NewEvent, Recorded extends RecordedEvent>(ledger: JsonlLedger<New, Recorded>): EventStore<New, Recorded>["verify"] =>
  async (options = {}) => {
    StoreGuards.ensureOpen(ledger)
    const { path, storeName } = ledger
    // Every line is walked, those of a torn tail too: an append that never completed sealed its
    // whole lines as they are, so a closing line whose mark was changed (a whole batch made to look
    // cut short) breaks the chain. Only a torn tail's line cut short is not an event. A closing last
    // line without its newline is reported, as opening and repair report it.
    const { tornTail, wholeEvents: wholeEventsRead } = await examineLedgerFile(path)
    // The tree the index keeps over the file's whole batches, brought up to the file as it stands;
    // a torn tail is reported below rather than refused.
    await catchUp(path, ledger.index)
    async function* records(): AsyncIterable<StoredRecord.StoredRecord> {
      for await (const line of readLines(path)) {
        if (tornTail !== undefined && !line.complete) return
        const record = parse(line.text)
        yield {
          record: record ?? line.text,
          differenceFrom: (event) =>
            line.complete
              ? StoredRecord.textDifference(`line ${line.lineNumber}`, line.text, lineOf(event, closesAsStored(event, record)))
              : `line ${line.lineNumber} closes the file without the newline every line ends with (an editor may have removed it), so the store refuses to open the ledger`
        }
      }
    }
    const report = await ChainVerifier.verifyStore(
      ledger.schema,
      storeName,
      records(),
      ledger.index.tree,
      options.onProgress,
      tornTail === undefined ? undefined : wholeEventsRead
    )
    if (!report.ok || tornTail === undefined) return report
    const wholeEvents = report.eventsChecked - tornTail.events.length
    return {
      ok: false,
      eventsChecked: wholeEvents,
      damage: {
        kind: "torn-tail",
        globalPosition: wholeEvents + 1,
        message: `line ${tornTail.fromLine} onwards is a partly written batch; run plan-ledger repair --store jsonl:${path} to move it to a side file`
      }
    }
  }
