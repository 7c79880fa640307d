import { packageConfig } from "../../tsup.package"

export default packageConfig({ index: "src/index.ts" })
