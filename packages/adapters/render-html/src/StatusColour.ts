import type { IndicatorScorecard } from "@plan-ledger/core"
import { match } from "ts-pattern"

/**
 * The colour and words of a scorecard status, shared by the scorecard table and the trend charts.
 * Each colour has at least 4.5:1 contrast against white; the words are always shown beside it, so
 * the colour is never the only sign.
 *
 * @category formatting
 * @since 0.1.0
 */
export const statusStyle = (status: IndicatorScorecard.ScorecardStatus): { readonly colour: string; readonly words: string } =>
  match(status)
    .with("met", () => ({ colour: "#1e6b34", words: "met" }))
    .with("near", () => ({ colour: "#8a4b00", words: "near the target" }))
    .with("not-met", () => ({ colour: "#a4262c", words: "not met" }))
    .with("no-data", () => ({ colour: "#595959", words: "no data" }))
    .with("no-target", () => ({ colour: "#595959", words: "no target" }))
    .exhaustive()

/**
 * The polarity of an indicator in words, with an arrow.
 *
 * @category formatting
 * @since 0.1.0
 */
export const polarityWords = (polarity: IndicatorScorecard.ScorecardRow["polarity"]): string =>
  polarity === "higher-is-better" ? "↑ higher is better" : "↓ lower is better"
