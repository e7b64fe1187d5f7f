import Foundation
import JCMDiagnostics
import JCMRules
import JCMUnits

/// A project with the methodology and programme call it is checked against.
public struct LoadedProject: Sendable {
    public var project: Project
    public var methodology: Methodology?
    public var programme: Programme?
    /// Why this call: the date that chose it, or `--programme`.
    public var callChoice: CallChoice?
    /// Problems that stop nothing (a named call whose window does not hold the application date).
    public var warnings: [Diagnostic] = []
    /// Set when the values are those measured in one monitoring period rather than the ex-ante estimate.
    public var period: MonitoringPeriod?
}

public enum ProjectLoader {
    /// Reads a project file and the methodology it names from `catalog`; `programmeYear` picks the
    /// call (nil: the one the project's dates choose, `CallChoice`). Every input problem is thrown together, each with its place.
    public static func load(_ path: String, catalog: Catalog, programmeYear: String? = nil) throws(DiagnosticError) -> LoadedProject {
        try load(try YAMLFile.load(path), catalog: catalog, programmeYear: programmeYear)
    }

    /// Reads a project file with only the part of the catalogue in `directory` that it needs: the
    /// methodology version it names and the programme call. When either is not there, the whole
    /// catalogue is read, so that the error lists what is shipped.
    public static func load(_ path: String, catalogIn directory: String, programmeYear: String? = nil)
        throws(DiagnosticError) -> LoadedProject
    {
        let file = try YAMLFile.load(path)
        let reference = file.root["methodology"]
        let selection = CatalogSelection(
            methodologyID: reference?["id"]?.text, methodologyVersion: reference?["version"]?.text,
            fiscalYear: programmeYear)
        var catalog = try Catalog.load(from: directory, selection: selection)
        let hasMethodology = selection.methodologyID == nil || catalog.methodologies.contains {
            $0.id == selection.methodologyID && $0.version == selection.methodologyVersion
        }
        if !hasMethodology || (programmeYear != nil && catalog.programme(fiscalYear: programmeYear) == nil) {
            catalog = try Catalog.load(from: directory)
        }
        return try load(file, catalog: catalog, programmeYear: programmeYear)
    }

    /// Reads project text that is not (or not exactly) on disk, such as a test case's edited copy.
    public static func load(text: String, path: String, catalog: Catalog, programmeYear: String? = nil) throws(DiagnosticError) -> LoadedProject {
        try load(try YAMLFile.parse(text, path: path), catalog: catalog, programmeYear: programmeYear)
    }

    static func load(_ file: YAMLFile, catalog: Catalog, programmeYear: String?) throws(DiagnosticError) -> LoadedProject {
        let log = DiagnosticLog()
        let methodology = findMethodology(file, catalog: catalog, log: log)
        let call = CallChoice.choose(for: file.rootNode, named: programmeYear, in: catalog, log: log)
        return try read(file.rootNode, file: file, methodology: methodology, call: call, log: log)
    }

    /// The project read under `methodology` and the call `programmeYear` rather than those it
    /// names, for comparing versions (`jcm diff`): values that these rules do not declare are left
    /// out and listed, instead of being errors; everything else is checked as always.
    public static func load(_ path: String, catalog: Catalog, programmeYear: String?, under methodology: Methodology?)
        throws(DiagnosticError) -> (loaded: LoadedProject, ignored: [FieldPath])
    {
        let file = try YAMLFile.load(path)
        let log = DiagnosticLog()
        let call = CallChoice.choose(for: file.rootNode, named: programmeYear, in: catalog, log: log)
        let schema = ProjectSchema.build(methodology: methodology, programme: call.programme)
        var ignored: [FieldPath] = []
        let root = file.rootNode
        let pruned = LocatedNode(node: SchemaPruning.pruned(root.node, .record(schema), at: root.path, ignored: &ignored),
                                 file: file, path: root.path)
        return (try read(pruned, file: file, methodology: methodology, call: call, log: log), ignored)
    }

    private static func read(_ root: LocatedNode, file: YAMLFile, methodology: Methodology?,
                             call: (programme: Programme?, choice: CallChoice?), log: DiagnosticLog)
        throws(DiagnosticError) -> LoadedProject
    {
        let programme = call.programme
        try log.check()
        let schema = ProjectSchema.build(methodology: methodology, programme: programme)
        guard let data = DataReader(log: log).read(root, as: .record(schema)) else {
            try log.check()
            throw DiagnosticError([])
        }
        let project = Project(data: hoistingItemParameters(data), file: SourceFile(path: file.path, text: file.text))
        checkConsistency(project, hasMethodology: methodology != nil, log: log)
        // The breakdown's sums are compared only once every value in it was read: an amount refused
        // above would otherwise be missing from a sum and reported a second time.
        if !log.hasErrors, let breakdown = CostBreakdown(project, rules: programme?.costRules) {
            CostBreakdownCheck.check(breakdown, project, log: log)
        }
        try log.check()
        return LoadedProject(project: project, methodology: methodology, programme: programme, callChoice: call.choice,
                             warnings: log.warnings)
    }

    private static func findMethodology(_ file: YAMLFile, catalog: Catalog, log: DiagnosticLog) -> Methodology? {
        guard let reference = file.rootNode.node["methodology"] else { return nil }
        let node = file.rootNode.child("methodology", reference)
        guard let id = reference["id"]?.text, let version = reference["version"]?.text else {
            log.error(.P2, "'methodology' needs both 'id' and 'version'", at: node.location)
            return nil
        }
        do {
            return try catalog.methodology(id: id, version: version)
        } catch {
            for problem in error.diagnostics { log.error(problem.code, problem.message, at: node.location) }
            return nil
        }
    }

