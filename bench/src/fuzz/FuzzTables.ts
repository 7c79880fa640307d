import { Fte, Money, Period, type PlanCommand, PlanState } from "@plan-ledger/core"
import { type Importer } from "@plan-ledger/core/adapters"
import {
  importActions,
  importBudget,
  importConsultations,
  importContributingIndicators,
  importIndicators,
  importLeadRoles,
  importLineMappings,
  importPriorities,
  importProgress,
  importRisks,
  importStaffing,
  importThemes,
  importVariations,
  importVoice
} from "@plan-ledger/import-csv"
import fc from "fast-check"
import {
  amountText,
  choiceText,
  codeText,
  damagedText,
  dateText,
  fteText,
  listText,
  mostly,
  numberText,
  validAmount,
  validFte,
  validText
} from "./CellText.js"
import { indicatorCodeText, leadCodeText, linkCellText, readingOf } from "./PrintedCodes.js"
import { listItems, type RowCheck, slugOf } from "./StoredExactly.js"

/** The plan every fuzzed file is imported into, and the plan its line mappings refer back to. */
export const FUZZ_PLAN = "fuzz-2009-10"
export const PRIOR_PLAN = "fuzz-2008-09"

type Cells = Readonly<Record<string, string>>

/**
 * One table the fuzzer writes files of: its columns, how a row's cells are drawn, what the plan
 * holds before the file is imported (the key actions progress is recorded on), and how the plan's
 * state is checked against an accepted row.
 */
export interface FuzzTable {
  readonly name: string
  readonly importer: Importer<object>
  readonly columns: ReadonlyArray<string>
  /** The columns a file of the table may leave out: their cells then read as blank. */
  readonly optional: ReadonlyArray<string>
  readonly row: fc.Arbitrary<Cells>
  readonly given: ReadonlyArray<PlanCommand>
  readonly check: (plan: PlanState.PlanState, row: RowCheck) => void
  /** Columns whose cells hold plain numbers, which a workbook may hold as numbers. */
  readonly numeric: ReadonlyArray<string>
  /** What identifies a row in its table, so a fuzzed file can be drawn with each row once. */
  readonly key: (cells: Cells) => string
}

const PENCE = Money.PENCE_PER_THOUSAND
const HUNDREDTHS = 100

const rowOf = (arbitraries: Readonly<Record<string, fc.Arbitrary<string>>>): fc.Arbitrary<Cells> => fc.record(arbitraries)

const THEMES = ["EWB", "HL", "PA"]
const PRIORITIES = ["EWB1", "EWB2", "HL1", "Priority 4"]
const ACTIONS = ["EWB1.1", "EWB1.2", "HL1.1"]

const addAction = (actionId: string): PlanCommand => ({
  _tag: "AddKeyAction",
  planId: FUZZ_PLAN,
  actionId,
  title: `Action ${actionId}`,
  leadPartners: [],
  priorityCodes: ["EWB1"],
  links: [],
  plannedOutcomes: [],
  targetDates: []
})

const budgetLine = (planId: string, lineId: string, withPrior: boolean): PlanCommand => ({
  _tag: "SetBudgetLine",
  planId,
  lineId,
  activity: `Line ${lineId}`,
  figures: {
    fte: Fte.of("1.0"),
    employeeCosts: Money.thousands("10.0"),
    runningCosts: Money.pence(0),
    contractsAndProjects: Money.pence(0),
    externalIncome: Money.pence(0),
    internalIncome: Money.pence(0)
  },
  ...(withPrior ? { prior: { controllableExpenditure: Money.thousands("9.0"), fte: Fte.of("1.0") } } : {}),
  stated: {}
})

const MONEY_COLUMNS = ["employee_costs", "running_costs", "contracts_projects", "external_income", "internal_income"] as const

const text = mostly(validText, damagedText)
const optionalText = fc.oneof({ weight: 1, arbitrary: fc.constant("") }, { weight: 1, arbitrary: text })
const amount = (sign: "any" | "negative") => mostly(validAmount(sign), amountText)
const optionalAmount = fc.oneof({ weight: 1, arbitrary: fc.constant("") }, { weight: 2, arbitrary: amount("any") })
const fte = mostly(validFte, fteText)
const optionalFte = fc.oneof({ weight: 1, arbitrary: fc.constant("") }, { weight: 2, arbitrary: fte })
const exactly = (value: string) => mostly(fc.constant(value), choiceText([value]))
const blank = mostly(fc.constant(""), validText)

