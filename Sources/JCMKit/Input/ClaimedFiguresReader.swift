import Foundation
import JCMDiagnostics
import JCMUnits

/// Reads claimed figures (docs/meter-data.md, "Claimed figures") from YAML or CSV. Every problem
/// is an E6 with its place.
public enum ClaimedFiguresReader {
    static let format = "jcm-claimed/1"

    public static func read(_ path: String) throws(DiagnosticError) -> ClaimedFigures {
        do {
            return path.lowercased().hasSuffix(".csv") ? try csv(path) : try yaml(path)
        } catch {
            throw DiagnosticError(
                error.diagnostics.map { diagnostic in
                    var claimed = diagnostic
                    if diagnostic.code != .F1, diagnostic.code != .F2 { claimed.code = .E6 }
                    return claimed
                })
        }
    }

    /// `format: jcm-claimed/1`, `period`, `monitored: {EM-B1: 753.8 MWh}`, `results: {ER_p: 1,104 tCO2}`.
    static func yaml(_ path: String) throws(DiagnosticError) -> ClaimedFigures {
        let file = try YAMLFile.load(path)
        let log = DiagnosticLog()
        let reader = try documentReader(
            file, format: format, allowed: ["format", "project", "period", "monitored", "results"],
            what: "a claimed figures file", log: log)
        func figures(_ key: String) -> [ClaimedFigures.Figure] {
            (reader.optional(key)?.entries(log) ?? []).compactMap { entry in
                QuantityReading.read(entry.value, log: log).map {
                    .init(name: entry.key, value: $0, location: entry.value.location)
                }
            }
        }
        let claimed = ClaimedFigures(
            project: reader.text("project", required: false), period: reader.text("period", required: false),
            projectLocation: reader.optional("project")?.location, periodLocation: reader.optional("period")?.location,
            figures: figures("monitored") + figures("results"), file: path)
        try log.check()
        return claimed
    }

    /// `item,value,unit`: a meter id or a result's symbol or role, a value with a decimal point
    /// only (the comma separates fields), and its unit.
    static func csv(_ path: String) throws(DiagnosticError) -> ClaimedFigures {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticError(.error(.F1, "cannot read claimed figures file '\(path)'"))
        }
        guard data.count <= 8 << 20 else {
            throw DiagnosticError(
                .error(.E6, "'\(path)' is larger than 8 MiB; a file of claimed figures is a few lines"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(
                .error(.F2, "'\(path)' is not UTF-8 text", at: SourceLocation(file: path, line: 1, column: 1)))
        }
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false
        ).map(String.init)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        guard
            lines.first?.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) == [
                "item", "value", "unit",
            ]
        else {
            throw DiagnosticError(
                .error(
                    .E6, "'\(path)' is not a file of claimed figures: its first line must be 'item,value,unit'",
                    at: SourceLocation(file: path, line: 1, column: 1)))
        }
        var figures: [ClaimedFigures.Figure] = []
        var problems: [Diagnostic] = []
        for (index, line) in lines.enumerated().dropFirst() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let place = SourceLocation(file: path, line: index + 1, column: 1)
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard fields.count == 3, !fields[0].isEmpty else {
                problems.append(.error(.E6, "a row has 3 fields: item,value,unit", at: place))
                continue
            }
            guard let number = NumberGrammar.value(fields[1]) else {
                problems.append(
                    .error(
                        .E6, "'\(fields[1])': \(NumberGrammar.problem(fields[1]))",
                        at: SourceLocation(file: path, line: index + 1, column: fields[0].count + 2)))
                continue
            }
            do {
                let unit = try JCMUnits.Unit(parsing: fields[2])
                figures.append(.init(name: fields[0], value: Quantity(number, unit), location: place))
            } catch {
                problems.append(.error(.E6, "'\(fields[2])' is not a unit jcm knows", at: place))
            }
        }
        guard problems.isEmpty else { throw DiagnosticError(problems) }
        return ClaimedFigures(
            project: nil, period: nil, projectLocation: nil, periodLocation: nil, figures: figures, file: path)
    }
}
