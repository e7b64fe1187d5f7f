import Foundation
import JCMKit
import JCMUnits

/// Listings of the shipped methodologies and programme calls.
public enum CatalogReport {
    public static func text(_ catalog: Catalog) -> String {
        var lines = ["Methodologies (\(catalog.directory)):"]
        for methodology in catalog.methodologies {
            lines.append("  \(methodology.reference.padded(to: 28)) \(methodology.status.rawValue.padded(to: 9)) \(methodology.hostCountry.padded(to: 9)) \(methodology.title)")
        }
        lines.append("Programme calls:")
        for programme in catalog.programmes {
            lines.append("  \(programme.fiscalYear.padded(to: 28)) \(programme.title)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ catalog: Catalog) -> String {
        struct Entry: Encodable { var id: String, version: String, status: String, host_country: String, title: String, file: String }
        struct Call: Encodable { var id: String, fiscal_year: String, title: String, file: String }
        struct Listing: Encodable { var methodologies: [Entry], programmes: [Call] }
        return JSONReport.encode(Listing(
            methodologies: catalog.methodologies.map { Entry(id: $0.id, version: $0.version, status: $0.status.rawValue, host_country: $0.hostCountry, title: $0.title.english, file: $0.file.path) },
            programmes: catalog.programmes.map { Call(id: $0.id, fiscal_year: $0.fiscalYear, title: $0.title.english, file: $0.file.path) }))
    }

    public static func text(_ methodology: Methodology) -> String {
        var lines = [
            "\(methodology.reference): \(methodology.title)",
            "Status: \(methodology.status.rawValue)   Host country: \(methodology.hostCountry)   Sectoral scope: \(methodology.sectoralScope)",
            "Source: \(methodology.source.url)",
        ]
        lines += methodology.source.verified.map { "  verified:   \($0)" } + methodology.source.unverified.map { "  UNVERIFIED: \($0)" }
        if let note = methodology.source.note { lines.append("  note: \(note)") }
        lines.append("\nEligibility criteria")
        for criterion in methodology.rules.criteria {
            lines.append("  \(criterion.id)  \(criterion.text)")
            lines.append("      check: \(criterion.condition.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " "))")
        }
        lines.append("\nParameters")
        for parameter in methodology.rules.parameters {
            var line = "  \(parameter.display.padded(to: 12)) [\(parameter.unit)] \(parameter.kind.label)"
            if let option = parameter.monitoring?.option { line += ", option \(option)" }
            lines.append(line + ": \(parameter.description)")
            if let value = parameter.defaultValue {
                lines.append("      default \(value.value)\(value.vintage.map { " (\($0))" } ?? ""): \(value.provenance.source)\(value.provenance.verified ? " [verified]" : " [UNVERIFIED]")")
            }
        }
        lines.append("\nEquations")
        for equation in methodology.rules.equations { lines.append("  \(equation.display?.english ?? "\(equation.symbol) = \(equation.expression.text)")   [\(equation.unit)]") }
        if let rounding = methodology.rounding {
            lines.append("\nRounding: \(rounding.text)\(rounding.provenance.verified ? "" : " [UNVERIFIED: \(rounding.provenance.source)]")")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ methodology: Methodology) -> String {
        struct Criterion: Encodable { var id: String, text: String, condition: String, evidence: String }
        struct Default: Encodable { var value: AmountEntry, vintage: String?, source: String, verified: Bool, note: String? }
        struct Parameter: Encodable {
            var symbol: String, display: String, description: String, unit: String, per: String, kind: String
            var monitoring_option: String?
            var default_value: Default?
            var conservative: String?
        }
        struct Equation: Encodable { var symbol: String, name: String, expression: String, unit: String }
        struct Document: Encodable {
            var id: String, version: String, status: String, title: String, host_country: String, sectoral_scope: String
            var source_url: String, verified: [String], unverified: [String]
            var criteria: [Criterion], parameters: [Parameter], equations: [Equation]
            var rounding: String?
        }
        return JSONReport.encode(Document(
            id: methodology.id, version: methodology.version, status: methodology.status.rawValue, title: methodology.title.english,
            host_country: methodology.hostCountry, sectoral_scope: methodology.sectoralScope, source_url: methodology.source.url,
            verified: methodology.source.verified, unverified: methodology.source.unverified,
            criteria: methodology.rules.criteria.map { Criterion(id: $0.id, text: $0.text.english, condition: $0.condition.text, evidence: $0.evidence.english) },
            parameters: methodology.rules.parameters.map { parameter in
                Parameter(symbol: parameter.symbol, display: parameter.display, description: parameter.description.english, unit: parameter.unit.description,
                          per: parameter.scope.rawValue, kind: parameter.kind.rawValue, monitoring_option: parameter.monitoring?.option,
                          default_value: parameter.defaultValue.map { Default(value: AmountEntry($0.value), vintage: $0.vintage, source: $0.provenance.source, verified: $0.provenance.verified, note: $0.provenance.note?.english) },
                          conservative: parameter.conservative)
            },
            equations: methodology.rules.equations.map { Equation(symbol: $0.symbol, name: $0.name.english, expression: $0.expression.text, unit: $0.unit.description) },
            rounding: methodology.rounding?.text.english))
    }
}