const BUDGET_COLUMNS = [
  "row_type",
  "activity",
  "fte",
  ...MONEY_COLUMNS,
  "gross_expenditure",
  "controllable_expenditure",
  "cabinet_member",
  "prior_controllable",
  "prior_fte",
  "funding_source"
]

const blankBudgetRow = Object.fromEntries(BUDGET_COLUMNS.map((column) => [column, blank]))

const budget: FuzzTable = {
  name: "budget",
  importer: importBudget,
  columns: BUDGET_COLUMNS,
  optional: [],
  numeric: ["fte", ...MONEY_COLUMNS, "gross_expenditure", "controllable_expenditure", "prior_controllable", "prior_fte"],
  key: (cells) => `${cells["row_type"]?.trim() || "line"}:${slugOf(cells["activity"]?.trim() ?? "")}`,
  row: fc.oneof(
    {
      weight: 8,
      arbitrary: rowOf({
        row_type: mostly(fc.constantFrom("", "line"), choiceText(["line"])),
        activity: fc.oneof(
          { weight: 2, arbitrary: fc.constantFrom("Early Years", "Youth Service", "Pay & Grading", "Sure Start") },
          { weight: 1, arbitrary: text }
        ),
        fte,
        employee_costs: amount("any"),
        running_costs: amount("any"),
        contracts_projects: amount("any"),
        external_income: amount("negative"),
        internal_income: amount("negative"),
        gross_expenditure: fc.oneof({ weight: 3, arbitrary: fc.constant("") }, { weight: 1, arbitrary: amount("any") }),
        controllable_expenditure: fc.oneof({ weight: 3, arbitrary: fc.constant("") }, { weight: 1, arbitrary: amount("any") }),
        cabinet_member: optionalText,
        prior_controllable: optionalAmount,
        prior_fte: optionalFte,
        funding_source: optionalText
      })
    },
    ...(["total", "total-cost"] as const).map((rowType) => ({
      weight: 1,
      arbitrary: rowOf({
        ...blankBudgetRow,
        row_type: exactly(rowType),
        activity: fc.constantFrom("Controllable Totals", "Total Cost of Unit", "TOTAL"),
        fte: optionalFte,
        ...Object.fromEntries(MONEY_COLUMNS.map((column) => [column, optionalAmount])),
        controllable_expenditure: optionalAmount,
        prior_controllable: optionalAmount,
        prior_fte: optionalFte
      })
    })),
    {
      weight: 1,
      arbitrary: rowOf({
        ...blankBudgetRow,
        row_type: exactly("memorandum"),
        activity: fc.constantFrom("Central Overheads", "Directorate Overheads", "Capital Charges"),
        controllable_expenditure: amount("any"),
        prior_controllable: optionalAmount
      })
    }
  ),
  given: [],
  check: (plan, row) => {
    const rowType = row.word("row_type") === "" ? "line" : row.word("row_type")
    if (rowType === "line") {
      const line = plan.budgetLines.get(slugOf(row.cell("activity")))
      if (line === undefined) return row.missing("budget line")
      row.text("activity", line.activity)
      row.decimal("fte", HUNDREDTHS, line.figures.fte, undefined)
      row.decimal("employee_costs", PENCE, line.figures.employeeCosts, 0)
      row.decimal("running_costs", PENCE, line.figures.runningCosts, 0)
      row.decimal("contracts_projects", PENCE, line.figures.contractsAndProjects, 0)
      row.decimal("external_income", PENCE, line.figures.externalIncome, 0)
      row.decimal("internal_income", PENCE, line.figures.internalIncome, 0)
      row.decimal("gross_expenditure", PENCE, line.stated.grossExpenditure, undefined)
      row.decimal("controllable_expenditure", PENCE, line.stated.controllableExpenditure, undefined)
      row.text("cabinet_member", line.cabinetMember)
      const hasPrior = row.cell("prior_controllable") !== "" || row.cell("prior_fte") !== ""
      row.decimal("prior_controllable", PENCE, line.prior?.controllableExpenditure, hasPrior ? 0 : undefined)
      row.decimal("prior_fte", HUNDREDTHS, line.prior?.fte, hasPrior ? 0 : undefined)
      // A blank funding source is recorded as "unspecified", as the budget table documents.
      row.text("funding_source", line.fundingSource === "unspecified" && row.cell("funding_source") === "" ? undefined : line.fundingSource)
      return
    }
    if (rowType === "memorandum") {
      const item = plan.memorandumItems.get(slugOf(row.cell("activity")))
      if (item === undefined) return row.missing("memorandum item")
      row.text("activity", item.name)
      row.decimal("controllable_expenditure", PENCE, item.amount, undefined)
      row.decimal("prior_controllable", PENCE, item.priorAmount, undefined)
      return
    }
    // A printed totals row is known by its row type; its label names the row and is not kept.
    const stated = plan.statedTotals.get(rowType === "total" ? "controllable-totals" : "total-cost-of-unit")
    if (stated === undefined) return row.missing("totals row")
    row.decimal("fte", HUNDREDTHS, stated.fte, undefined)
    row.decimal("employee_costs", PENCE, stated.employeeCosts, undefined)
    row.decimal("running_costs", PENCE, stated.runningCosts, undefined)
    row.decimal("contracts_projects", PENCE, stated.contractsAndProjects, undefined)
    row.decimal("external_income", PENCE, stated.externalIncome, undefined)
    row.decimal("internal_income", PENCE, stated.internalIncome, undefined)
    row.decimal("gross_expenditure", PENCE, stated.grossExpenditure, undefined)
    row.decimal("controllable_expenditure", PENCE, stated.controllableExpenditure, undefined)
    row.decimal("prior_controllable", PENCE, stated.priorControllableExpenditure, undefined)
    row.decimal("prior_fte", HUNDREDTHS, stated.priorFte, undefined)
  }
}

