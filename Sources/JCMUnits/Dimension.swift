/// A physical or monetary dimension as integer exponents over a few base dimensions.
///
/// Energy is a base dimension (rather than mass·length²/time²) because nothing in a JCM
/// calculation mixes energy with mechanics, and messages read better as "energy/time".
/// CO2 mass is distinct from other mass, normal gas volume from geometric volume, and each
/// currency is its own base: adding JPY to USD needs an explicit exchange rate.
public struct Dimension: Hashable, Sendable {
    public private(set) var exponents: [String: Int]

    public init(_ exponents: [String: Int] = [:]) {
        self.exponents = exponents.filter { $0.value != 0 }
    }

    public static let none = Dimension()
    public static let energy = Dimension(["energy": 1])
    public static let time = Dimension(["time": 1])
    public static let mass = Dimension(["mass": 1])
    public static let co2 = Dimension(["CO2": 1])
    public static let length = Dimension(["length": 1])
    public static let normalVolume = Dimension(["normal volume": 1])
    public static func currency(_ code: String) -> Dimension { Dimension([code: 1]) }

    public var isDimensionless: Bool { exponents.isEmpty }

    public static func * (lhs: Dimension, rhs: Dimension) -> Dimension {
        Dimension(lhs.exponents.merging(rhs.exponents, uniquingKeysWith: +))
    }

    public static func / (lhs: Dimension, rhs: Dimension) -> Dimension {
        lhs * rhs.raised(to: -1)
    }

    public func raised(to power: Int) -> Dimension {
        Dimension(exponents.mapValues { $0 * power })
    }
}

extension Dimension: CustomStringConvertible {
    /// Reads as "energy", "energy/time", "CO2/energy" or "dimensionless".
    public var description: String {
        if isDimensionless { return "dimensionless" }
        if self == .energy / .time { return "power" }
        func part(_ entries: [(String, Int)]) -> String {
            entries.sorted { $0.0 < $1.0 }
                .map { $0.1 == 1 ? $0.0 : "\($0.0)^\($0.1)" }
                .joined(separator: "·")
        }
        let numerator = part(exponents.filter { $0.value > 0 }.map { ($0.key, $0.value) })
        let denominator = part(exponents.filter { $0.value < 0 }.map { ($0.key, -$0.value) })
        if denominator.isEmpty { return numerator }
        return "\(numerator.isEmpty ? "1" : numerator)/\(denominator)"
    }
}
