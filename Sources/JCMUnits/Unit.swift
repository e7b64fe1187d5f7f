import Foundation

/// A unit as a product of atoms with integer exponents, e.g. kWh·kNm3⁻¹.
///
/// The size is kept as a numerator and a denominator so that conversions between
/// decimal-friendly units (kWh → MWh, J → kWh) stay exact.
public struct Unit: Hashable, Sendable {
    public struct Factor: Hashable, Sendable {
        public var atom: UnitAtom
        public var exponent: Int
    }

    public let factors: [Factor]
    /// Kept beside the factors: every comparison and sum checks it, and deriving it anew was a
    /// tenth of checking a project with many items.
    public let dimension: Dimension

    public init(factors: [Factor]) {
        var merged: [Factor] = []
        for factor in factors {
            if let index = merged.firstIndex(where: { $0.atom == factor.atom }) {
                merged[index].exponent += factor.exponent
            } else {
                merged.append(factor)
            }
        }
        self.factors = merged.filter { $0.exponent != 0 }
        dimension = self.factors.reduce(Dimension.none) { $0 * $1.atom.dimension.raised(to: $1.exponent) }
    }

    public init(_ atom: UnitAtom) { self.init(factors: [Factor(atom: atom, exponent: 1)]) }

    public static let one = Unit(factors: [])

    var scaleNumerator: Decimal { scalePart { $0 > 0 } }
    var scaleDenominator: Decimal { scalePart { $0 < 0 } }

    private func scalePart(_ include: (Int) -> Bool) -> Decimal {
        factors.filter { include($0.exponent) }.reduce(Decimal(1)) { product, factor in
            var result = product
            for _ in 0..<abs(factor.exponent) { result *= factor.atom.scale }
            return result
        }
    }

    /// Expresses `value` (in this unit) in `other`, exactly whenever the result terminates: 7.2 GJ
    /// becomes exactly 2 MWh.
    ///
    /// When the ratio of the two units is a terminating decimal (MWh → kWh is 1000) the value is
    /// multiplied by it; otherwise (J → kWh) the value is multiplied first and divided once.
    /// Returns the value and whether it is exact (it is not when the units' ratio does not terminate
    /// and the division does not come out even, or when `exactly` is false).
    public func convert(_ value: Decimal, to other: Unit, exactly: Bool = true) throws(UnitError) -> (Decimal, Bool) {
        if self == other { return (value, exactly) }
        let conversion = UnitConversion.between(self, other)
        if let ratio = conversion.ratio {
            return (exactly ? try ExactDecimal.product(value, ratio) : value * ratio, exactly)
        }
        let scaled = exactly ? try ExactDecimal.product(value, conversion.up) : value * conversion.up
        let result = scaled / conversion.down
        return (result, exactly && ExactDecimal.divides(result, conversion.down, into: scaled))
    }

    public static func * (lhs: Unit, rhs: Unit) -> Unit { Unit(factors: lhs.factors + rhs.factors) }
    public static func / (lhs: Unit, rhs: Unit) -> Unit { lhs * rhs.raised(to: -1) }

    public func raised(to power: Int) -> Unit {
        Unit(factors: factors.map { Factor(atom: $0.atom, exponent: $0.exponent * power) })
    }

    public var isOne: Bool { factors.isEmpty }
}

extension Unit: CustomStringConvertible {
    /// `tCO2/MWh`, `kWh·tCO2/MWh`, `1/h`; empty for a pure number.
    public var description: String {
        func part(_ list: [Factor]) -> String {
            list.map { abs($0.exponent) == 1 ? $0.atom.symbol : "\($0.atom.symbol)^\(abs($0.exponent))" }
                .joined(separator: "·")
        }
        let up = part(factors.filter { $0.exponent > 0 })
        let down = factors.filter { $0.exponent < 0 }
        if down.isEmpty { return up }
        let downText = part(down)
        let wrapped = down.count > 1 ? "(\(downText))" : downText
        return "\(up.isEmpty ? "1" : up)/\(wrapped)"
    }
}