const variations: FuzzTable = {
  name: "variations",
  importer: importVariations,
  columns: ["section", "description", "amount", "justification", "item_id"],
  optional: [],
  numeric: ["amount"],
  key: (cells) => {
    const section = cells["section"]?.trim() ?? ""
    return section === "opening" || section === "closing"
      ? section
      : `${section}:${cells["item_id"]?.trim() || slugOf(cells["description"]?.trim() ?? "")}`
  },
  row: fc.oneof(
    {
      weight: 1,
      arbitrary: rowOf({ section: exactly("opening"), description: text, amount: amount("any"), justification: blank, item_id: blank })
    },
    {
      weight: 1,
      arbitrary: rowOf({ section: exactly("closing"), description: text, amount: amount("any"), justification: blank, item_id: blank })
    },
    ...(["base-adjustment", "pressure", "saving"] as const).map((section) => ({
      weight: 3,
      arbitrary: rowOf({
        section: exactly(section),
        description: fc.oneof({ weight: 2, arbitrary: fc.constantFrom("Pay", "Standards Fund", "Nurses") }, { weight: 1, arbitrary: text }),
        amount: amount(section === "saving" ? "negative" : "any"),
        justification: optionalText,
        item_id: fc.oneof({ weight: 4, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.constantFrom("pay", "grant") })
      })
    }))
  ),
  given: [],
  check: (plan, row) => {
    const section = row.word("section")
    if (section === "opening" || section === "closing") {
      const end = section === "opening" ? plan.variationOpening : plan.variationClosing
      if (end === undefined) return row.missing(`${section} budget`)
      row.text("description", end.label)
      row.decimal("amount", PENCE, end.amount, undefined)
      return
    }
    const itemId = row.cell("item_id") === "" ? slugOf(row.cell("description")) : row.cell("item_id")
    const item = plan.variationItems.get(`${section}:${itemId}`)
    if (item === undefined) return row.missing("variation item")
    row.text("description", item.description)
    row.decimal("amount", PENCE, item.amount, undefined)
    row.text("justification", item.justification)
  }
}

