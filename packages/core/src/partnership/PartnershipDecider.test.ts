import { describe, it } from "vitest"
import * as Period from "../period/Period.js"
import { partnershipSpecification as spec } from "../testkit/DeciderSpecification.js"
import type { PartnershipEvent } from "./events.js"

const partnershipId = "ashford-1"
const registered: PartnershipEvent = { _tag: "PartnershipRegistered", partnershipId, kind: "cluster", name: "Ashford 1", area: "Ashford" }
const transformedOn = Period.CalendarDate.make("2008-09-01")

describe("partnership decider", () => {
  it("transforms a cluster into an LCSP once", () => {
    spec
      .given([registered])
      .when({ _tag: "TransformClusterToLcsp", partnershipId, transformedOn })
      .then([{ _tag: "ClusterTransformedToLcsp", partnershipId, transformedOn }])
    spec
      .given([registered, { _tag: "ClusterTransformedToLcsp", partnershipId, transformedOn }])
      .when({ _tag: "TransformClusterToLcsp", partnershipId, transformedOn })
      .then([])
  })

  it("refuses to transform anything but a cluster", () => {
    spec
      .given([{ ...registered, kind: "directorate" }])
      .when({ _tag: "TransformClusterToLcsp", partnershipId, transformedOn })
      .thenFails({ _tag: "NotACluster", kind: "directorate" })
  })

  it("accepts a repeated registration after a transformation, and refuses a different one", () => {
    const { _tag, ...fields } = registered
    const history: ReadonlyArray<PartnershipEvent> = [registered, { _tag: "ClusterTransformedToLcsp", partnershipId, transformedOn }]
    spec
      .given(history)
      .when({ _tag: "RegisterPartnership", ...fields })
      .then([])
    spec
      .given(history)
      .when({ _tag: "RegisterPartnership", ...fields, name: "Ashford One" })
      .thenFails({ _tag: "PartnershipAlreadyRegistered", partnershipId })
  })

  it("refuses commands for an unregistered partnership", () => {
    spec
      .given([])
      .when({ _tag: "EstablishBoard", partnershipId, establishedOn: transformedOn })
      .thenFails({ _tag: "PartnershipNotRegistered", partnershipId })
  })

  it("records a rename, a manager and a population count, and nothing when repeated", () => {
    const renamed: PartnershipEvent = { _tag: "PartnershipRenamed", partnershipId, name: "Ashford Urban" }
    spec.given([registered]).when({ _tag: "RenamePartnership", partnershipId, name: "Ashford Urban" }).then([renamed])
    spec.given([registered, renamed]).when({ _tag: "RenamePartnership", partnershipId, name: "Ashford Urban" }).then([])
    const population: PartnershipEvent = {
      _tag: "PartnershipPopulationRecorded",
      partnershipId,
      ageBand: "0-19",
      count: 16340,
      countedOn: transformedOn
    }
    const { _tag, ...fields } = population
    spec
      .given([registered])
      .when({ _tag: "RecordPopulation", ...fields })
      .then([population])
    spec
      .given([registered, population])
      .when({ _tag: "RecordPopulation", ...fields })
      .then([])
  })
})
