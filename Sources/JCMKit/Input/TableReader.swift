import JCMDiagnostics
import JCMRules
import JCMUnits

/// A table declared by a methodology or a programme call, with its text for documents.
public struct TableDeclaration: Sendable {
    public var table: LookupTable
    public var description: LocalizedText
    public var location: SourceLocation
}

/// Reads step tables and curves: `rows: [{from: 0, below: 1, value: 50 %}, …]` for a step table,
/// `[{at: 40 %, value: 2.41 kWh/kNm3}, …]` for a curve, and checks that they are sound.
struct TableReader {
    let log: DiagnosticLog

    /// The rows of a table of `kind`, or nil (with every problem logged) when any row is unreadable.
    func rows(_ node: LocatedNode, kind: LookupTable.Kind) -> [LookupTable.Row]? {
        guard let items = node.items(log) else { return nil }
        let rules = RuleSetReader(log: log)
        var rows: [LookupTable.Row] = []
        for item in items {
            let keys = kind == .step ? ["from", "below", "value"] : ["at", "value"]
            guard
                let reader = MappingReader(
                    item, allowed: keys, log: log, what: kind == .step ? "a table row" : "a curve point"),
                let from = rules.quantity(reader.required(kind == .step ? "from" : "at")),
                let value = rules.quantity(reader.required("value"))
            else { return nil }
            let below = kind == .step ? rules.quantity(reader.optional("below")) : nil
            rows.append(LookupTable.Row(from: from, below: below, value: value))
        }
        return rows
    }

    /// Logs the table's first problem at the row at fault (or the table) under `code`; true when sound.
    func check(_ table: LookupTable, rows node: LocatedNode, minimumPoints: Int = 2, code: DiagnosticCode) -> Bool {
        guard let (row, message) = table.problem(minimumPoints: minimumPoints) else { return true }
        let items = node.items(log) ?? []
        let place = row.flatMap { items.indices.contains($0) ? items[$0].location : nil } ?? node.location
        log.error(code, "table \(table.name) \(message)", at: place)
        return false
    }

    /// `tables:` of a methodology or programme; `origin` says whose value a row is.
    func declarations(_ node: LocatedNode?, origin: (String, Provenance) -> Origin) -> [TableDeclaration] {
        guard let items = node?.items(log) else { return [] }
        let rules = RuleSetReader(log: log)
        return items.compactMap { item in
            let keys = ["symbol", "kind", "description", "input_unit", "unit", "rows", "provenance"]
            guard let reader = MappingReader(item, allowed: keys, log: log, what: "a table"),
                let symbol = reader.text("symbol"), let description = reader.localized("description"),
                let kindNode = reader.required("kind"), let kindText = kindNode.text(log),
                let inputUnit = rules.unit(reader.required("input_unit")),
                let unit = rules.unit(reader.required("unit")),
                let provenance = rules.provenance(reader.required("provenance")), let rowsNode = reader.required("rows")
            else { return nil }
            guard let kind = LookupTable.Kind(rawValue: kindText) else {
                let names = LookupTable.Kind.allCases.map(\.rawValue)
                log.error(
                    .M3, "table \(symbol): kind '\(kindText)' is not one of \(names.joined(separator: ", "))",
                    at: kindNode.location)
                return nil
            }
            guard let rows = rows(rowsNode, kind: kind) else { return nil }
            let table = LookupTable(
                name: symbol, kind: kind, inputUnit: inputUnit, unit: unit, rows: rows,
                origin: origin(symbol, provenance))
            guard check(table, rows: rowsNode, code: .R7) else { return nil }
            return TableDeclaration(table: table, description: description, location: item.location)
        }
    }
}