const staffing: FuzzTable = {
  name: "staffing",
  importer: importStaffing,
  columns: ["row_type", "name", "prior_fte", "fte", "note"],
  optional: [],
  numeric: ["prior_fte", "fte"],
  key: (cells) => {
    const rowType = cells["row_type"]?.trim() ?? ""
    return rowType === "total" ? rowType : `${rowType}:${cells["name"]?.trim() ?? ""}`
  },
  row: fc.oneof(
    ...(["band", "division"] as const).map((rowType) => ({
      weight: 3,
      arbitrary: rowOf({
        row_type: exactly(rowType),
        name: fc.oneof({ weight: 2, arbitrary: fc.constantFrom("Pt13 and above", "Early Years", "Youth") }, { weight: 1, arbitrary: text }),
        prior_fte: optionalFte,
        fte: optionalFte,
        note: blank
      })
    })),
    {
      weight: 1,
      arbitrary: rowOf({
        row_type: exactly("total"),
        name: fc.constantFrom("TOTAL", "Total"),
        prior_fte: optionalFte,
        fte: optionalFte,
        note: optionalText
      })
    },
    ...(["external", "movement"] as const).map((rowType) => ({
      weight: 1,
      arbitrary: rowOf({
        row_type: exactly(rowType),
        name: fc.oneof({ weight: 2, arbitrary: fc.constantFrom("Standards Fund", "MTP", "Schools") }, { weight: 1, arbitrary: text }),
        prior_fte: blank,
        fte,
        note: blank
      })
    }))
  ),
  given: [],
  check: (plan, row) => {
    const rowType = row.word("row_type")
    const name = row.cell("name")
    if (rowType === "band" || rowType === "division") {
      const held = plan.staffingRows.get(PlanState.staffingRowKey(rowType, name))
      if (held === undefined) return row.missing("staffing row")
      row.text("name", held.name)
      row.decimal("prior_fte", HUNDREDTHS, held.priorFte, undefined)
      row.decimal("fte", HUNDREDTHS, held.fte, undefined)
      return
    }
    if (rowType === "total") {
      if (plan.staffingTotal === undefined) return row.missing("staffing total")
      row.decimal("prior_fte", HUNDREDTHS, plan.staffingTotal.priorFte, undefined)
      row.decimal("fte", HUNDREDTHS, plan.staffingTotal.fte, undefined)
      row.text("note", plan.staffingExplanation)
      return
    }
    const held = (rowType === "external" ? plan.externalFunding : plan.staffingMovements).get(name)
    if (held === undefined) return row.missing(`${rowType} row`)
    row.text("name", name)
    row.decimal("fte", HUNDREDTHS, held, undefined)
  }
}

const INDICATOR_TITLES: Readonly<Record<string, string>> = {
  "NI 69": "Children who have experienced bullying",
  "NI 50": "Emotional health of children",
  "NI 117": "16 to 18 year olds who are not in education, training or employment (NEET)"
}

const indicatorRow = (code: string, title: string, kind: fc.Arbitrary<string>, value: fc.Arbitrary<string>, note: fc.Arbitrary<string>) =>
  rowOf({
    code: fc.constant(code),
    title: mostly(fc.constant(title), text),
    unit: exactly("percent"),
    polarity: exactly("lower-is-better"),
    period: mostly(fc.constantFrom("2007/08", "2008/09", "2009/10"), choiceText(["2009/11", "09/10"])),
    kind,
    value,
    qualifier: fc.oneof(
      { weight: 4, arbitrary: fc.constant("") },
      { weight: 1, arbitrary: choiceText(["provisional", "min", "academic-year", "provisional academic-year"]) }
    ),
    note
  })

const indicators: FuzzTable = {
  name: "indicators",
  importer: importIndicators,
  columns: ["code", "title", "unit", "polarity", "period", "kind", "value", "qualifier", "note"],
  optional: [],
  numeric: ["value"],
  key: (cells) => {
    const kind = cells["kind"]?.trim() ?? ""
    const valueKind =
      kind === "unavailable-estimate" ? "estimate" : kind === "unavailable-target" ? "target" : kind === "unavailable" ? "actual" : kind
    return `${cells["code"]}|${cells["period"]?.trim()}|${cells["qualifier"]?.includes("academic-year") === true}|${valueKind}`
  },
  row: fc.constantFrom(...Object.keys(INDICATOR_TITLES)).chain((code) =>
    fc.oneof(
      {
        weight: 3,
        arbitrary: indicatorRow(
          code,
          INDICATOR_TITLES[code] ?? "",
          exactly("actual").chain((actual) => fc.constantFrom(actual, "estimate", "target")),
          mostly(numberText, fc.constantFrom("1e3", "n/a")),
          blank
        )
      },
      {
        weight: 1,
        arbitrary: indicatorRow(
          code,
          INDICATOR_TITLES[code] ?? "",
          fc.constantFrom("unavailable-estimate", "unavailable-target", "unavailable"),
          blank,
          text
        )
      }
    )
  ),
  given: [],
  check: (plan, row) => {
    const indicator = plan.indicators.get(row.cell("code"))
    if (indicator === undefined) return row.missing("indicator")
    row.text("title", indicator.title)
    row.choice("unit", ["percent", "count", "rate-per-1000", "points"], indicator.unit)
    row.choice("polarity", ["higher-is-better", "lower-is-better"], indicator.polarity)
    const kind = row.word("kind")
    const valueKind =
      kind === "unavailable-estimate" ? "estimate" : kind === "unavailable-target" ? "target" : kind === "unavailable" ? "actual" : kind
    const qualifiers = row
      .cell("qualifier")
      .split(/[\s;]+/)
      .filter((word) => word !== "")
    const period = qualifiers.includes("academic-year") ? Period.academicYear(row.cell("period")) : Period.financialYear(row.cell("period"))
    const held = [...indicator.values.values()].find((value) => value.kind === valueKind && Period.equals(value.period, period))
    if (held === undefined) return row.missing("indicator value")
    if (kind.startsWith("unavailable")) {
      if (held._tag !== "IndicatorValueUnavailable") return row.missing("unavailable value")
      row.text("note", held.reason)
      return
    }
    if (held._tag !== "IndicatorValueReported") return row.missing("reported value")
    row.number("value", held.value)
    row.items("qualifier", qualifiers, held.qualifiers)
  }
}

