import { packageConfig } from "../tsup.package"

// The replay child and the fault harness's appending worker run as plain JavaScript on the built
// packages, as an embedder's process would: under the TypeScript loader the replay child would carry
// about 80 MB of loader into its peak-memory figure, and each of the worker's hundreds of starts would
// take about three times as long.
export default packageConfig({ replayChild: "src/replayChild.ts", faultWorker: "src/faultWorker.ts" })
