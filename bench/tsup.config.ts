import { packageConfig } from "../tsup.package"

// The children run as plain JavaScript on the built packages, as an embedder's process would:
// under the TypeScript loader a replay would carry about 80 MB of loader into its peak-memory
// figure, and each of the fault harness worker's hundreds of starts would take about three times
// as long.
export default packageConfig({
  appendChild: "src/appendChild.ts",
  replayChild: "src/replayChild.ts",
  snapshotChild: "src/snapshotChild.ts",
  faultWorker: "src/faultWorker.ts"
})