const ECM_OUTCOMES = ["be-healthy", "stay-safe", "enjoy-and-achieve", "make-a-positive-contribution", "achieve-economic-well-being"]

const addTheme = (code: string): PlanCommand => ({ _tag: "AddTheme", planId: FUZZ_PLAN, code, name: `Theme ${code}` })
const addPriority = (code: string): PlanCommand => ({ _tag: "AddPriority", planId: FUZZ_PLAN, code, title: `Priority ${code}`, links: [] })

const themes: FuzzTable = {
  name: "themes",
  importer: importThemes,
  columns: ["theme_code", "theme", "ecm_outcome", "introduction"],
  optional: ["ecm_outcome", "introduction"],
  numeric: [],
  key: (cells) => cells["theme_code"]?.trim() ?? "",
  row: rowOf({
    theme_code: codeText(THEMES),
    theme: text,
    ecm_outcome: fc.oneof(
      { weight: 2, arbitrary: fc.constant("") },
      { weight: 1, arbitrary: choiceText(["be-healthy", "stay-safe", "enjoy-and-achieve"]) }
    ),
    introduction: optionalText
  }),
  given: [],
  check: (plan, row) => {
    const theme = plan.themes.get(row.cell("theme_code"))
    if (theme === undefined) return row.missing("theme")
    row.text("theme", theme.name)
    row.choice("ecm_outcome", ECM_OUTCOMES, theme.ecmOutcome)
    row.text("introduction", theme.introduction)
  }
}

const priorities: FuzzTable = {
  name: "priorities",
  importer: importPriorities,
  columns: ["code", "title", "theme_code", "links", "partnership"],
  optional: ["theme_code", "links", "partnership"],
  numeric: [],
  key: (cells) => cells["code"]?.trim() ?? "",
  row: rowOf({
    code: codeText(PRIORITIES),
    title: text,
    // A theme the plan defines, mostly; now and then one it does not (the file is then refused).
    theme_code: fc.oneof(
      { weight: 3, arbitrary: fc.constant("") },
      { weight: 6, arbitrary: codeText(THEMES) },
      { weight: 1, arbitrary: fc.constant("XYZ") }
    ),
    links: linkCellText,
    partnership: fc.oneof(
      { weight: 2, arbitrary: fc.constant("") },
      { weight: 1, arbitrary: fc.constantFrom("Ashford", "Cranbrook & Paddock Wood") },
      { weight: 1, arbitrary: text }
    )
  }),
  given: THEMES.map(addTheme),
  check: (plan, row) => {
    const priority = plan.priorities.get(row.cell("code"))
    if (priority === undefined) return row.missing("priority")
    row.text("title", priority.title)
    row.text("theme_code", priority.theme)
    row.defined("theme_code", row.cell("theme_code") === "" ? [] : [row.cell("theme_code")], (code) => plan.themes.has(code))
    row.links("links", priority.links, priority.linksStated)
    row.text("partnership", priority.partnership)
  }
}

const RESOURCES = [
  "£10,000 – KCF",
  "Aiming High: £27000",
  "£12,000 (inc £6000 from PCT Health and Wellbeing Fund)",
  "Staff time",
  "TBA",
  "£3.5k",
  "£10k–£20k",
  "£50k per annum",
  "around £750,000",
  "£15 000 from KCF",
  "£850/1223/1510 million"
]
const TARGET_DATES = [
  "July 09",
  "Ongoing 6 monthly",
  "Training by December 08. Fully functioning July 09.",
  "Sept 08 – July 09",
  "Q3 2009/10",
  "April 2008 and ongoing",
  "academic year 2009/10",
  "31/02/2010",
  "16 June"
]

