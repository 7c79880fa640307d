import { packageConfig } from "../../tsup.package"

// main.ts is the bin; index.ts is the library entry.
export default packageConfig({ index: "src/index.ts", main: "src/main.ts" })
