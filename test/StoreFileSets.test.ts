import { readdirSync, readFileSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import ts from "typescript"
import { describe, expect, it } from "vitest"

// Every store keeps each operation of the stores' SPI in a file named after it, the same file set
// in every store, and a composition file that only wires them (docs/architecture.md, "Inside a
// store package"). The operations are read from the SPI's own source, so an operation added to the
// port needs its file in every store before this test passes again.
const ROOT = fileURLToPath(new URL("..", import.meta.url))
const KERNEL = "packages/eventstore/src"

// Each store: the folder of its operation files, and its composition file.
const STORES = [
  { store: "memory", folder: `${KERNEL}/memory`, composition: `${KERNEL}/InMemoryEventStore.ts` },
  { store: "JSONL", folder: "packages/adapters/store-jsonl/src", composition: "packages/adapters/store-jsonl/src/JsonlEventStore.ts" },
  { store: "SQLite", folder: "packages/adapters/store-sqlite/src", composition: "packages/adapters/store-sqlite/src/SqliteEventStore.ts" },
  {
    store: "PostgreSQL",
    folder: "packages/adapters/store-postgres/src",
    composition: "packages/adapters/store-postgres/src/PostgresEventStore.ts"
  }
] as const

// The names of the members an interface declares in a source file.
const membersOf = (path: string, name: string): ReadonlyArray<string> => {
  const source = ts.createSourceFile(path, readFileSync(join(ROOT, path), "utf8"), ts.ScriptTarget.Latest)
  const declaration = source.statements.find(
    (statement): statement is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(statement) && statement.name.text === name
  )
  if (declaration === undefined) throw new Error(`${path} declares no interface ${name}`)
  return declaration.members.map((member) => (member.name !== undefined && ts.isIdentifier(member.name) ? member.name.text : "?"))
}

// The SPI: the port's operations, and the sealed import every store of the family offers.
const SPI_OPERATIONS = [
  ...membersOf(`${KERNEL}/EventStore.ts`, "EventStore"),
  ...membersOf(`${KERNEL}/SealedImport.ts`, "SealedImportTarget")
]

// One file per operation, and `open`, which makes the value they all work on. Only operation files
// are named in lower camel case; a store's own concepts (rows, migrations, drivers, locks, repair)
// have PascalCase names and differ from store to store.
const FILE_SET = ["open", ...SPI_OPERATIONS].sort()

const operationFilesIn = (folder: string): ReadonlyArray<string> =>
  readdirSync(join(ROOT, folder))
    .filter((file) => /^[a-z]\w*\.ts$/u.test(file) && !file.endsWith(".test.ts") && file !== "index.ts")
    .map((file) => file.slice(0, -".ts".length))
    .sort()

describe("store file sets", () => {
  it("read the operations from the SPI", () => {
    expect(SPI_OPERATIONS).toEqual(
      expect.arrayContaining([
        "appendToStream",
        "readStream",
        "readAll",
        "readAllForReplay",
        "subscribe",
        "verify",
        "close",
        "importSealed"
      ])
    )
    expect(SPI_OPERATIONS).not.toContain("?")
  })

  for (const { store, folder, composition } of STORES) {
    it(`give the ${store} store one file per operation of the SPI, the same set as every other store`, () => {
      expect(operationFilesIn(folder)).toEqual(FILE_SET)
    })

    it(`wire every operation file of the ${store} store in its composition file`, () => {
      const text = readFileSync(join(ROOT, composition), "utf8")
      const from = relative(dirname(composition), folder)
      const imported = (operation: string): boolean => text.includes(`from "./${from === "" ? "" : `${from}/`}${operation}.js"`)
      expect(FILE_SET.filter((operation) => !imported(operation))).toEqual([])
    })
  }
})
