/// A physical or monetary dimension as integer exponents over a few base dimensions.
///
/// Energy is a base dimension (rather than mass·length²/time²) because nothing in a JCM
/// calculation mixes energy with mechanics, and messages read better as "energy/time".
/// CO2 mass is distinct from other mass, normal gas volume from geometric volume, and each
/// currency is its own base: adding JPY to USD needs an explicit exchange rate.
public struct Dimension: Hashable, Sendable {
    /// The base dimensions with a non-zero exponent, sorted by name. Every sum, comparison and
    /// product of quantities combines dimensions: two short sorted lists merge without the tables
    /// a dictionary of exponents built and hashed at each step.
    private let components: [Component]

    private struct Component: Hashable, Sendable {
        let name: String
        let exponent: Int
    }

    public init(_ exponents: [String: Int] = [:]) {
        components = exponents.filter { $0.value != 0 }.map { Component(name: $0.key, exponent: $0.value) }
            .sorted { $0.name < $1.name }
    }

    private init(components: [Component]) { self.components = components }

    public static let none = Dimension()
    public static let energy = Dimension(["energy": 1])
    public static let time = Dimension(["time": 1])
    public static let mass = Dimension(["mass": 1])
    public static let co2 = Dimension(["CO2": 1])
    public static let length = Dimension(["length": 1])
    public static let normalVolume = Dimension(["normal volume": 1])
    public static func currency(_ code: String) -> Dimension { Dimension([code: 1]) }

    public var isDimensionless: Bool { components.isEmpty }

    public static func * (lhs: Dimension, rhs: Dimension) -> Dimension {
        if lhs.isDimensionless { return rhs }
        if rhs.isDimensionless { return lhs }
        let left = lhs.components, right = rhs.components
        var merged: [Component] = []
        merged.reserveCapacity(left.count + right.count)
        var i = 0, j = 0
        while i < left.count || j < right.count {
            if j == right.count || (i < left.count && left[i].name < right[j].name) {
                merged.append(left[i])
                i += 1
            } else if i == left.count || right[j].name < left[i].name {
                merged.append(right[j])
                j += 1
            } else {
                let exponent = left[i].exponent + right[j].exponent
                if exponent != 0 { merged.append(Component(name: left[i].name, exponent: exponent)) }
                i += 1
                j += 1
            }
        }
        return Dimension(components: merged)
    }

    public static func / (lhs: Dimension, rhs: Dimension) -> Dimension {
        lhs * rhs.raised(to: -1)
    }

    public func raised(to power: Int) -> Dimension {
        switch power {
        case 0: .none
        case 1: self
        default: Dimension(components: components.map { Component(name: $0.name, exponent: $0.exponent * power) })
        }
    }
}

extension Dimension: CustomStringConvertible {
    /// Reads as "energy", "energy/time", "CO2/energy" or "dimensionless".
    public var description: String {
        if isDimensionless { return "dimensionless" }
        if self == .energy / .time { return "power" }
        func part(_ entries: [(String, Int)]) -> String {
            entries.map { $0.1 == 1 ? $0.0 : "\($0.0)^\($0.1)" }.joined(separator: "·")
        }
        let numerator = part(components.filter { $0.exponent > 0 }.map { ($0.name, $0.exponent) })
        let denominator = part(components.filter { $0.exponent < 0 }.map { ($0.name, -$0.exponent) })
        if denominator.isEmpty { return numerator }
        return "\(numerator.isEmpty ? "1" : numerator)/\(denominator)"
    }
}
