import { defineConfig, type Options } from "tsup"

/**
 * The one build configuration every package shares: ESM for Node 20 with type declarations and
 * source maps. A package names only its entry points.
 */
export const packageConfig = (entry: Record<string, string>, overrides: Options = {}) =>
  defineConfig({ entry, format: ["esm"], dts: true, clean: true, sourcemap: true, target: "node20", ...overrides })
