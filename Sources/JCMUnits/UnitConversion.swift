import Foundation
import Synchronization

/// How a value in one unit is expressed in another: multiplied by `up` and divided by `down`, or
/// multiplied by `ratio` alone when `up / down` terminates. Worked out once for each pair of
/// units, at most `capacity` pairs (the first met): a Decimal division cost more than the rest of
/// comparing two quantities, and a project of 10,000 items compares the same few pairs.
struct UnitConversion: Sendable {
    let up: Decimal
    let down: Decimal
    let ratio: Decimal?

    init(from unit: Unit, to other: Unit) {
        up = unit.scaleNumerator * other.scaleDenominator
        down = unit.scaleDenominator * other.scaleNumerator
        // Dividing by one is common (kWh → Wh).
        let ratio = down == 1 ? up : up / down
        self.ratio = ratio * down == up ? ratio : nil
    }

    static let capacity = 1024
    private static let known = Mutex<[Pair: UnitConversion]>([:])

    static func between(_ unit: Unit, _ other: Unit) -> UnitConversion {
        let pair = Pair(from: unit, to: other)
        if let known = known.withLock({ $0[pair] }) { return known }
        let conversion = UnitConversion(from: unit, to: other)
        known.withLock { if $0.count < capacity { $0[pair] = conversion } }
        return conversion
    }

    static var knownCount: Int { known.withLock { $0.count } }

    /// Hashes the atoms' symbols and exponents only (an atom's scale and dimension follow from
    /// its symbol); equality still compares the whole units.
    private struct Pair: Hashable {
        let from: Unit
        let to: Unit

        func hash(into hasher: inout Hasher) {
            for unit in [from, to] {
                hasher.combine(unit.factors.count)
                for factor in unit.factors {
                    hasher.combine(factor.atom.symbol)
                    hasher.combine(factor.exponent)
                }
            }
        }
    }
}
