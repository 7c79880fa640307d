// Lint rules for the whole workspace, and the dependency rules that keep the architecture: the
// verifier imports nothing (no package, no Node module: it runs in a browser); the event store
// kernel imports no other package of the workspace but the verifier; core imports only the kernel and
// does no I/O; a store adapter imports only the kernel; any other adapter imports only core; an
// example of another domain imports only the kernel and the store adapters; nothing reaches into
// another package's src/, test/ or dist/; inside core, a plan's slice imports no other slice, a
// slice's events, state, commands and decider import nothing above them, and nothing in plan/
// imports the views across slices (see docs/architecture.md).
import js from "@eslint/js"
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript"
import importX from "eslint-plugin-import-x"
import tseslint from "typescript-eslint"

const intoAnotherPackage = {
  regex: "^@plan-ledger/[^/]+/(src|test|dist)(/|$)",
  message: "import a package through its exports map, never from its src/, test/ or dist/ folder"
}

const restrictImports = (...patterns) => ["error", { patterns: [intoAnotherPackage, ...patterns] }]

// The plan aggregate's slices (core/src/plan/<slice>/). Each owns its model (events, state,
// commands, decider) and, in its views/ folder, the views that read that slice alone.
const SLICES = ["lifecycle", "content", "budget", "staffing", "indicators"]
const coreSource = `${import.meta.dirname}/packages/core/src`

const sliceZones = SLICES.flatMap((slice) => {
  const others = SLICES.filter((other) => other !== slice)
  return [
    {
      target: `${coreSource}/plan/${slice}/**`,
      from: `${coreSource}/plan/{${others.join(",")}}/**`,
      message: `the ${slice} slice imports no other slice: what slices share lives in plan/ (ids), plan/views/ (what every view shares) or views/ (a view across slices)`
    },
    {
      target: [`${coreSource}/plan/${slice}/*.ts`, `${coreSource}/plan/${slice}/!(views)/**`],
      from: [
        `${coreSource}/!(plan|money|period|internal|views)/**`,
        `${coreSource}/plan/!(PlanId|Unit).ts`,
        `${coreSource}/plan/views/**`,
        `${coreSource}/plan/${slice}/views/**`
      ],
      message: `the ${slice} slice's events, state, commands and decider import only their slice, the shared ids (plan/PlanId.ts, plan/Unit.ts), money/, period/, internal/ and the event store kernel: never the aggregate, the ledger or a view`
    }
  ]
})

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "**/.plan-ledger/**", "**/coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "import-x": importX },
    settings: { "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json" })] },
    rules: {
      "import-x/no-relative-packages": "error",
      "no-restricted-imports": restrictImports(),
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-syntax": ["error", { selector: "ExportDefaultDeclaration", message: "use named exports" }]
    }
  },
  {
    files: ["packages/verifier/src/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": restrictImports({
        regex: "^[^.]",
        message:
          "the verifier imports nothing but its own modules: no package and no Node module, so it runs as it is in a browser and anyone can audit it alone"
      })
    }
  },
  {
    files: ["packages/eventstore/src/**/*.ts"],
    rules: {
      "no-restricted-imports": restrictImports(
        {
          regex: "^@plan-ledger/(?!verifier$)",
          message:
            "the event store kernel imports no other package of the workspace but the verifier: it knows no domain, and core and the adapters depend on it"
        },
        {
          regex: "^(node:)?(fs|fs/promises|net|http|https|child_process|worker_threads|dgram|readline|sqlite)$|^(pg|better-sqlite3)$",
          message: "the event store kernel does no I/O: put it in a store adapter"
        }
      )
    }
  },
  {
    files: ["packages/core/src/**/*.ts"],
    rules: {
      "no-restricted-imports": restrictImports(
        {
          regex: "^@plan-ledger/(?!eventstore(/|$))",
          message: "core imports no other package but the event store kernel: adapters depend on core, never the reverse"
        },
        {
          regex: "^(node:)?(fs|fs/promises|net|http|https|child_process|worker_threads|dgram|readline|sqlite)$|^(pg|better-sqlite3)$",
          message: "core does no I/O: put it in an adapter"
        }
      )
    }
  },
  {
    files: ["packages/core/src/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            ...sliceZones,
            {
              target: `${coreSource}/plan/**`,
              from: `${coreSource}/views/**`,
              message: "nothing in plan/ imports views/: the views across slices import the slices, never the reverse"
            }
          ]
        }
      ]
    }
  },
  {
    files: ["packages/adapters/*/src/**/*.ts"],
    ignores: ["**/*.test.ts", "packages/adapters/store-*/**"],
    rules: {
      "no-restricted-imports": restrictImports({
        regex: "^@plan-ledger/(?!core(/|$))",
        message: "an adapter imports only @plan-ledger/core, never another adapter"
      })
    }
  },
  {
    files: ["packages/adapters/store-*/src/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": restrictImports({
        regex: "^@plan-ledger/(?!eventstore(/|$))",
        message:
          "a store adapter imports only @plan-ledger/eventstore: it stores any domain's events, so it never imports core or another adapter"
      })
    }
  },
  {
    files: ["packages/adapters/*/src/**/*.test.ts", "packages/adapters/*/test/**/*.ts"],
    rules: {
      "no-restricted-imports": restrictImports({
        regex: "^@plan-ledger/(?!core(/|$)|eventstore(/|$)|example-)",
        message: "an adapter's tests import only @plan-ledger/core, the event store kernel and the bundled examples, never another adapter"
      })
    }
  },
  {
    files: ["examples/complaints-log/**/*.ts"],
    rules: {
      "no-restricted-imports": restrictImports({
        regex: "^@plan-ledger/(?!eventstore(/|$)|store-)",
        message:
          "the complaints log is another domain on the event store: it imports only the kernel and the store adapters, never the council plans' core"
      })
    }
  },
  {
    files: ["packages/stores/src/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": restrictImports({
        regex: "^@plan-ledger/(?!core(/|$)|eventstore(/|$)|store-)",
        message: "the store resolver imports only core, the event store kernel and the store adapters"
      })
    }
  },
  {
    files: ["packages/stores/src/**/*.test.ts", "packages/stores/test/**/*.ts"],
    rules: {
      "no-restricted-imports": restrictImports({
        regex: "^@plan-ledger/(?!core(/|$)|eventstore(/|$)|store-|example-|verifier$)",
        message:
          "the store resolver's tests import only core, the event store kernel, the store adapters, the bundled examples and the verifier (which checks the stores' proofs)"
      })
    }
  },
  {
    // Tool configuration files: their tools read a default export, and they share the root's
    // build configuration, which is not a package.
    files: ["**/tsup.config.ts", "vitest.config.ts", "test/better-sqlite3/vitest.config.ts", "eslint.config.js"],
    rules: { "no-restricted-syntax": "off", "import-x/no-relative-packages": "off" }
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } }
  }
)
