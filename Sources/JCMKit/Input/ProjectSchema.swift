import Synchronization
import JCMRules
import JCMUnits

/// The project file format: a fixed core, plus the fields and parameters that the chosen
/// methodology and programme call declare.
enum ProjectSchema {
    static let format = "jcm-project/1"

    static let participantRoles = ["representative", "partner", "supplier", "consultant", "financier", "other"]
    static let entityKinds = ["private company", "independent administrative institution", "incorporated association",
                              "incorporated foundation", "public entity", "local government", "other"]

    /// The schema of a project under `methodology` and `programme`, made once for each pair of
    /// files (a batch reads every project under the same few).
    static func build(methodology: Methodology?, programme: Programme?) -> RecordSpec {
        let key = [methodology?.file, programme?.file].map { "\($0?.path ?? "")\u{0}\($0?.sha256 ?? "")" }
            .joined(separator: "\u{0}")
        if let known = BuiltSchemas.shared.schemas.withLock({ $0[key] }) { return known }
        let schema = make(methodology: methodology, programme: programme)
        BuiltSchemas.shared.schemas.withLock { if $0.count < BuiltSchemas.capacity { $0[key] = schema } }
        return schema
    }

    private static func make(methodology: Methodology?, programme: Programme?) -> RecordSpec {
        var root = RecordSpec(name: "project")
        root.set("format", .leaf(FieldSpec(.text, oneOf: [format])), required: true)
        root.set("id", .leaf(FieldSpec(.text)), required: true)
        root.set("name", .leaf(FieldSpec(.text)), required: true)
        root.set("description", .leaf(FieldSpec(.text)))
        root.set("host_country", .leaf(FieldSpec(.text)), required: true)
        root.set("city", .leaf(FieldSpec(.text)))
        var site = RecordSpec(name: "site")
        site.set("name", .leaf(FieldSpec(.text)))
        site.set("address", .leaf(FieldSpec(.text)))
        site.set("latitude", .leaf(FieldSpec(.number, minimum: Quantity(-90), maximum: Quantity(90))), required: true)
        site.set("longitude", .leaf(FieldSpec(.number, minimum: Quantity(-180), maximum: Quantity(180))), required: true)
        root.set("site", .record(site), required: true)
        var participant = RecordSpec(name: "participant")
        participant.set("name", .leaf(FieldSpec(.text)), required: true)
        participant.set("country", .leaf(FieldSpec(.text)), required: true)
        participant.set("role", .leaf(FieldSpec(.text, oneOf: participantRoles)), required: true)
        participant.set("entity_kind", .leaf(FieldSpec(.text, oneOf: entityKinds)))
        participant.set("responsibilities", .leaf(FieldSpec(.text)))
        root.set("participants", .list(.record(participant)), required: true)
        root.set("technology", .leaf(FieldSpec(.text)), required: true)
        var reference = RecordSpec(name: "methodology reference")
        reference.set("id", .leaf(FieldSpec(.text)), required: true)
        reference.set("version", .leaf(FieldSpec(.text)), required: true)
        root.set("methodology", .record(reference))
        // For `jcm portfolio`: the technology family of the project (an id of
        // Methodologies/families.yaml), and, for a pipeline, what the project is and still needs.
        var screening = RecordSpec(name: "screening")
        screening.set("technology_family", .leaf(FieldSpec(.text)))
        screening.set("pipeline", .leaf(FieldSpec(.text)))
        screening.set("needs", .leaf(FieldSpec(.text)))
        screening.set("illustrative_figures", .leaf(FieldSpec(.boolean)))
        root.set("screening", .record(screening))
        root.set("start_of_operation", .leaf(FieldSpec(.date)), required: true)
        root.set("legal_durable_years", .leaf(FieldSpec(.quantity(yearUnit), minimum: Quantity(1, yearUnit), maximum: Quantity(60, yearUnit))), required: true)
        // How long the project is expected to operate (PDD A.5), apart from the legal durable years.
        root.set("expected_operational_lifetime", .leaf(FieldSpec(.quantity(yearUnit), minimum: Quantity(1, yearUnit),
                                                                  maximum: Quantity(100, yearUnit))))
        // A period beyond the longest legal durable years is no estimate anyone makes (and 10^38
        // years would only be a typing slip).
        root.set("estimation_period", .leaf(FieldSpec(.quantity(yearUnit), minimum: Quantity(1, Unit(UnitCatalog.atom(named: "d")!)),
                                                      maximum: Quantity(60, yearUnit))))
        var period = RecordSpec(name: "monitoring period")
        period.set("id", .leaf(FieldSpec(.text)), required: true)
        period.set("start", .leaf(FieldSpec(.date)), required: true)
        period.set("end", .leaf(FieldSpec(.date)), required: true)
        let monitored = (methodology?.rules.parameters ?? []).filter { $0.kind == .monitoredExPost && $0.scope == .equipment }
        if !monitored.isEmpty {
            // The values measured in the period, per equipment item, for `jcm calc --period`.
            var reading = RecordSpec(name: "monitored values")
            reading.set("equipment", .leaf(FieldSpec(.text)), required: true)
            for parameter in monitored { reading.set(parameter.symbol, .leaf(parameter.fieldSpec)) }
            period.set("monitored", .list(.record(reading)))
        }
        root.set("monitoring_periods", .list(.record(period)), required: true)
        root.set("local_time_offset", .leaf(FieldSpec(.text)))
        root.set("meters", .list(.record(meter)))

        let parameters = (methodology?.rules.parameters ?? []) + (programme?.rules.parameters ?? [])
        var globalParameters = RecordSpec(name: "parameters")
        for parameter in parameters where parameter.scope == .project {
            var spec = parameter.fieldSpec
            if !parameter.isProjectInput { spec.fixedBy = parameter }
            globalParameters.set(parameter.symbol, .leaf(spec))
        }
        root.set("parameters", .record(globalParameters))

        var equipment = methodology?.equipment ?? RecordSpec(name: "equipment item")
        equipment.set("id", .leaf(FieldSpec(.text)), required: true)
        equipment.set("name", .leaf(FieldSpec(.text)))
        equipment.set("notes", .leaf(FieldSpec(.text)))
        var itemParameters = RecordSpec(name: "equipment parameters")
        for parameter in methodology?.rules.parameters ?? [] where parameter.scope == .equipment && parameter.isProjectInput {
            itemParameters.set(parameter.symbol, .leaf(parameter.fieldSpec))
        }
        equipment.set("parameters", .record(itemParameters))
        root.set("equipment", methodology == nil ? .list(.free) : .list(.record(equipment)), required: methodology != nil)

        for (path, spec) in (methodology?.rules.projectFields ?? []) + (programme?.rules.projectFields ?? []) {
            root.set(path: path, .leaf(spec), required: spec.required)
        }
        let criteria = methodology?.rules.criteria ?? []
        if !criteria.isEmpty {
            // The documents the project gives as evidence of the methodology's criteria, cited in PDD
            // B.2 under their criterion (the programme's requirements have no such section).
            var evidence = RecordSpec(name: "evidence document")
            evidence.set("criterion", .leaf(FieldSpec(.text, description: "The methodology's criterion it supports",
                                                      oneOf: criteria.map(\.id))), required: true)
            evidence.set("document", .leaf(FieldSpec(.text, description: "What the document is")), required: true)
            evidence.set("reference", .leaf(FieldSpec(.text, description: "Its number, date or file name")))
            root.set("eligibility_evidence", .list(.record(evidence)))
        }
        if let costRules = programme?.costRules { declareCostBreakdown(costRules, in: &root) }
        if programme != nil {
            // The implementation plan's own events, placed in its month-by-month schedule.
            var milestone = RecordSpec(name: "milestone")
            milestone.set("date", .leaf(FieldSpec(.date, description: "When it happens")), required: true)
            milestone.set("activity", .leaf(FieldSpec(.text, description: "What happens")), required: true)
            root.set(path: "schedule.milestones", .list(.record(milestone)))
        }
        return root
    }