    /// Per-item parameter values are written under `parameters:` but read as fields of the
    /// item (`b.EC_PJ`), so the rules need not know where the value was written.
    private static func hoistingItemParameters(_ data: DataNode) -> DataNode {
        guard case .mapping(var fields) = data.content,
            let index = fields.firstIndex(where: { $0.key == "equipment" }),
            case .sequence(let items) = fields[index].node.content
        else { return data }
        let hoisted = items.map { item -> DataNode in
            guard case .mapping(let itemFields) = item.content else { return item }
            var flattened = itemFields.filter { $0.key != "parameters" }
            if case .mapping(let parameters)? = item.field("parameters")?.content { flattened += parameters }
            return DataNode(.mapping(flattened), path: item.path, location: item.location)
        }
        fields[index].node = DataNode(.sequence(hoisted), path: fields[index].node.path, location: fields[index].node.location)
        return DataNode(.mapping(fields), path: data.path, location: data.location)
    }

    /// Problems no single value shows: names that must be unique, periods that end before they
    /// start, readings for equipment that does not exist, lists that must not be empty.
    private static func checkConsistency(_ project: Project, hasMethodology: Bool, log: DiagnosticLog) {
        let id = project.id
        if !id.isEmpty, !Project.isSafeID(id) {
            log.error(.P3, "project id '\(id)' may hold only letters, digits, '.', '_' and '-' (it names the output folder)", at: project.data.field("id")?.location)
        } else if id.count > Project.longestID {
            log.error(.P3, "project id of \(id.count) characters is longer than the \(Project.longestID) a folder name allows here", at: project.data.field("id")?.location)
        }
        if let period = project.quantity("estimation_period"), !convertsExactlyToYears(period) {
            log.error(.P5, "estimation_period \(period) is not an exact number of years (\(project.estimationPeriod)); annual figures would be inexact: use a period such as 1 yr, 365 d or 730 d", at: project.data.field("estimation_period")?.location)
        }
        if let applied = project.date("application_date"), let decision = project.date("schedule.grant_decision"), decision < applied {
            log.error(.P5, "the grant decision (\(decision)) comes before the application date (\(applied)); a grant is decided on an application",
                      at: project.data.descendant("schedule.grant_decision")?.location)
        }
        if let decision = project.date("schedule.grant_decision"), let operation = project.date("start_of_operation") {
            for milestone in project.records("schedule.milestones") {
                guard case .leaf(.date(let date))? = milestone.field("date")?.content, date < decision || operation < date else { continue }
                log.error(.P5, "milestone \(milestone.path) on \(date) lies outside the implementation schedule, from the grant "
                          + "decision (\(decision)) to the start of operation (\(operation))", at: milestone.field("date")?.location)
            }
        }
        reportRepeated(project.equipment, what: "equipment id", log: log)
        reportRepeated(project.records("monitoring_periods"), what: "monitoring period id", log: log)
        var previous: (path: FieldPath, end: CalendarDate)?
        let periods = project.records("monitoring_periods").sorted { (periodStart($0) ?? .distantPast) < (periodStart($1) ?? .distantPast) }
        for period in periods {
            for problem in project.readings(in: period).problems { log.error(problem.code, problem.message, at: problem.location) }
            guard let start = periodStart(period), case .leaf(.date(let end))? = period.field("end")?.content else { continue }
            if end < start {
                log.error(.P5, "impossible monitoring period \(period.path): it ends (\(end)) before it starts (\(start))", at: period.field("end")?.location)
            }
            if let operation = project.date("start_of_operation"), start < operation {
                log.error(.P5, "monitoring period \(period.path) starts (\(start)) before the start of operation (\(operation))", at: period.field("start")?.location)
            }
            if let previous, start <= previous.end {
                log.error(.P5, "monitoring period \(period.path) overlaps \(previous.path), which ends \(previous.end); credits would be counted twice", at: period.field("start")?.location)
            }
            previous = (period.path, max(end, previous?.end ?? end))
        }
        var nonEmpty = ["participants", "monitoring_periods"]
        if hasMethodology { nonEmpty.append("equipment") }
        for key in nonEmpty where project.data.field(key)?.items.isEmpty == true {
            log.error(.P2, "'\(key)' needs at least one entry", at: project.data.field(key)?.location)
        }
    }

    private static func periodStart(_ period: DataNode) -> CalendarDate? {
        if case .leaf(.date(let start))? = period.field("start")?.content { return start }
        return nil
    }

    /// True when the value, taken in years and back, is unchanged (365 d yes, 366 d no).
    private static func convertsExactlyToYears(_ period: Quantity) -> Bool {
        guard let years = try? period.converted(to: ProjectSchema.yearUnit), let back = try? years.converted(to: period.unit) else { return false }
        return back.value == period.value
    }

    private static func reportRepeated(_ records: [DataNode], what: String, log: DiagnosticLog) {
        var seen: Set<String> = []
        for record in records {
            if case .leaf(.text(let id))? = record.field("id")?.content, !seen.insert(id).inserted {
                log.error(.P8, "\(what) '\(id)' is used twice", at: record.location)
            }
        }
    }
}
