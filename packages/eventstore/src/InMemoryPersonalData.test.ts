import { personalDataConformance } from "./testkit/PersonalDataConformance.js"
import * as InMemoryEventStore from "./InMemoryEventStore.js"
import { schema } from "./testkit/SampleEvents.js"

personalDataConformance("memory", {
  open: async () => InMemoryEventStore.make(schema),
  tamperValue: async (store, commitment, part) => {
    const vault = store.personalVault
    const [entry] = (await vault?.read([commitment]))?.values() ?? []
    if (vault === undefined || entry === undefined || "erasedOn" in entry) throw new Error("no kept value to tamper with")
    await vault.import(
      (async function* () {
        yield part === "value"
          ? { ...entry, value: `${entry.value}.` }
          : { ...entry, salt: `0${entry.salt.slice(1)}` === entry.salt ? `1${entry.salt.slice(1)}` : `0${entry.salt.slice(1)}` }
      })()
    )
  }
})
