import JCMDiagnostics
import JCMRules
import JCMUnits

/// The declared type of one project value, e.g. `motor.rated_power: {unit: kW, min: 0 kW}`.
public struct FieldSpec: Sendable {
    public enum Kind: Sendable, Equatable {
        case quantity(Unit)
        case number
        /// A whole number, such as a count of projects or days.
        case integer
        case text
        case boolean
        case date
        /// A piecewise-linear curve the project measured (`[{at: 40 %, value: 2.41 kWh/kNm3}, …]`),
        /// with at least `minimumPoints` points.
        case curve(input: Unit, output: Unit, minimumPoints: Int)
    }

    public var kind: Kind
    public var description: LocalizedText
    public var required: Bool
    public var oneOf: [String]
    public var minimum: Quantity?
    public var maximum: Quantity?
    /// Set for values the rules fix (a fixed ex-ante default): the parameter that fixes it.
    public var fixedBy: Parameter?

    /// Why a project may not give the value; worded only when one tries, as a default's value
    /// is slow to write out and most schemas are made for projects that never do.
    var fixedBecause: String? {
        fixedBy.map { parameter in
            let value = parameter.defaultValue.map { " (\($0.value), \($0.provenance.source))" } ?? ""
            return "\(parameter.symbol) is \(parameter.kind.label), fixed by the rules\(value)"
        }
    }

    public init(_ kind: Kind, description: LocalizedText = "", required: Bool = false, oneOf: [String] = [], minimum: Quantity? = nil, maximum: Quantity? = nil) {
        self.kind = kind
        self.description = description
        self.required = required
        self.oneOf = oneOf
        self.minimum = minimum
        self.maximum = maximum
    }

    var staticType: StaticType {
        switch kind {
        case .quantity(let unit): return .quantity(unit.dimension)
        case .number, .integer: return .quantity(.none)
        case .text: return .text
        case .boolean: return .boolean
        case .date: return .date
        case .curve(let input, let output, _): return .table(input: input.dimension, output: output.dimension)
        }
    }

    /// What a user should write, for messages: "a quantity of energy (like 'MWh')".
    var expectation: String {
        switch kind {
        case .quantity(let unit): return "a quantity of \(unit.dimension) (like '1 \(unit)')"
        case .number: return "a plain number"
        case .integer: return "a whole number"
        case .text: return oneOf.isEmpty ? "text" : "one of \(oneOf.map { "'\($0)'" }.joined(separator: ", "))"
        case .boolean: return "true or false"
        case .date: return "a date written YYYY-MM-DD"
        case .curve(let input, let output, let points):
            return "a curve of at least \(points) points, each like {at: 1 \(input), value: 1 \(output)}"
        }
    }

