import Foundation

/// Why two quantities could not be combined.
public enum UnitError: Error, Sendable, Equatable, CustomStringConvertible {
    case incompatible(operation: String, lhs: Unit, rhs: Unit)
    case divisionByZero
    /// Beyond what a 38-digit decimal holds (Foundation gives NaN there, which must never reach a result).
    case outOfRange
    /// The exact result needs more than 38 significant digits.
    case precisionLoss

    public var description: String {
        switch self {
        case .incompatible(let operation, let lhs, let rhs):
            let left = lhs.isOne ? "a pure number" : "\(lhs) (\(lhs.dimension))"
            let right = rhs.isOne ? "a pure number" : "\(rhs) (\(rhs.dimension))"
            return "cannot \(operation) \(left) and \(right)"
        case .divisionByZero:
            return "division by zero"
        case .outOfRange:
            return "the result is too large or too small to compute exactly"
        case .precisionLoss:
            return "the exact result needs more than 38 significant digits, and jcm never rounds silently; give the inputs with fewer digits"
        }
    }
}

/// An exact decimal amount with its unit.
public struct Quantity: Hashable, Sendable {
    public var value: Decimal
    public var unit: Unit
    /// False once a division that does not terminate (1,728 MWh / 365 d) has cut the value to 38
    /// significant digits; such values print with "≈" and everything computed from them too.
    /// Exact values stay exact or the arithmetic fails: it never rounds them silently.
    public var isExact: Bool

    public init(_ value: Decimal, _ unit: Unit = .one, exact: Bool = true) {
        self.value = value
        self.unit = unit
        self.isExact = exact
    }

    public var dimension: Dimension { unit.dimension }

    public func converted(to target: Unit) throws(UnitError) -> Quantity {
        guard unit.dimension == target.dimension else {
            throw .incompatible(operation: "convert between", lhs: unit, rhs: target)
        }
        if unit == target { return self }
        let (converted, exact) = try unit.convert(value, to: target, exactly: isExact)
        return try Quantity(converted, target, exact: exact).checked()
    }

    /// Throws instead of letting NaN through.
    func checked() throws(UnitError) -> Quantity {
        if value.isNaN { throw .outOfRange }
        return self
    }

    public static func + (lhs: Quantity, rhs: Quantity) throws(UnitError) -> Quantity {
        guard lhs.dimension == rhs.dimension else { throw .incompatible(operation: "add", lhs: lhs.unit, rhs: rhs.unit) }
        let right = try rhs.converted(to: lhs.unit)
        let exact = lhs.isExact && right.isExact
        return try Quantity(exact ? ExactDecimal.sum(lhs.value, right.value) : lhs.value + right.value, lhs.unit, exact: exact).checked()
    }

    public static func - (lhs: Quantity, rhs: Quantity) throws(UnitError) -> Quantity {
        guard lhs.dimension == rhs.dimension else {
            throw .incompatible(operation: "subtract", lhs: lhs.unit, rhs: rhs.unit)
        }
        let right = try rhs.converted(to: lhs.unit)
        let exact = lhs.isExact && right.isExact
        return try Quantity(exact ? ExactDecimal.difference(lhs.value, right.value) : lhs.value - right.value, lhs.unit, exact: exact).checked()
    }

    public static func * (lhs: Quantity, rhs: Quantity) throws(UnitError) -> Quantity {
        let exact = lhs.isExact && rhs.isExact
        return try Quantity(exact ? ExactDecimal.product(lhs.value, rhs.value) : lhs.value * rhs.value, lhs.unit * rhs.unit, exact: exact)
            .simplified().checked()
    }

    public static func / (lhs: Quantity, rhs: Quantity) throws(UnitError) -> Quantity {
        if rhs.value.isZero { throw .divisionByZero }
        let quotient = lhs.value / rhs.value
        let exact = lhs.isExact && rhs.isExact && ExactDecimal.divides(quotient, rhs.value, into: lhs.value)
        return try Quantity(quotient, lhs.unit / rhs.unit, exact: exact).simplified().checked()
    }

    public static prefix func - (operand: Quantity) -> Quantity { Quantity(-operand.value, operand.unit, exact: operand.isExact) }

