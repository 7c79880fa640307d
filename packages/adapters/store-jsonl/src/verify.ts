import { ChainVerifier, type EventStore, type NewEvent, type RecordedEvent, StoredRecord, StoreGuards } from "@plan-ledger/eventstore"
import { examineLedgerFile } from "./LedgerCondition.js"
import { closesAsStored, lineOf, parse } from "./LedgerLine.js"
import { readLines } from "./LineReader.js"
import type { JsonlLedger } from "./open.js"

/**
 * `verify` of the JSON-lines store: the kernel's chain walk over every line, each compared byte for
 * byte with the line the store writes for the event it decodes to; a torn tail is reported after it.
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
    const { tornTail } = await examineLedgerFile(path)
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
    const report = await ChainVerifier.verifyStore(ledger.schema, storeName, records(), options.onProgress)
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
