import Foundation
import JCMRules
import JCMUnits

/// How headline tables (the proposal summary, the PDD's estimate) show emission figures: tonnes
/// and tonnes a year to 0.1, rounded down so that no figure shown is overstated; every other value
/// as it is. The calculation sheet and the XML keep every digit.
enum HeadlinePrecision {
    static let tonnes = Unit(UnitCatalog.atom(named: "tCO2")!)
    static let tonnesPerYear = tonnes / Unit(UnitCatalog.atom(named: "yr")!)
    /// 0.1 of the figure's unit.
    static let step = Decimal(sign: .plus, exponent: -1, significand: 1)
    /// `0.1 tCO2`, as documents state it.
    static let increment = Quantity(step, tonnes)

    /// The value as a headline table shows it.
    static func shown(_ value: Value) -> Value {
        guard case .quantity(let quantity) = value, [tonnes, tonnesPerYear].contains(quantity.unit),
              let rounded = try? quantity.rounded(toMultipleOf: Quantity(step, quantity.unit), .down)
        else { return value }
        return .quantity(rounded)
    }
}
