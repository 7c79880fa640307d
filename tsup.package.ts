import { defineConfig, type Options } from "tsup"

/**
 * The one build configuration every package shares: ESM for Node 22 and later with source maps. A package
 * names only its entry points. Declarations come from one `tsc -b tsconfig.build.json` over every
 * package (the root `build` script runs it after tsup), not from tsup's per-package DTS build.
 * Imports keep their `node:` prefix: tsup would strip it, and `node:sqlite` exists only with it.
 */
export const packageConfig = (entry: Record<string, string>, overrides: Options = {}) =>
  defineConfig({
    entry,
    format: ["esm"],
    dts: false,
    clean: true,
    sourcemap: true,
    target: "node22",
    removeNodeProtocol: false,
    ...overrides
  })