    /// Converts a YAML value, reporting a wrong type, a wrong dimension or an impossible value.
    func convert(_ node: LocatedNode, log: DiagnosticLog) -> Value? {
        let name = node.path
        if let fixedBecause {
            log.error(.P3, "'\(name)' cannot be set by a project: \(fixedBecause)", at: node.location)
            return nil
        }
        switch kind {
        case .quantity, .number, .integer:
            guard let quantity = QuantityReading.read(node, log: log) else { return nil }
            if kind == .integer, quantity.value != quantity.value.rounded(places: 0) || !quantity.unit.isOne {
                log.error(.P3, "'\(name)' expects \(expectation), got '\(quantity)'", at: node.location)
                return nil
            }
            // A share is written with its sign: a bare 1 could mean 1 % as well as 100 %.
            if case .quantity(let unit) = kind, unit.description == "%", quantity.unit.isOne {
                log.error(.P4, "'\(name)' is a share: write it with its % sign (e.g. 50 %); a bare \(quantity) would be read as \(quantity.value * 100) %", at: node.location)
                return nil
            }
            let expected: Dimension = if case .quantity(let unit) = kind { unit.dimension } else { .none }
            guard quantity.dimension == expected else {
                let given = quantity.unit.isOne ? "a bare number" : "'\(quantity.unit)' (\(quantity.dimension))"
                log.error(.P4, "'\(name)' expects \(expectation), got \(given)", at: node.location)
                return nil
            }
            if let minimum, (try? Quantity.compare(quantity, minimum)) == .orderedAscending {
                log.error(.P5, "impossible value for '\(name)': \(quantity) is below the minimum \(minimum)", at: node.location)
                return nil
            }
            if let maximum, (try? Quantity.compare(quantity, maximum)) == .orderedDescending {
                log.error(.P5, "impossible value for '\(name)': \(quantity) is above the maximum \(maximum)", at: node.location)
                return nil
            }
            return .quantity(quantity)
        case .text:
            guard let text = node.scalarText, !node.isNull else {
                log.error(.P3, "'\(name)' expects \(expectation)", at: node.location)
                return nil
            }
            if text.allSatisfy(\.isWhitespace) {
                log.error(.P3, "'\(name)' is empty; give a value or leave the key out", at: node.location)
                return nil
            }
            if let problem = TextSafety.problem(in: text) {
                log.error(.P3, "'\(name)' \(problem)", at: node.location)
                return nil
            }
            if !oneOf.isEmpty, !oneOf.contains(text) {
                log.error(.P3, "'\(name)' is '\(text)', expected \(expectation)\(Suggestion.hint(for: text, in: oneOf))", at: node.location)
                return nil
            }
            return .text(text)
        case .boolean:
            guard !node.isQuoted, let text = node.scalarText, let flag = ["true": true, "false": false, "yes": true, "no": false][text.lowercased()] else {
                log.error(.P3, "'\(name)' expects \(expectation), got '\(node.scalarText ?? "a collection")'", at: node.location)
                return nil
            }
            return .boolean(flag)
        case .date:
            guard let text = node.scalarText, let date = CalendarDate(iso: text) else {
                let written = node.scalarText ?? "a collection"
                let reason = written.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil
                    ? "is written YYYY-MM-DD, but \(written) is not a day of the calendar" : "expects \(expectation), got '\(written)'"
                log.error(.P3, "'\(name)' \(reason)", at: node.location)
                return nil
            }
            // A project's dates lie in these centuries; a year 0 or 9999 is a typing slip that
            // would only fail later, inside a rule.
            guard (1900...2999).contains(date.year) else {
                log.error(.P5, "impossible date for '\(name)': \(text) is outside the years 1900 to 2999", at: node.location)
                return nil
            }
            return .date(date)
        case .curve(let input, let output, let points):
            let reader = TableReader(log: log)
            guard let rows = reader.rows(node, kind: .linear) else { return nil }
            let table = LookupTable(name: name.description, kind: .linear, inputUnit: input, unit: output, rows: rows,
                                    origin: .project(name, location: node.location))
            guard reader.check(table, rows: node, minimumPoints: points, code: .P10) else { return nil }
            let items = node.items(log) ?? []
            for (row, item) in zip(rows, items) {
                if let minimum, (try? Quantity.compare(row.value, minimum)) == .orderedAscending {
                    log.error(.P5, "impossible value in '\(name)': \(row.value) is below the minimum \(minimum)", at: item.location)
                    return nil
                }
                if let maximum, (try? Quantity.compare(row.value, maximum)) == .orderedDescending {
                    log.error(.P5, "impossible value in '\(name)': \(row.value) is above the maximum \(maximum)", at: item.location)
                    return nil
                }
            }
            return .table(table)
        }
    }
}

/// Reads a quantity written as `"1,600.128 MWh"` or as `{value: 1600.128, unit: MWh}`.
enum QuantityReading {
    static func read(_ node: LocatedNode, log: DiagnosticLog) -> Quantity? {
        if let text = node.scalarText, !node.isNull {
            do {
                return try Quantity(parsing: text)
            } catch {
                log.error(.P6, "'\(node.path)': \(error.description)", at: node.location)
                return nil
            }
        }
        guard let reader = MappingReader(node, allowed: ["value", "unit"], log: log, what: "a quantity"),
            let valueNode = reader.required("value"), let number = valueNode.text(log)
        else { return nil }
        let unitText = reader.text("unit", required: false) ?? ""
        do {
            return try Quantity(parsing: "\(number) \(unitText)")
        } catch {
            log.error(.P6, "'\(node.path)': \(error.description)", at: valueNode.location)
            return nil
        }
    }
}