const actions: FuzzTable = {
  name: "actions",
  importer: importActions,
  columns: ["action_id", "priority_code", "action", "lead", "deliverables", "resources", "target_dates", "links"],
  optional: ["priority_code", "lead", "deliverables", "resources", "target_dates", "links"],
  numeric: [],
  key: (cells) => cells["action_id"]?.trim() ?? "",
  row: rowOf({
    action_id: codeText(ACTIONS),
    // The priorities the plan defines, mostly; none now and then, and now and then one it does not define.
    priority_code: fc.oneof(
      { weight: 2, arbitrary: fc.constant("") },
      { weight: 8, arbitrary: fc.array(fc.constantFrom(...PRIORITIES), { minLength: 1, maxLength: 3 }).map((codes) => codes.join("; ")) },
      { weight: 1, arbitrary: listText([...PRIORITIES, "EWB9"]) }
    ),
    action: text,
    lead: fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom("", "Head of Youth", "Education / CSS / Health", "CSS/") },
      { weight: 1, arbitrary: text }
    ),
    deliverables: listText(["Fewer exclusions", "A new centre", "Training"]),
    resources: fc.oneof(
      { weight: 1, arbitrary: fc.constant("") },
      { weight: 3, arbitrary: fc.constantFrom(...RESOURCES) },
      { weight: 1, arbitrary: text }
    ),
    target_dates: fc.oneof(
      { weight: 1, arbitrary: fc.constant("") },
      { weight: 3, arbitrary: fc.constantFrom(...TARGET_DATES) },
      { weight: 1, arbitrary: text }
    ),
    links: linkCellText
  }),
  given: PRIORITIES.map(addPriority),
  check: (plan, row) => {
    const action = plan.keyActions.get(row.cell("action_id"))
    if (action === undefined) return row.missing("key action")
    row.text("action", action.title)
    // No priority column, or a blank cell: an action with no priority, none made up.
    row.list("priority_code", action.priorityCodes)
    row.defined("priority_code", listItems(row.cell("priority_code")), (code) => plan.priorities.has(code))
    // A lead of several partners is kept as its partners; one name is the accountable manager.
    const partners = row
      .cell("lead")
      .split("/")
      .map((partner) => partner.trim())
      .filter((partner) => partner !== "")
    if (partners.length > 1) {
      row.items("lead", partners, action.leadPartners)
      if (action.accountableManager !== undefined) row.items("lead", [], [action.accountableManager])
    } else {
      row.text("lead", action.accountableManager)
      row.items("lead", [], action.leadPartners)
    }
    row.list("deliverables", action.plannedOutcomes)
    // Resources and target dates are stored exactly as printed; the views read amounts and dates out of them.
    row.text("resources", action.funding)
    row.items("target_dates", row.cell("target_dates") === "" ? [] : [row.cell("target_dates")], action.targetDates)
    row.links("links", action.links, action.linksStated)
  }
}

// One statement per theme, speaker and words: what makes two rows the same statement, whatever id
// the plan gives a statement the table names no id for.
const statementOf = (cells: Cells): string =>
  cells["voice_id"]?.trim() || `${cells["theme_code"]?.trim()}/${cells["speaker"]?.trim()}/${cells["statement"]?.trim()}`

const voice: FuzzTable = {
  name: "voice",
  importer: importVoice,
  columns: ["theme_code", "speaker", "statement", "voice_id"],
  optional: [],
  numeric: [],
  key: statementOf,
  row: rowOf({
    theme_code: codeText(THEMES),
    speaker: mostly(fc.constantFrom("parents", "children-and-young-people"), choiceText(["parents"])),
    statement: text,
    voice_id: fc.oneof({ weight: 4, arbitrary: fc.constant("") }, { weight: 1, arbitrary: codeText(["V1", "V2"]) })
  }),
  given: [],
  check: (plan, row) => {
    const given = row.cell("voice_id").trim()
    const themeCode = row.cell("theme_code").trim()
    const speaker = row.word("speaker")
    const statement = row.cell("statement").trim()
    // A statement without an id is held under the id the plan gave it: found by its words.
    const held =
      given === ""
        ? [...plan.voices.values()].find(
            (voice) => voice.themeCode === themeCode && voice.speaker === speaker && voice.statement === statement
          )
        : plan.voices.get(given)
    if (held === undefined) return row.missing("statement")
    row.text("theme_code", held.themeCode)
    row.choice("speaker", ["parents", "children-and-young-people"], held.speaker)
    row.text("statement", held.statement)
  }
}

