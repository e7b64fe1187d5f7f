import Foundation

/// A named unit such as `kWh` or `Nm3`: its size relative to the base unit of its dimension.
public struct UnitAtom: Hashable, Sendable {
    public let symbol: String
    public let scale: Decimal
    public let dimension: Dimension

    public init(symbol: String, scale: Decimal, dimension: Dimension) {
        self.symbol = symbol
        self.scale = scale
        self.dimension = dimension
    }
}

/// The units jcm knows. Base units: J, s, kg, tCO2, m, Nm3 and each currency's unit.
public enum UnitCatalog {
    /// Atoms that accept the k, M and G prefixes (kW, MWh, GJ, kNm3, ktCO2).
    static let prefixable: [UnitAtom] = [
        UnitAtom(symbol: "W", scale: 1, dimension: .energy / .time),
        UnitAtom(symbol: "Wp", scale: 1, dimension: .energy / .time),
        UnitAtom(symbol: "Wh", scale: 3600, dimension: .energy),
        UnitAtom(symbol: "J", scale: 1, dimension: .energy),
        UnitAtom(symbol: "Nm3", scale: 1, dimension: .normalVolume),
        UnitAtom(symbol: "t", scale: 1000, dimension: .mass),
        UnitAtom(symbol: "tCO2", scale: 1, dimension: .co2),
        UnitAtom(symbol: "VA", scale: 1, dimension: .energy / .time),
    ]

    static let plain: [UnitAtom] = [
        UnitAtom(symbol: "s", scale: 1, dimension: .time),
        UnitAtom(symbol: "min", scale: 60, dimension: .time),
        UnitAtom(symbol: "h", scale: 3600, dimension: .time),
        UnitAtom(symbol: "d", scale: 86400, dimension: .time),
        // The legal durable year: 365 days.
        UnitAtom(symbol: "yr", scale: 31_536_000, dimension: .time),
        UnitAtom(symbol: "kg", scale: 1, dimension: .mass),
        UnitAtom(symbol: "g", scale: Decimal(string: "0.001")!, dimension: .mass),
        UnitAtom(symbol: "kgCO2", scale: Decimal(string: "0.001")!, dimension: .co2),
        UnitAtom(symbol: "gCO2", scale: Decimal(string: "0.000001")!, dimension: .co2),
        UnitAtom(symbol: "m", scale: 1, dimension: .length),
        UnitAtom(symbol: "km", scale: 1000, dimension: .length),
        UnitAtom(symbol: "m2", scale: 1, dimension: .length.raised(to: 2)),
        UnitAtom(symbol: "ha", scale: 10000, dimension: .length.raised(to: 2)),
        UnitAtom(symbol: "m3", scale: 1, dimension: .length.raised(to: 3)),
        UnitAtom(symbol: "L", scale: Decimal(string: "0.001")!, dimension: .length.raised(to: 3)),
        UnitAtom(symbol: "%", scale: Decimal(string: "0.01")!, dimension: .none),
        UnitAtom(symbol: "JPY", scale: 1, dimension: .currency("JPY")),
        UnitAtom(symbol: "VND", scale: 1, dimension: .currency("VND")),
        UnitAtom(symbol: "USD", scale: 1, dimension: .currency("USD")),
    ]

    static let aliases: [String: String] = ["tCO2e": "tCO2", "tCO2eq": "tCO2", "year": "yr", "yrs": "yr", "years": "yr", "days": "d", "day": "d"]

    static let prefixes: [(String, Decimal)] = [("k", 1000), ("M", 1_000_000), ("G", 1_000_000_000)]

    /// Finds an atom by its symbol, trying prefixes on prefixable units.
    public static func atom(named symbol: String) -> UnitAtom? {
        let name = aliases[symbol] ?? symbol
        if let atom = plain.first(where: { $0.symbol == name }) ?? prefixable.first(where: { $0.symbol == name }) {
            return atom
        }
        for (prefix, factor) in prefixes where name.hasPrefix(prefix) {
            let rest = String(name.dropFirst(prefix.count))
            if let base = prefixable.first(where: { $0.symbol == rest }) {
                return UnitAtom(symbol: name, scale: base.scale * factor, dimension: base.dimension)
            }
        }
        return nil
    }

    /// Every symbol a user may write without a prefix, for suggestions.
    public static var knownSymbols: [String] {
        (plain + prefixable).map(\.symbol) + prefixable.flatMap { atom in prefixes.map { $0.0 + atom.symbol } }
    }
}
