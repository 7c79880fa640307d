import { packageConfig } from "../../tsup.package"

// main.ts is the bin: bundled, but it exports nothing, so only index.ts gets declarations.
export default packageConfig({ index: "src/index.ts", main: "src/main.ts" }, { dts: { entry: { index: "src/index.ts" } } })
