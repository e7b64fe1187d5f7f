import Foundation
import JCMDiagnostics
import JCMMeterData
import JCMRules
import JCMUnits

/// Reads the `meters` of a project (docs/meter-data.md) against its equipment and methodology:
/// every problem is reported with its place, as for the rest of the project file.
public enum MeterDeclarationReader {
    /// The project's meters and its offset from UTC in seconds.
    public static func read(
        _ loaded: LoadedProject
    ) throws(DiagnosticError) -> (meters: [MeterDeclaration], offset: Int64) {
        let project = loaded.project
        var problems: [Diagnostic] = []
        let nodes = project.records("meters")
        guard !nodes.isEmpty else {
            throw DiagnosticError(
                .error(
                    .P2,
                    "the project declares no meters: meter data is read for the meters under 'meters:' (docs/meter-data.md)",
                    at: project.data.location))
        }
        guard nodes.count <= MeterDataReader.mostMeters else {
            throw DiagnosticError(
                .error(
                    .P5, "\(nodes.count) meters are declared; jcm reads at most \(MeterDataReader.mostMeters)",
                    at: project.data.field("meters")?.location))
        }
        let offsetNode = project.data.field("local_time_offset")
        guard case .text(let offsetText)? = offsetNode?.value, let offset = utcOffset(offsetText) else {
            throw DiagnosticError(
                .error(
                    offsetNode == nil ? .P2 : .P3,
                    "meter data is read at the project's local time: give local_time_offset as \"+07:00\" (Viet Nam) or \"-05:00\"",
                    at: offsetNode?.location ?? project.data.location))
        }
        let parameters = (loaded.methodology?.rules.parameters ?? []).filter {
            $0.kind == .monitoredExPost && $0.scope == .equipment
        }
        let equipmentIDs = project.equipment.compactMap {
            if case .text(let id)? = $0.field("id")?.value { id } else { nil }
        }
        var meters: [MeterDeclaration] = []
        var seen: [String: SourceLocation?] = [:]
        var fed: Set<String> = []
        for node in nodes {
            var log: [Diagnostic] = []
            if let meter = meter(
                node, offset: offset, parameters: parameters, equipment: equipmentIDs, project: project, log: &log)
            {
                if seen.updateValue(node.location, forKey: meter.id) != nil {
                    log.append(.error(.P8, "meter id '\(meter.id)' is used twice", at: node.location))
                } else if !fed.insert("\(meter.equipment)/\(meter.parameter.symbol)").inserted {
                    log.append(
                        .error(
                            .P8,
                            "two meters feed \(meter.parameter.symbol) of equipment \(meter.equipment); declare one",
                            at: node.location))
                }
                meters.append(meter)
            }
            problems += log
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return (meters, offset)
    }

    /// `+07:00` → 25,200 s.
    static func utcOffset(_ text: String) -> Int64? {
        let bytes = Array(text.utf8)
        guard bytes.count == 6, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-"),
            bytes[3] == UInt8(ascii: ":"),
            let hours = Int64(String(decoding: bytes[1...2], as: UTF8.self)),
            let minutes = Int64(String(decoding: bytes[4...5], as: UTF8.self)),
            hours <= 14, minutes < 60, bytes[1...2].allSatisfy({ $0 >= 48 && $0 <= 57 }),
            bytes[4...5].allSatisfy({ $0 >= 48 && $0 <= 57 })
        else { return nil }
        return (hours * 3600 + minutes * 60) * (bytes[0] == UInt8(ascii: "-") ? -1 : 1)
    }

    /// A meter id that names a column of a wide file and reads back the same in a message.
    static func isColumnName(_ id: String) -> Bool {
        guard !id.isEmpty, id.utf8.count <= 100, TextSafety.problem(in: id) == nil, !id.contains(","),
            !id.contains("\""),
            !id.contains(" ["), id.trimmingCharacters(in: .whitespaces) == id
        else { return false }
        return !id.unicodeScalars.contains { scalar in
            [.control, .lineSeparator, .paragraphSeparator, .format].contains(scalar.properties.generalCategory)
        }
    }

    /// Local midnight of a date, in seconds since the epoch.
    public static func midnight(_ date: CalendarDate, offset: Int64) -> Int64 {
        MeterTimestamp.dayNumber(year: Int64(date.year), month: Int64(date.month), day: Int64(date.day)) * 86400
            - offset
    }

    private static func meter(
        _ node: DataNode, offset: Int64, parameters: [Parameter], equipment ids: [String], project: Project,
        log: inout [Diagnostic]
    ) -> MeterDeclaration? {
        func text(_ key: String) -> String? {
            if case .text(let value)? = node.field(key)?.value { value } else { nil }
        }
        guard let id = text("id"), let equipment = text("equipment"), let symbol = text("parameter"),
            let readingText = text("reading"), let reading = MeterSpec.Reading(rawValue: readingText),
            let unitText = text("unit"),
            case .quantity(let interval)? = node.field("interval")?.value
        else { return nil }
        guard isColumnName(id) else {
            let shown = id.count > 40 ? String(id.prefix(40)) + "…" : id
            log.append(
                .error(
                    .P3,
                    "meter id '\(shown)' cannot name a column of meter data: 1 to 100 characters, no comma, quote, "
                        + "' [', line break, tab or other control character, no space at either end",
                    at: node.field("id")?.location))
            return nil
        }
        guard ids.contains(equipment) else {
            log.append(
                .error(
                    .P9,
                    "meter \(id) measures equipment '\(equipment)', which the project does not have\(Suggestion.hint(for: equipment, in: ids))",
                    at: node.field("equipment")?.location))
            return nil
        }
        guard let parameter = parameters.first(where: { $0.symbol == symbol }) else {
            let names = parameters.map(\.symbol)
            log.append(
                .error(
                    .P9,
                    "meter \(id) feeds '\(symbol)', which is not a parameter the methodology monitors per equipment item"
                        + "\(Suggestion.hint(for: symbol, in: names)); it monitors: \(names.joined(separator: ", "))",
                    at: node.field("parameter")?.location))
            return nil
        }
        let unit: JCMUnits.Unit
        do { unit = try JCMUnits.Unit(parsing: unitText) } catch {
            log.append(.error(.P6, "meter \(id): \(error.description)", at: node.field("unit")?.location))
            return nil
        }
        guard unit.dimension == parameter.unit.dimension else {
            log.append(
                .error(
                    .P4,
                    "meter \(id) feeds \(symbol), which is \(parameter.unit.dimension) (like '\(parameter.unit)'); '\(unit)' is \(unit.dimension)",
                    at: node.field("unit")?.location))
            return nil
        }
        guard let seconds = try? interval.converted(to: JCMUnits.Unit(UnitCatalog.atom(named: "s")!)).value,
            seconds == seconds.rounded(places: 0), seconds >= 1
        else {
            log.append(
                .error(
                    .P5, "meter \(id): the interval must be a whole number of seconds",
                    at: node.field("interval")?.location))
            return nil
        }
        func registerValue(_ node: DataNode?, _ what: String) -> Decimal? {
            guard let node else { return nil }
            guard case .quantity(let quantity) = node.value, quantity.dimension == unit.dimension,
                let converted = try? quantity.converted(to: unit), converted.isExact
            else {
                log.append(
                    .error(
                        .P4, "meter \(id): the \(what) is a reading in the meter's unit, like '1,000,000 \(unit)'",
                        at: node.location))
                return nil
            }
            guard MeterNumber(exactly: converted.value) != nil, converted.value >= 0 else {
                log.append(
                    .error(
                        .P5,
                        "meter \(id): the \(what) \(converted.value) \(unit) is not a register reading: "
                            + "at least 0, at most 18 digits", at: node.location))
                return nil
            }
            return converted.value
        }
        let rollover = registerValue(node.field("rollover"), "rollover value")
        if let rollover, rollover <= 0 {
            log.append(
                .error(
                    .P5, "meter \(id): a register rolls over at a value above 0, not \(rollover) \(unit)",
                    at: node.field("rollover")?.location))
        }
        if rollover != nil, reading == .interval {
            log.append(
                .error(
                    .P3, "meter \(id) records interval values; only a cumulative register rolls over",
                    at: node.field("rollover")?.location))
        }
        var replacements: [MeterSpec.Replacement] = []
        for swap in node.field("replacements")?.items ?? [] {
            guard case .text(let atText)? = swap.field("at")?.value else { continue }
            guard let at = MeterTimestamp.seconds(atText) else {
                log.append(
                    .error(
                        .P3,
                        "meter \(id): replacement time '\(atText)' is not a timestamp written YYYY-MM-DDTHH:MM:SS+07:00",
                        at: swap.field("at")?.location))
                continue
            }
            if reading == .interval {
                log.append(
                    .error(
                        .P3, "meter \(id) records interval values; a replacement matters to cumulative registers only",
                        at: swap.location))
            }
            guard let old = registerValue(swap.field("old_final_reading"), "old final reading"),
                let new = registerValue(swap.field("new_initial_reading"), "new initial reading")
            else { continue }
            replacements.append(.init(at: at, oldFinalReading: old, newInitialReading: new))
        }
        var calibrations: [MeterDeclaration.Calibration] = []
        for record in node.field("calibrations")?.items ?? [] {
            guard case .text(let certificate)? = record.field("certificate")?.value,
                case .date(let from)? = record.field("valid_from")?.value,
                case .date(let until)? = record.field("valid_until")?.value
            else { continue }
            guard from <= until else {
                log.append(
                    .error(
                        .P5,
                        "meter \(id): calibration \(certificate) is valid until \(until), before it is valid from \(from)",
                        at: record.field("valid_until")?.location))
                continue
            }
            let issuer: String? = if case .text(let name)? = record.field("issuer")?.value { name } else { nil }
            let accredited: Bool? =
                if case .boolean(let flag)? = record.field("accredited")?.value { flag } else { nil }
            let accuracy: Quantity? =
                if case .quantity(let share)? = record.field("accuracy_class")?.value { share } else { nil }
            calibrations.append(
                .init(
                    certificate: certificate, issuer: issuer, accredited: accredited, accuracyClass: accuracy,
                    validFrom: from, validUntil: until))
        }
        var bound: Quantity?
        let boundField = parameter.meterData?.bound
        if let boundField, let item = project.equipment.first(where: { $0.field("id")?.value == .text(equipment) }),
            case .quantity(let rate)? = item.descendant(boundField)?.value
        {
            let hour = Quantity(1, JCMUnits.Unit(UnitCatalog.atom(named: "h")!))
            if let perHour = try? (rate * hour).converted(to: unit), perHour.isExact, perHour.value >= 0 {
                bound = perHour
            } else {
                log.append(
                    .error(
                        .P4,
                        "meter \(id): \(boundField) of \(equipment) (\(rate)) times an hour is no quantity in \(unit)",
                        at: item.descendant(boundField)?.location))
            }
        }
        let spans = calibrations.map { record in
            MeterSpec.CalibrationSpan(
                certificate: record.certificate, from: midnight(record.validFrom, offset: offset),
                until: midnight(record.validUntil, offset: offset) + 86400)
        }
        let spec = MeterSpec(
            id: id, reading: reading, unit: unit, intervalSeconds: Int64(truncating: NSDecimalNumber(decimal: seconds)),
            rollover: rollover, replacements: replacements, calibrations: spans, boundPerHour: bound?.value)
        return MeterDeclaration(
            spec: spec, equipment: equipment, parameter: parameter, calibrations: calibrations,
            boundPerHour: bound, boundField: boundField, location: node.location)
    }
}
