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

  it("records a correction of a count for a date already counted", () => {
    const counted = (count: number): PartnershipEvent => ({
      _tag: "PartnershipPopulationRecorded",
      partnershipId,
      ageBand: "0-7",
      count,
      countedOn: transformedOn
    })
    spec
      .given([registered, counted(6577)])
      .when({ _tag: "RecordPopulation", partnershipId, ageBand: "0-7", count: 6578, countedOn: transformedOn })
      .then([counted(6578)])
  })

  it("records each agency joining the board once", () => {
    const joined: PartnershipEvent = { _tag: "PartnershipBoardAgencyJoined", partnershipId, agency: "Health", joinedOn: transformedOn }
    spec.given([registered]).when({ _tag: "JoinBoard", partnershipId, agency: "Health", joinedOn: transformedOn }).then([joined])
    spec.given([registered, joined]).when({ _tag: "JoinBoard", partnershipId, agency: "Health", joinedOn: transformedOn }).then([])
  })

  it("records a count of settings, and a changed list of names as a new record", () => {
    const counted: PartnershipEvent = {
      _tag: "PartnershipSettingsCounted",
      partnershipId,
      settingKind: "primary-school",
      count: 12,
      named: ["A"],
      countedOn: transformedOn
    }
    const { _tag, ...fields } = counted
    spec
      .given([registered])
      .when({ _tag: "CountSettings", ...fields })
      .then([counted])
    spec
      .given([registered, counted])
      .when({ _tag: "CountSettings", ...fields })
      .then([])
    spec
      .given([registered, counted])
      .when({ _tag: "CountSettings", ...fields, named: ["A", "B"] })
      .then([{ ...counted, named: ["A", "B"] }])
  })

  it("keeps every manager appointment, and records nothing for one already held", () => {
    const first: PartnershipEvent = { _tag: "PartnershipManagerAppointed", partnershipId, managerName: "first", appointedOn: transformedOn }
    const second: PartnershipEvent = { ...first, managerName: "second", appointedOn: Period.CalendarDate.make("2009-01-05") }
    spec
      .given([registered, first, second])
      .when({ _tag: "AppointManager", partnershipId, managerName: "first", appointedOn: transformedOn })
      .then([])
  })
})
