import type { Reporter, TestCase, TestModule, Vitest } from "vitest/node"

// Every test this repository skips says why, and the command that enables it, in its title or its
// describe block's: "… (skipped: <why>; <the command>)". After the run this lists them by reason,
// so a skip never passes unnoticed in a count; a skip without a reason is listed as a defect.
const MARK = "skipped: "
const NAMES_SHOWN = 3

// The names from the outermost describe block to the test.
const namesOf = (test: TestCase): Array<string> => {
  const names: Array<string> = []
  for (let task: TestCase | TestCase["parent"] = test; task.type !== "module"; task = task.parent) names.unshift(task.name)
  return names
}

const reasonOf = (test: TestCase): string | undefined => {
  const named = namesOf(test).find((name) => name.includes(MARK))
  return named?.slice(named.indexOf(MARK) + MARK.length).replace(/\)$/, "")
}

// The test's full name without the reasons, which head its group.
const shortNameOf = (test: TestCase): string =>
  namesOf(test)
    .map((name) => name.replace(new RegExp(`\\s*\\(?${MARK}.*$`), ""))
    .filter((name) => name !== "")
    .join(" > ")

export class SkippedTestsReporter implements Reporter {
  private vitest: Vitest | undefined

  onInit(vitest: Vitest): void {
    this.vitest = vitest
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    // A name filter (-t) skips every test it leaves out: those say nothing about the suite.
    if (this.vitest?.config.testNamePattern !== undefined) return
    const byReason = new Map<string, Array<string>>()
    for (const module of testModules) {
      for (const test of module.children.allTests("skipped")) {
        const reason = reasonOf(test) ?? "NO REASON GIVEN: a skip must say why and how to enable it"
        byReason.set(reason, [...(byReason.get(reason) ?? []), shortNameOf(test)])
      }
    }
    const log = (line: string): void => this.vitest?.logger.log(line)
    const skipped = [...byReason.values()].reduce((sum, names) => sum + names.length, 0)
    if (skipped === 0) {
      log("\nNo test skipped.")
      return
    }
    log(`\n${skipped} ${skipped === 1 ? "test" : "tests"} skipped, by reason and the command that enables them:`)
    for (const [reason, names] of byReason) {
      log(`- ${reason} (${names.length} ${names.length === 1 ? "test" : "tests"})`)
      for (const name of names.slice(0, NAMES_SHOWN)) log(`    ${name}`)
      if (names.length > NAMES_SHOWN) log(`    … and ${names.length - NAMES_SHOWN} more`)
    }
  }
}
