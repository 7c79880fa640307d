import { readdirSync, readFileSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import ts from "typescript"
import { describe, expect, it } from "vitest"

// Every `@example` of a public module that imports what it shows is a program: each is compiled
// where its module lives, with the workspace's compiler options, and must type-check — so no example
// calls a function that is gone or a signature that has changed. Examples that only show a value
// (`counted(1, "row") // "1 row"`) import it too, and are checked the same way.
const ROOT = fileURLToPath(new URL("..", import.meta.url))

// The TypeScript files under a folder, never descending into node_modules or dist: the workspace's
// packages link to each other there, and a listing that followed the links would never end.
const typeScriptFiles = (folder: string): ReadonlyArray<string> =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() && entry.name !== "node_modules" && entry.name !== "dist"
      ? typeScriptFiles(join(folder, entry.name))
      : entry.isFile() && entry.name.endsWith(".ts")
        ? [join(folder, entry.name)]
        : []
  )

const sourceFiles = (): ReadonlyArray<string> =>
  ["packages", "examples"].flatMap((top) =>
    typeScriptFiles(join(ROOT, top)).filter((path) => /\/src\//u.test(relative(ROOT, path)) && !path.endsWith(".test.ts"))
  )

interface Example {
  readonly file: string
  readonly line: number
  readonly code: string
}

// The lines of each `@example` tag, up to the next tag or the end of the comment, without ` * `.
const examplesIn = (file: string): ReadonlyArray<Example> => {
  const lines = readFileSync(file, "utf8").split("\n")
  const examples: Array<Example> = []
  lines.forEach((line, index) => {
    if (!/^\s*\* @example\s*$/u.test(line)) return
    const body: Array<string> = []
    for (const next of lines.slice(index + 1)) {
      if (/^\s*\*\s*@/u.test(next) || /^\s*\*\//u.test(next)) break
      body.push(next.replace(/^\s*\* ?/u, ""))
    }
    if (body.some((code) => code.startsWith("import "))) examples.push({ file, line: index + 2, code: body.join("\n") })
  })
  return examples
}

const compilerOptions = (): ts.CompilerOptions => {
  const { config } = ts.readConfigFile(join(ROOT, "tsconfig.base.json"), ts.sys.readFile) as { config: unknown }
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT)
  return {
    ...options,
    noEmit: true,
    composite: false,
    declaration: false,
    declarationMap: false,
    sourceMap: false,
    customConditions: ["@plan-ledger/source"],
    // An example may name a value only to show it.
    noUnusedLocals: false
  }
}

// Type errors in each example, as `file:line: message`, the line that of the example's first line.
const typeErrors = (examples: ReadonlyArray<Example>): ReadonlyArray<string> => {
  const options = compilerOptions()
  const host = ts.createCompilerHost(options)
  const virtual = new Map(examples.map((example, index) => [join(dirname(example.file), `example-${index}.ts`), example]))
  const getSourceFile = host.getSourceFile.bind(host)
  const fileExists = host.fileExists.bind(host)
  host.getSourceFile = (name, languageVersion, ...rest) => {
    const example = virtual.get(name)
    return example === undefined
      ? getSourceFile(name, languageVersion, ...rest)
      : ts.createSourceFile(name, `${example.code}\nexport {}\n`, languageVersion)
  }
  host.fileExists = (name) => virtual.has(name) || fileExists(name)
  const program = ts.createProgram([...virtual.keys()], options, host)
  return [...virtual].flatMap(([name, example]) =>
    ts.getPreEmitDiagnostics(program, program.getSourceFile(name)).map((diagnostic) => {
      const line = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line ?? 0
      return `${relative(ROOT, example.file)}:${example.line + line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`
    })
  )
}

describe("the JSDoc examples", () => {
  const examples = sourceFiles().flatMap(examplesIn)

  it("are code: none is commented out", () => {
    const commentedOut = examples.filter((example) =>
      /^\/\/ *(const|let|await|for|import|[a-zA-Z.]+\(|process\.|writeFileSync)/mu.test(example.code)
    )
    expect(commentedOut.map((example) => `${relative(ROOT, example.file)}:${example.line}`)).toEqual([])
  })

  it("type-check where their modules live", () => {
    expect(examples.length).toBeGreaterThan(40)
    expect(typeErrors(examples)).toEqual([])
  }, 300_000)
})
