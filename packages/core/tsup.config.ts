import { packageConfig } from "../../tsup.package"

export default packageConfig({
  index: "src/index.ts",
  effect: "src/effect.ts",
  store: "src/store.ts",
  adapters: "src/adapters.ts",
  "testkit/index": "src/testkit/index.ts",
  "interop/fp-ts": "src/interop/fp-ts.ts"
})
