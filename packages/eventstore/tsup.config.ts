import { packageConfig } from "../../tsup.package"

export default packageConfig({
  index: "src/index.ts",
  "testkit/index": "src/testkit/index.ts"
})