const leadRoles: FuzzTable = {
  name: "lead-roles",
  importer: importLeadRoles,
  columns: ["code", "description", "lead_officer", "role"],
  optional: ["role"],
  numeric: [],
  key: (cells) => cells["code"]?.trim() ?? "",
  row: rowOf({
    code: leadCodeText,
    description: text,
    lead_officer: text,
    role: fc.oneof({ weight: 2, arbitrary: fc.constant("") }, { weight: 3, arbitrary: choiceText(["lead", "support"]) })
  }),
  given: [],
  check: (plan, row) => {
    const role = plan.leadRoles.get(row.cell("code"))
    if (role === undefined) return row.missing("lead role")
    row.leadCodes("code", role.code, role.links)
    row.text("description", role.description)
    row.text("lead_officer", role.leadOfficer)
    row.choice("role", ["lead", "support"], role.role)
  }
}

const risks: FuzzTable = {
  name: "risks",
  importer: importRisks,
  columns: ["risk_id", "description", "lead_officer", "action_id"],
  optional: ["action_id"],
  numeric: [],
  key: (cells) => cells["risk_id"]?.trim() ?? "",
  row: rowOf({
    risk_id: codeText(["R1", "R2", "R3"]),
    description: text,
    lead_officer: text,
    // An action the plan holds, mostly; now and then one it does not (the file is then refused).
    action_id: fc.oneof(
      { weight: 4, arbitrary: fc.constant("") },
      { weight: 5, arbitrary: codeText(ACTIONS) },
      { weight: 1, arbitrary: fc.constant("EWB9.9") }
    )
  }),
  given: ACTIONS.map(addAction),
  check: (plan, row) => {
    const risk = plan.risks.get(row.cell("risk_id"))
    if (risk === undefined) return row.missing("risk")
    row.text("description", risk.description)
    row.text("lead_officer", risk.leadOfficer)
    row.text("action_id", risk.actionId)
    row.defined("action_id", row.cell("action_id") === "" ? [] : [row.cell("action_id")], (actionId) => plan.keyActions.has(actionId))
  }
}

const CONSULTATION_TEXT = ["dates", "feedback_date", "target_group", "area", "contractor", "contact"] as const

const consultations: FuzzTable = {
  name: "consultations",
  importer: importConsultations,
  columns: ["consultation_id", "name", "purpose", "statutory", ...CONSULTATION_TEXT],
  optional: ["statutory", ...CONSULTATION_TEXT],
  numeric: [],
  key: (cells) => cells["consultation_id"]?.trim() ?? "",
  row: rowOf({
    consultation_id: codeText(["C1", "C2", "C3"]),
    name: text,
    purpose: text,
    statutory: mostly(
      fc.constantFrom("yes", "no", "Yes", "NO", "yEs", "not stated", "Not Stated", "NOT STATED", "", " no "),
      fc.constantFrom("y", "true", "not-stated", "unknown")
    ),
    ...Object.fromEntries(CONSULTATION_TEXT.map((column) => [column, optionalText]))
  }),
  given: [],
  check: (plan, row) => {
    const consultation = plan.consultations.get(row.cell("consultation_id"))
    if (consultation === undefined) return row.missing("consultation")
    row.text("name", consultation.name)
    row.text("purpose", consultation.purpose)
    row.statutory("statutory", consultation.statutory)
    row.text("dates", consultation.dates)
    row.text("feedback_date", consultation.feedbackDate)
    row.text("target_group", consultation.targetGroup)
    row.text("area", consultation.area)
    row.text("contractor", consultation.contractor)
    row.text("contact", consultation.contact)
  }
}

// A monitoring date, or none (an undated update), or something that is not a date.
const recordedOn = fc.oneof({ weight: 4, arbitrary: dateText }, { weight: 1, arbitrary: fc.constant("") })

