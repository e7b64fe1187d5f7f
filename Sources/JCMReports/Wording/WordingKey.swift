/// Every sentence and label a reporter writes, by the key a wording file gives it under
/// `texts:`, with the placeholders its text must use. Adding a language means writing these
/// texts; adding a key here means adding it to every shipped wording.
public enum WordingKey: String, CaseIterable, Sendable {
    /// Every key by its name: `init(rawValue:)` compares the name with each case in turn.
    static let named: [String: WordingKey] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })

    case verdictPass = "verdict.pass"
    case verdictFail = "verdict.fail"
    case verdictNeedsEvidence = "verdict.needs_evidence"
    case verdictSentencePass = "verdict.sentence.pass"
    case verdictSentenceFail = "verdict.sentence.fail"
    case verdictSentenceNeedsEvidence = "verdict.sentence.needs_evidence"
    case groupMethodology = "group.methodology"
    case groupProgramme = "group.programme"
    case statusApproved = "status.approved"
    case statusProposed = "status.proposed"
    case statusDraft = "status.draft"

    case reasonHolds = "reason.holds"
    case reasonDoesNotHold = "reason.does_not_hold"
    case reasonIsValue = "reason.is_value"
    case reasonComparison = "reason.comparison"
    case reasonNamed = "reason.named"
    case reasonComputed = "reason.computed"
    case reasonLongList = "reason.long_list"
    case reasonPresence = "reason.presence"
    case reasonStatement = "reason.statement"
    case reasonUndecided = "reason.undecided"
    case reasonCollectionNotGiven = "reason.collection_not_given"
    case reasonCollectionEmpty = "reason.collection_empty"
    case reasonItem = "reason.item"
    case reasonOtherItems = "reason.other_items"
    case reasonNegation = "reason.negation"

    case valueTrue = "value.true"
    case valueFalse = "value.false"
    case valueYes = "value.yes"
    case valueNo = "value.no"
    case valueUnknown = "value.unknown"
    case valueUndefined = "value.undefined"
    case valueDivisionByZero = "value.division_by_zero"
    case valueNotDefined = "value.not_defined"
    /// In a criterion's PDD explanation, a project value the project does not give.
    case proseToBeCompleted = "prose.to_be_completed"

    case valueUnmeasured = "value.unmeasured"
    case unmeasuredNoGapRule = "value.unmeasured.no_gap_rule"
    case unmeasuredNoBound = "value.unmeasured.no_bound"
    case unmeasuredNoLapseRule = "value.unmeasured.no_lapse_rule"
    case unmeasuredNoAccuracyClass = "value.unmeasured.no_accuracy_class"
    case unmeasuredTooManyDigits = "value.unmeasured.too_many_digits"
    case monitorHeading = "monitor.heading"
    case monitorBoundary = "monitor.boundary"
    case monitorFiles = "monitor.files"
    case monitorMetersHeading = "monitor.meters_heading"
    case monitorMeter = "monitor.meter"
    case monitorReadingInterval = "monitor.reading.interval"
    case monitorReadingCumulative = "monitor.reading.cumulative"
    case monitorReadings = "monitor.readings"
    case monitorMeasured = "monitor.measured"
    case monitorMissing = "monitor.missing"
    case monitorUncalibrated = "monitor.uncalibrated"
    case monitorTotal = "monitor.total"
    case monitorUndetermined = "monitor.undetermined"
    case monitorRuleUnverified = "monitor.rule_unverified"
    case monitorFindingsHeading = "monitor.findings_heading"
    case monitorNoFindings = "monitor.no_findings"
    case monitorFinding = "monitor.finding"
    case monitorMoreFindings = "monitor.more_findings"
    case monitorSpan = "monitor.span"
    case monitorInstant = "monitor.instant"
    case sheetMeterComment = "sheet.meter_comment"
    case detailFirstAt = "finding.detail.first_at"
    case detailAfter = "finding.detail.after"
    case detailValue = "finding.detail.value"
    case detailRegisters = "finding.detail.registers"
    case detailReplacement = "finding.detail.replacement"
    case detailIncrement = "finding.detail.increment"
    case detailUnit = "finding.detail.unit"
    case durationHours = "duration.hours"
    case durationMinutes = "duration.minutes"
    case durationSeconds = "duration.seconds"
    case findingGap = "finding.gap"
    case findingSpannedGap = "finding.spanned_gap"
    case findingDuplicate = "finding.duplicate"
    case findingOutOfOrder = "finding.out_of_order"
    case findingOverlapping = "finding.overlapping"
    case findingNegativeValue = "finding.negative_value"
    case findingRegisterReset = "finding.register_reset"
    case findingRollover = "finding.rollover"
    case findingReplacement = "finding.replacement"
    case findingBeyondBound = "finding.beyond_bound"
    case findingUnitDiffers = "finding.unit_differs"
    case findingUncalibrated = "finding.uncalibrated"

    case verifyHeading = "verify.heading"
    case verifyMateriality = "verify.materiality"
    case verifyNoMateriality = "verify.no_materiality"
    case verifyCAR = "verify.car"
    case verifyCL = "verify.cl"
    case verifyFAR = "verify.far"
    case verifyDiffers = "verify.differs"
    case verifyRelative = "verify.relative"
    case verifyMaterial = "verify.material"
    case verifyNotMaterial = "verify.not_material"
    case verifyRounded = "verify.rounded"
    case verifyNotReported = "verify.not_reported"
    case verifyUnsupported = "verify.unsupported"
    case verifyDataQuality = "verify.data_quality"
    case verifyVerified = "verify.verified"
    case verifyDiscrepancies = "verify.discrepancies"
    case verifyUndetermined = "verify.undetermined"
    case verifyNoFindings = "verify.no_findings"
    case originMeterData = "origin.meter_data"
    case originTable = "origin.table"
    case tableRow = "origin.table.row"
    case tableRowOpen = "origin.table.row_open"
    case tablePoint = "origin.table.point"
    case tableBetween = "origin.table.between"
    case valueOutsideTable = "value.outside_table"
    case valueTableRange = "value.table_range"
    case valueTableRangeOpen = "value.table_range_open"
    case whatIfIntro = "whatif.intro"
    case whatIfInput = "whatif.input"
    case whatIfNoChange = "whatif.no_change"
    case whatIfNoInputs = "whatif.no_inputs"
    case whatIfDownTo = "whatif.down_to"
    case whatIfUpTo = "whatif.up_to"
    case whatIfFromDown = "whatif.from_down"
    case whatIfFromUp = "whatif.from_up"
    case whatIfBelow = "whatif.below"
    case whatIfAbove = "whatif.above"
    case whatIfSensitivity = "whatif.sensitivity"
    case whatIfBeyondBounds = "whatif.beyond_bounds"
    case whatIfNotEvaluable = "whatif.not_evaluable"
    case whatIfStopDown = "whatif.stop_down"
    case whatIfStopUp = "whatif.stop_up"
    case diffHeading = "diff.heading"
    case diffVerdict = "diff.verdict"
    case diffRulesHeading = "diff.rules_heading"
    case diffIgnored = "diff.ignored"
    case diffVerdictsHeading = "diff.verdicts_heading"
    case diffFiguresHeading = "diff.figures_heading"
    case diffSameVerdict = "diff.same_verdict"
    case diffVerdictChange = "diff.verdict_change"
    case diffFigureChange = "diff.figure_change"
    case diffBecause = "diff.because"
    case diffNoCause = "diff.no_cause"
    case diffAdded = "diff.added"
    case diffRemoved = "diff.removed"
    case diffChanged = "diff.changed"
    case diffDetailCondition = "diff.detail.condition"
    case diffDetailExpression = "diff.detail.expression"
    case diffDetailText = "diff.detail.text"
    case diffDetailUnit = "diff.detail.unit"
    case diffDetailValue = "diff.detail.value"
    case diffDetailVerification = "diff.detail.verification"
    case diffDetailRows = "diff.detail.rows"
    case diffDetailMembers = "diff.detail.members"
    case diffVerified = "diff.verified"
    case diffUnverified = "diff.unverified"
    case diffNone = "diff.none"
    case diffAbsent = "diff.absent"
    case diffKindCriterion = "diff.kind.criterion"
    case diffKindPlausibility = "diff.kind.plausibility"
    case diffKindParameter = "diff.kind.parameter"
    case diffKindEquation = "diff.kind.equation"
    case diffKindTable = "diff.kind.table"
    case diffKindRounding = "diff.kind.rounding"
    case diffKindList = "diff.kind.list"
    case diffKindField = "diff.kind.field"
    case whatIfVerdict = "whatif.verdict"
    case whatIfDefined = "whatif.defined"
    case whatIfUndefined = "whatif.undefined"
    case whatIfUnknown = "whatif.unknown"
    case originProject = "origin.project"
    case originProjectField = "origin.project_field"
    case originFormatDefault = "origin.format_default"
    case originMethodologyDefault = "origin.methodology_default"
    case originProgrammeValue = "origin.programme_value"
    case originMethodology = "origin.methodology"
    case originEquation = "origin.equation"
    case originNotGiven = "origin.not_given"
    case originUnverified = "origin.unverified"
    case sourceWithExtras = "source.with_extras"
    case sourceVintage = "source.vintage"
    case sourceExtrasSeparator = "source.extras_separator"
    case unverifiedValue = "unverified.value"
    case unverifiedRoundingRule = "unverified.rounding_rule"
    case roundingDown = "rounding.down"
    case roundingUp = "rounding.up"
    case roundingNearest = "rounding.nearest"
    case kindMonitoredExPost = "parameter_kind.monitored_ex_post"
    case kindFixedExAnte = "parameter_kind.fixed_ex_ante"
    case kindProjectSpecificExAnte = "parameter_kind.project_specific_ex_ante"
    case kindProgrammeValue = "parameter_kind.programme_value"
    case roleRepresentative = "participant_role.representative"
    case rolePartner = "participant_role.partner"
    case roleSupplier = "participant_role.supplier"
    case roleConsultant = "participant_role.consultant"
    case roleFinancier = "participant_role.financier"
    case roleOther = "participant_role.other"

    case documentOriginProject = "document.origin.project"
    case documentOriginProjectField = "document.origin.project_field"
    case documentOriginFormatDefault = "document.origin.format_default"
    case documentVerificationProjectData = "document.verification.project_data"
    case documentVerificationYes = "document.verification.yes"
    case documentVerificationNo = "document.verification.no"
    case documentProjectPoint = "document.project_point"
    case documentNotice = "document.notice"
    case documentBannerFail = "document.banner.fail"
    case documentBannerNeedsEvidence = "document.banner.needs_evidence"
    case documentBannerFailingItems = "document.banner.failing_items"
    case documentBannerMissingEvidence = "document.banner.missing_evidence"
    case documentUntranslated = "document.untranslated"
    case translationOriginal = "translation.original"
    case translationUnreviewedDraft = "translation.unreviewed_draft"
    case translationReviewed = "translation.reviewed"

    case textHeader = "text.header"
    case textMethodologyLine = "text.methodology_line"
    case textNoMethodology = "text.no_methodology"
    case textMethodologyReference = "text.methodology_reference"
    case textProgrammeLine = "text.programme_line"
    case callApplicationDate = "call.application_date"
    case callGrantDecision = "call.grant_decision"
    case callNamed = "call.named"
    case callNamedOutsideWindow = "call.named_outside_window"
    case callNewest = "call.newest"
    case textSource = "text.source"
    case textSourceUnverified = "text.source_unverified"
    case textDependsOnUnverified = "text.depends_on_unverified"
    case textAt = "text.at"
    case textEvidence = "text.evidence"
    case textVerdict = "text.verdict"
    case textScopeEstimate = "text.scope.estimate"
    case textScopePeriod = "text.scope.period"
    case textScopeMeterData = "text.scope.meter_data"
    case textSummary = "text.summary"
    case textReferenceEmissions = "text.reference_emissions"
    case textProjectEmissions = "text.project_emissions"
    case textEmissionReductions = "text.emission_reductions"
    case textFinancials = "text.financials"
    case textUnverifiedHeading = "text.unverified_heading"
    case textInputs = "text.inputs"
    case textRounded = "text.rounded"
    case textRoundedUnverified = "text.rounded_unverified"
    case textHeadline = "text.headline"
    case textHeadlineUnverified = "text.headline_unverified"
    case textHeadlineReference = "text.headline.reference_emissions"
    case textHeadlineProject = "text.headline.project_emissions"
    case textHeadlineReductions = "text.headline.emission_reductions"
    case textHeadlineSeparator = "text.headline.separator"
    case textWarningsHeading = "text.warnings_heading"
    case textWarning = "text.warning"
    case textBatchSummary = "text.batch.summary"
    case textBatchBadInput = "text.batch.bad_input"
    case textBatchStatusBad = "text.batch.status.bad"
    case textBatchStatusComputed = "text.batch.status.computed"
    case textBatchStatusIncomplete = "text.batch.status.incomplete"

    case sheetNameProgramme = "sheet.name.programme"
    case sheetNameUnverified = "sheet.name.unverified"
    case sheetNameProvenance = "sheet.name.provenance"
    case sheetTitleInput = "sheet.title.input"
    case sheetTitleCalculation = "sheet.title.calculation"
    case sheetTitleProgramme = "sheet.title.programme"
    case sheetTitleStructure = "sheet.title.structure"
    case sheetTitleUnverified = "sheet.title.unverified"
    case sheetTitleProvenance = "sheet.title.provenance"
    case sheetExplanation = "sheet.explanation"
    case sheetColumnParameter = "sheet.column.parameter"
    case sheetColumnPoint = "sheet.column.point"
    case sheetColumnDescription = "sheet.column.description"
    case sheetColumnValue = "sheet.column.value"
    case sheetColumnUnit = "sheet.column.unit"
    case sheetColumnOption = "sheet.column.option"
    case sheetColumnSource = "sheet.column.source"
    case sheetColumnMethod = "sheet.column.method"
    case sheetColumnFrequency = "sheet.column.frequency"
    case sheetColumnOrigin = "sheet.column.origin"
    case sheetColumnVerified = "sheet.column.verified"
    case sheetColumnSymbol = "sheet.column.symbol"
    case sheetColumnItem = "sheet.column.item"
    case sheetColumnName = "sheet.column.name"
    case sheetColumnFormula = "sheet.column.formula"
    case sheetColumnResult = "sheet.column.result"
    case sheetColumnExact = "sheet.column.exact"
    case sheetColumnNote = "sheet.column.note"
    case sheetColumnEntity = "sheet.column.entity"
    case sheetColumnCountry = "sheet.column.country"
    case sheetColumnRole = "sheet.column.role"
    case sheetColumnResponsibilities = "sheet.column.responsibilities"
    case sheetColumnMeter = "sheet.column.meter"
    case sheetColumnContinuous = "sheet.column.continuous"
    case sheetColumnCertificate = "sheet.column.certificate"
    case sheetColumnValidUntil = "sheet.column.valid_until"
    case sheetColumnUsedBy = "sheet.column.used_by"
    case sheetColumnFile = "sheet.column.file"
    case sheetColumnRoleOfFile = "sheet.column.role_of_file"
    case sheetRowSum = "sheet.row.sum"
    case sheetRowBeforeRounding = "sheet.row.before_rounding"
    case sheetRowRounded = "sheet.row.rounded"
    case sheetNoteFloat = "sheet.note.float"
    case sheetNoteDigits = "sheet.note.digits"
    case sheetNoteNoFormula = "sheet.note.no_formula"
    case sheetNoteMissing = "sheet.note.missing"
    case sheetNoteUnverified = "sheet.note.unverified"
    case sheetNoteNone = "sheet.note.none"
    case sheetMeterElectricity = "sheet.meter.electricity"
    case sheetMeterOther = "sheet.meter.other"
    case sheetProvenanceTool = "sheet.provenance.tool"
    case sheetProvenanceProject = "sheet.provenance.project"
    case sheetProvenanceMethodology = "sheet.provenance.methodology"
    case sheetProvenanceProgramme = "sheet.provenance.programme"
    case sheetProvenanceWording = "sheet.provenance.wording"

    case portfolioTitle = "portfolio.title"
    case portfolioIntro = "portfolio.intro"
    case portfolioColumnRank = "portfolio.column.rank"
    case portfolioColumnProject = "portfolio.column.project"
    case portfolioColumnVerdict = "portfolio.column.verdict"
    case portfolioColumnPath = "portfolio.column.path"
    case portfolioColumnReductions = "portfolio.column.reductions"
    case portfolioColumnSubsidy = "portfolio.column.subsidy"
    case portfolioColumnCost = "portfolio.column.cost"
    case portfolioPathMethodology = "portfolio.path.methodology"
    case portfolioPathFamily = "portfolio.path.family"
    case portfolioPathProposed = "portfolio.path.proposed"
    case portfolioPathUnknownFamily = "portfolio.path.unknown_family"
    case portfolioPathNoFamily = "portfolio.path.no_family"
    case portfolioApproval = "portfolio.approval"
    case portfolioStep = "portfolio.step"
    case portfolioStepExtendable = "portfolio.step_extendable"
    case portfolioTotals = "portfolio.totals"
    case portfolioNeeds = "portfolio.needs"
    case portfolioChart = "portfolio.chart"
    case portfolioChartReference = "portfolio.chart.reference"
    case portfolioBadInput = "portfolio.bad_input"
    case portfolioIllustrative = "portfolio.illustrative"

    /// The `{name}`s the text of this key must contain, each exactly as named.
    public var placeholders: Set<String> {
        switch self {
        case .groupMethodology: ["reference", "status"]
        case .groupProgramme, .textFinancials: ["title", "fiscalYear"]
        case .textProgrammeLine: ["title", "fiscalYear", "choice"]
        case .reasonIsValue: ["value"]
        case .valueUndefined: ["cause"]
        case .reasonComparison: ["lhs", "operator", "rhs", "verdict"]
        case .reasonNamed, .reasonComputed: ["expression", "value"]
        case .reasonLongList: ["count"]
        case .reasonPresence: ["expression", "verdict"]
        case .reasonStatement: ["expression", "value"]
        case .reasonUndecided: ["expression", "fields"]
        case .reasonCollectionNotGiven, .reasonCollectionEmpty: ["collection"]
        case .reasonItem: ["item", "reason"]
        case .reasonOtherItems: ["count", "collection", "verdict"]
        case .reasonNegation: ["reason"]
        case .valueUnknown: ["fields"]
        case .valueDivisionByZero: ["divisor", "value"]
        case .valueNotDefined: ["reason", "condition"]
        case .proseToBeCompleted: ["field"]
        case .originProject, .textAt: ["location"]
        case .originProjectField, .documentOriginProjectField: ["path"]
        case .originFormatDefault, .documentOriginFormatDefault: ["path", "value"]
        case .originMethodologyDefault, .originProgrammeValue: ["detail"]
        case .originMethodology: ["reference"]
        case .textMethodologyReference: ["reference", "status"]
        case .originEquation: ["symbol"]
        case .originUnverified: ["origin"]
        case .sourceWithExtras: ["source", "extras"]
        case .sourceVintage: ["vintage"]
        case .unverifiedValue: ["name", "value", "detail"]
        case .unverifiedRoundingRule: ["source"]
        case .documentOriginProject: ["place"]
        case .documentNotice: ["status"]
        case .callApplicationDate: ["date", "window", "deadline"]
        case .callGrantDecision: ["date", "fiscalYear"]
        case .callNamedOutsideWindow: ["date", "window"]
        case .documentUntranslated: ["text"]
        case .textHeader: ["id", "name"]
        case .textMethodologyLine: ["methodology"]
        case .textSource, .textSourceUnverified: ["source"]
        case .textDependsOnUnverified: ["input"]
        case .textEvidence: ["evidence"]
        case .textVerdict: ["sentence"]
        case .textScopeEstimate: ["period"]
        case .textScopePeriod, .textScopeMeterData: ["id", "start", "end", "days"]
        case .textRounded, .textRoundedUnverified: ["mode", "increment", "before", "after"]
        case .textHeadline, .textHeadlineUnverified: ["period", "figures"]
        case .textHeadlineReference, .textHeadlineProject, .textHeadlineReductions: ["value"]
        case .sheetTitleInput, .sheetTitleCalculation: ["project", "reference"]
        case .sheetTitleProgramme: ["project", "title"]
        case .sheetTitleStructure, .sheetTitleUnverified: ["project"]
        case .sheetTitleProvenance: ["version"]
        case .sheetRowRounded: ["mode", "increment"]
        case .sheetNoteFloat, .sheetNoteDigits: ["value"]
        case .sheetNoteNoFormula: ["construct"]
        case .sheetNoteMissing: ["path"]
        case .sheetMeterOther: ["name"]
        case .textBatchSummary: ["total", "pass", "fail", "open", "bad"]
        case .textBatchBadInput: ["file"]
        case .portfolioTitle: ["count"]
        case .portfolioIntro: ["programme"]
        case .portfolioPathMethodology: ["reference", "status"]
        case .portfolioPathFamily: ["family", "approved"]
        case .portfolioPathProposed, .portfolioPathUnknownFamily: ["family"]
        case .portfolioApproval: ["steps", "days"]
        case .portfolioStep: ["name", "days"]
        case .portfolioStepExtendable: ["name", "days", "most"]
        case .portfolioTotals: ["reductions", "counted", "subsidy"]
        case .portfolioChartReference: ["value"]
        case .portfolioBadInput: ["file"]
        case .textWarningsHeading: ["count"]
        case .originMeterData: ["meter", "place"]
        case .originTable: ["table", "used", "source"]
        case .tableRow: ["from", "below"]
        case .tableRowOpen: ["from"]
        case .tablePoint: ["at"]
        case .tableBetween: ["low", "lowValue", "high", "highValue"]
        case .valueOutsideTable: ["input", "table", "range"]
        case .valueTableRange: ["first", "last"]
        case .valueTableRangeOpen: ["first"]
        case .whatIfStopDown, .whatIfStopUp: ["value"]
        case .diffHeading: ["project", "subject", "before", "after"]
        case .diffVerdict: ["before", "after"]
        case .diffRulesHeading: ["count"]
        case .diffIgnored: ["side"]
        case .diffVerdictsHeading: ["count"]
        case .diffSameVerdict: ["count"]
        case .diffFiguresHeading: ["count"]
        case .diffVerdictChange: ["id", "before", "after"]
        case .diffFigureChange: ["symbol", "before", "after"]
        case .diffBecause: ["causes"]
        case .diffAdded: ["kind", "name"]
        case .diffRemoved: ["kind", "name"]
        case .diffChanged: ["kind", "name", "details"]
        case .diffDetailCondition: ["before", "after"]
        case .diffDetailExpression: ["before", "after"]
        case .diffDetailUnit: ["before", "after"]
        case .diffDetailValue: ["before", "after"]
        case .diffDetailVerification: ["before", "after"]
        case .diffDetailMembers: ["added", "removed"]
        case .whatIfIntro: ["verdict", "digits"]
        case .whatIfInput: ["name", "value", "origin"]
        case .whatIfDownTo: ["subject", "from", "to", "threshold"]
        case .whatIfUpTo: ["subject", "from", "to", "threshold"]
        case .whatIfFromDown: ["subject", "from", "to", "threshold"]
        case .whatIfFromUp: ["subject", "from", "to", "threshold"]
        case .whatIfBelow: ["subject", "from", "to", "threshold", "digits", "last", "first"]
        case .whatIfAbove: ["subject", "from", "to", "threshold", "digits", "last", "first"]
        case .whatIfSensitivity: ["base", "lowInput", "low", "highInput", "high"]
        case .verifyHeading: ["period", "file"]
        case .verifyMateriality: ["threshold", "source"]
        case .verifyDiffers: ["subject", "claimed", "recomputed", "difference", "relative"]
        case .verifyRelative: ["share", "judgement"]
        case .verifyRounded: ["subject", "claimed", "recomputed", "precision"]
        case .verifyNotReported: ["subject", "recomputed"]
        case .verifyUnsupported: ["subject", "claimed", "reason"]
        case .verifyDataQuality: ["subject", "count", "kind", "first"]
        case .verifyDiscrepancies: ["count"]
        case .detailFirstAt, .detailAfter: ["line"]
        case .sheetMeterComment: ["meter", "intervals", "findings"]
        case .detailValue, .detailIncrement: ["value"]
        case .detailRegisters: ["from", "to"]
        case .detailReplacement: ["old", "new"]
        case .detailUnit: ["written", "meter"]
        case .durationHours, .durationMinutes, .durationSeconds: ["count"]
        case .valueUnmeasured: ["meter", "reason"]
        case .unmeasuredNoGapRule, .unmeasuredNoLapseRule, .unmeasuredNoAccuracyClass: ["hours"]
        case .unmeasuredNoBound: ["field", "hours"]
        case .monitorHeading: ["period", "start", "end"]
        case .monitorBoundary: ["start", "end"]
        case .monitorFiles: ["files"]
        case .monitorMeter: ["meter", "equipment", "parameter", "reading", "unit"]
        case .monitorReadings: ["used", "outside"]
        case .monitorMeasured: ["value"]
        case .monitorMissing: ["duration", "rule", "value"]
        case .monitorUncalibrated: ["duration", "value", "rule", "adjustment"]
        case .monitorTotal: ["symbol", "equipment", "value"]
        case .monitorUndetermined: ["reason"]
        case .monitorFindingsHeading: ["count"]
        case .monitorFinding: ["place", "kind", "meter", "span", "detail"]
        case .monitorMoreFindings: ["count", "kind", "meter"]
        case .monitorSpan: ["start", "end", "duration"]
        case .monitorInstant: ["time"]
        default: []
        }
    }
}