    /// Orders two quantities of one dimension.
    public static func compare(_ lhs: Quantity, _ rhs: Quantity) throws(UnitError) -> ComparisonResult {
        guard lhs.dimension == rhs.dimension else { throw .incompatible(operation: "compare", lhs: lhs.unit, rhs: rhs.unit) }
        if lhs.value.isNaN { throw .outOfRange }
        let right = try rhs.converted(to: lhs.unit).value
        if lhs.value < right { return .orderedAscending }
        if lhs.value > right { return .orderedDescending }
        return .orderedSame
    }

    /// How a value is brought to a whole multiple of an increment.
    public enum Rounding: String, Sendable {
        /// Towards minus infinity (emission reductions: never overstated).
        case down
        /// Towards plus infinity.
        case up
        /// To the nearest multiple, halves away from zero (money to the yen or sen).
        case nearest
    }

    /// The whole multiple of `increment` that `rounding` picks, e.g. 1,139.27 tCO2 → 1,139 tCO2.
    /// The rounding happens in the increment's unit, and the result is in that unit, so that
    /// rounding a value computed per day to 1 JPY/yr gives a whole number of JPY/yr.
    public func rounded(toMultipleOf increment: Quantity, _ rounding: Rounding) throws(UnitError) -> Quantity {
        guard increment.value > 0 else { throw .divisionByZero }
        var steps = try converted(to: increment.unit).value / increment.value
        var whole = Decimal()
        let mode: NSDecimalNumber.RoundingMode = switch rounding {
        case .down: .down
        case .up: .up
        case .nearest: .plain
        }
        // An approximate value whose 38 digits stop above the increment's place has lost the
        // digits the rounding needs: its result is approximate too.
        let lostDigits = !isExact && steps.exponent >= 0
        if !isExact {
            // The last digits of an approximate value are the noise of a division cut at 38 digits
            // (823.99999…981 for 824): taken to 30 significant digits first, the noise cannot
            // carry it across a multiple of the increment.
            steps = DecimalText.significant(steps, digits: Self.approximateDigits)
        }
        NSDecimalRound(&whole, &steps, 0, mode)
        // Otherwise a chosen multiple of the increment is an exact value, whatever it was rounded from.
        return try Quantity(ExactDecimal.product(whole, increment.value), increment.unit, exact: !lostDigits).checked()
    }

    /// The digits of an approximate value trusted by a rounding step.
    static let approximateDigits = 30

    /// Cancels atoms of one dimension that appear above and below the fraction bar
    /// (kWh·tCO2/MWh → tCO2) and folds pure-number atoms such as % into the value.
    func simplified() throws(UnitError) -> Quantity {
        var value = self.value
        var exact = isExact
        var factors = unit.factors
        while let (down, target) = Self.cancellablePair(in: factors) {
            for _ in 0..<(-factors[down].exponent) {
                let scaled = isExact ? try ExactDecimal.product(value, target.scale) : value * target.scale
                value = scaled / factors[down].atom.scale
                exact = exact && ExactDecimal.divides(value, factors[down].atom.scale, into: scaled)
            }
            factors[down].atom = target
            factors = Unit(factors: factors).factors
        }
        if factors.count > 1 || factors.contains(where: { $0.exponent != 1 }) {
            for factor in factors where factor.atom.dimension.isDimensionless {
                for _ in 0..<abs(factor.exponent) {
                    value = factor.exponent > 0 ? value * factor.atom.scale : value / factor.atom.scale
                }
            }
            factors.removeAll { $0.atom.dimension.isDimensionless }
        }
        return Quantity(value, Unit(factors: factors), exact: exact)
    }
}

extension Quantity {
    /// A factor below the bar and a different atom of the same dimension above it.
    private static func cancellablePair(in factors: [Unit.Factor]) -> (Int, UnitAtom)? {
        for (index, below) in factors.enumerated() where below.exponent < 0 {
            if let above = factors.first(where: {
                $0.exponent > 0 && $0.atom.dimension == below.atom.dimension && $0.atom != below.atom
            }) {
                return (index, above.atom)
            }
        }
        return nil
    }
}

extension Quantity: CustomStringConvertible {
    /// `1,054.8043776 tCO2`, as people read it.
    public var description: String {
        let number = (isExact ? "" : "≈ ") + DecimalText.grouped(value)
        return unit.isOne ? number : "\(number) \(unit)"
    }
}
