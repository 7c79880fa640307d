import { packageConfig } from "../tsup.package"

// The replay child runs as plain JavaScript on the built packages, as an embedder's process would:
// under the TypeScript loader it would carry about 80 MB of loader into its peak-memory figure.
export default packageConfig({ replayChild: "src/replayChild.ts" })