    static var yearUnit: Unit { Unit(UnitCatalog.atom(named: "yr")!) }

    /// A meter whose data `jcm monitor` reads (docs/meter-data.md). Readings and the rollover are
    /// in the meter's own unit, so they are checked against it once the unit is known.
    static var meter: RecordSpec {
        var meter = RecordSpec(name: "meter")
        meter.set("id", .leaf(FieldSpec(.text)), required: true)
        meter.set("equipment", .leaf(FieldSpec(.text)), required: true)
        meter.set("parameter", .leaf(FieldSpec(.text)), required: true)
        meter.set("reading", .leaf(FieldSpec(.text, oneOf: ["interval", "cumulative"])), required: true)
        meter.set("unit", .leaf(FieldSpec(.text)), required: true)
        let second = Unit(UnitCatalog.atom(named: "s")!)
        meter.set("interval", .leaf(FieldSpec(.quantity(second), minimum: Quantity(1, second), maximum: Quantity(86400, second))),
                  required: true)
        meter.set("rollover", .free)
        var replacement = RecordSpec(name: "meter replacement")
        replacement.set("at", .leaf(FieldSpec(.text)), required: true)
        replacement.set("old_final_reading", .free, required: true)
        replacement.set("new_initial_reading", .free, required: true)
        meter.set("replacements", .list(.record(replacement)))
        var calibration = RecordSpec(name: "calibration")
        calibration.set("certificate", .leaf(FieldSpec(.text)), required: true)
        calibration.set("issuer", .leaf(FieldSpec(.text)))
        calibration.set("accredited", .leaf(FieldSpec(.boolean)))
        let percent = Unit(UnitCatalog.atom(named: "%")!)
        calibration.set("accuracy_class", .leaf(FieldSpec(.quantity(percent), minimum: Quantity(0, percent), maximum: Quantity(10, percent))))
        calibration.set("valid_from", .leaf(FieldSpec(.date)), required: true)
        calibration.set("valid_until", .leaf(FieldSpec(.date)), required: true)
        meter.set("calibrations", .list(.record(calibration)))
        return meter
    }
}

/// The schemas made so far, at most `capacity` of them (the first met), so that memory stays
/// bounded however many catalogues a process reads.
private final class BuiltSchemas: Sendable {
    static let shared = BuiltSchemas()
    static let capacity = 64

    let schemas = Mutex<[String: RecordSpec]>([:])
}