const progress: FuzzTable = {
  name: "progress",
  importer: importProgress,
  columns: ["action_id", "recorded_on", "status", "note", "revised_target_date"],
  optional: ["recorded_on", "note", "revised_target_date"],
  numeric: [],
  key: (cells) => `${cells["action_id"]?.trim()}@${cells["recorded_on"]?.trim()}`,
  row: fc.oneof(
    {
      weight: 3,
      arbitrary: rowOf({
        action_id: codeText(ACTIONS),
        recorded_on: recordedOn,
        status: mostly(fc.constantFrom("not-started", "on-track", "completed", "On-Track"), choiceText(["on-track"])),
        note: optionalText,
        revised_target_date: blank
      })
    },
    {
      weight: 1,
      arbitrary: rowOf({
        action_id: codeText(ACTIONS),
        recorded_on: recordedOn,
        status: exactly("slipped"),
        note: optionalText,
        revised_target_date: text
      })
    },
    {
      weight: 1,
      arbitrary: rowOf({
        action_id: codeText(ACTIONS),
        recorded_on: recordedOn,
        status: exactly("withdrawn"),
        note: text,
        revised_target_date: blank
      })
    }
  ),
  given: ACTIONS.map(addAction),
  check: (plan, row) => {
    // A blank or absent date is an undated update, never dated today.
    const on = row.cell("recorded_on") === "" ? undefined : row.cell("recorded_on")
    const update = plan.progress.get(row.cell("action_id"))?.find((held) => held.recordedOn === on)
    if (update === undefined) return row.missing("progress update")
    row.choice("status", ["not-started", "on-track", "completed", "slipped", "withdrawn"], update.status)
    row.text("note", update.note)
    row.text("revised_target_date", update.revisedTargetDate)
  }
}

const contributingIndicators: FuzzTable = {
  name: "contributing-indicators",
  importer: importContributingIndicators,
  columns: ["code", "title"],
  optional: [],
  numeric: [],
  // Two printings of one code (`NI 50`, `ni 50`) are one indicator, listed once.
  key: (cells) => readingOf(cells["code"] ?? "")?.[0]?.code ?? cells["code"] ?? "",
  row: rowOf({ code: indicatorCodeText, title: mostly(fc.constantFrom(...Object.values(INDICATOR_TITLES)), text) }),
  given: [],
  check: (plan, row) => {
    // One plan code a row, stored as the code it reads as.
    const reading = readingOf(row.cell("code"))
    const [code] = reading ?? []
    const indicator = code === undefined ? undefined : plan.contributingIndicators.get(code.code)
    if (reading === undefined || reading.length !== 1 || code?.kind === "strategy" || indicator === undefined)
      return row.missing("contributing indicator of one plan code")
    row.text("title", indicator.title)
  }
}

const PRIOR_LINES = ["support", "boards", "youth"]
const CURRENT_LINES = ["partnership-boards", "base", "youth-work", "outreach"]

const lineMappings: FuzzTable = {
  name: "line-mappings",
  importer: importLineMappings,
  columns: ["mapping_id", "kind", "prior_line_ids", "line_ids", "reason"],
  optional: [],
  numeric: [],
  key: (cells) => cells["mapping_id"]?.trim() ?? "",
  row: fc.oneof(
    rowOf({
      mapping_id: codeText(["m1", "m2", "m3"]),
      kind: exactly("split"),
      prior_line_ids: fc.constantFrom(...PRIOR_LINES),
      line_ids: fc.uniqueArray(fc.constantFrom(...CURRENT_LINES), { minLength: 2, maxLength: 2 }).map((ids) => ids.join("; ")),
      reason: text
    }),
    rowOf({
      mapping_id: codeText(["m1", "m2", "m3"]),
      kind: exactly("merged"),
      prior_line_ids: fc.uniqueArray(fc.constantFrom(...PRIOR_LINES), { minLength: 2, maxLength: 2 }).map((ids) => ids.join(";")),
      line_ids: fc.constantFrom(...CURRENT_LINES),
      reason: text
    })
  ),
  given: [
    ...PRIOR_LINES.map((lineId) => budgetLine(PRIOR_PLAN, lineId, false)),
    ...CURRENT_LINES.map((lineId) => budgetLine(FUZZ_PLAN, lineId, true))
  ],
  check: (plan, row) => {
    const mapping = plan.lineMappings.get(row.cell("mapping_id"))
    if (mapping === undefined) return row.missing("line mapping")
    row.choice("kind", ["split", "merged", "moved-in"], mapping.kind)
    row.list("prior_line_ids", mapping.priorLineIds)
    row.list("line_ids", mapping.lineIds)
    row.text("reason", mapping.reason)
  }
}

/** Every table an officer imports, as the fuzzer writes it. */
export const FUZZ_TABLES: ReadonlyArray<FuzzTable> = [
  budget,
  variations,
  staffing,
  indicators,
  themes,
  priorities,
  actions,
  voice,
  leadRoles,
  risks,
  consultations,
  progress,
  lineMappings,
  contributingIndicators
]
