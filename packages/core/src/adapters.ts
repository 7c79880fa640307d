/**
 * `@plan-ledger/core/adapters`: for writing an importer or a renderer: the `Importer` and
 * `Renderer` contracts, located import problems and their summary, text output in chunks,
 * spreadsheet safety (`neutraliseFormula`), plan references, the readers of printed phrases
 * (amounts, dates, plan codes) and the rounding tolerances the renderers print by.
 *
 * @packageDocumentation
 */
export type * from "./port/Renderer.js"
export * from "./port/Importer.js"
export * from "./port/ImportProblemSummary.js"
export * from "./port/TextChunks.js"
export * from "./port/PlanReference.js"
export * from "./port/FormulaText.js"
export * as AmountPhrase from "./plan/content/phrase/AmountPhrase.js"
export * as DatePhrase from "./plan/content/phrase/DatePhrase.js"
export * as PlanCode from "./plan/content/phrase/PlanCode.js"
export * as PhraseScanner from "./plan/content/phrase/PhraseScanner.js"
export * as TextSpan from "./plan/content/phrase/TextSpan.js"
export * as BudgetLineSubject from "./plan/budget/BudgetLineSubject.js"
export * as Rounding from "./plan/views/Rounding.js"
