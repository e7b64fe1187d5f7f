import Foundation
import JCMUnits

/// Finds where a state changes between two values of an input. It bisects on round decimals: the
/// value tried is the roundest number between the two ends, so a threshold that is a round figure
/// (a subsidy of 30,000,000 JPY, 90 % of a rated flow) is met exactly rather than approached.
struct ThresholdSearch {
    /// Significant digits a threshold is given to; one more is searched, to round the last.
    let digits: Int
    let isInteger: Bool
    /// The state watched at a value of the input; nil where the rules cannot run.
    let state: (Decimal) -> WhatIfState?

    struct Found {
        var lastUnchanged: Decimal
        var firstChanged: Decimal
        var changedTo: WhatIfState
        var threshold: Decimal
        var boundary: Flip.Boundary
    }

    /// `unchanged` has the state `base`, `changed` another one; the two are narrowed towards each other.
    func refine(base: WhatIfState, unchanged: Decimal, changed: Decimal, changedTo: WhatIfState) -> Found {
        var (a, b, to) = (unchanged, changed, changedTo)
        for _ in 0..<512 where !closeEnough(a, b) {
            guard let middle = Self.roundest(between: a, b, integer: isInteger) else { break }
            let found = state(middle)
            if found == base {
                a = middle
            } else {
                b = middle
                if let found { to = found }
            }
        }
        if isInteger {
            return Found(lastUnchanged: a, firstChanged: b, changedTo: to, threshold: b, boundary: .firstChanged)
        }
        // The ends are a resolution apart: is the change exactly at one of them?
        let epsilon = Self.power(DecimalText.magnitude(resolution(a, b)) - 18)
        let toward = b > a ? epsilon : -epsilon
        if let beyond = state(a + toward), beyond != base {
            return Found(lastUnchanged: a, firstChanged: b, changedTo: to, threshold: a, boundary: .lastUnchanged)
        }
        if state(b - toward) == base {
            return Found(lastUnchanged: a, firstChanged: b, changedTo: to, threshold: b, boundary: .firstChanged)
        }
        return Found(
            lastUnchanged: a, firstChanged: b, changedTo: to, threshold: DecimalText.significant((a + b) / 2, digits: digits),
            boundary: .between)
    }

    private func closeEnough(_ a: Decimal, _ b: Decimal) -> Bool {
        let width = (b - a).magnitude
        return isInteger ? width <= 1 : width <= resolution(a, b)
    }

    /// One unit of the digit after the last one given.
    private func resolution(_ a: Decimal, _ b: Decimal) -> Decimal {
        let largest = max(a.magnitude, b.magnitude)
        return Self.power((largest.isZero ? 0 : DecimalText.magnitude(largest)) - digits)
    }

    /// The number with the fewest significant digits strictly between `a` and `b` (the one nearest
    /// their middle among those); nil when there is none (two adjacent whole numbers).
    static func roundest(between a: Decimal, _ b: Decimal, integer: Bool) -> Decimal? {
        let (low, high) = a < b ? (a, b) : (b, a)
        let width = high - low
        guard width > 0 else { return nil }
        let top = DecimalText.magnitude(width)
        for exponent in stride(from: top, through: top - 40, by: -1) {
            if integer, exponent < 0 { return nil }
            let step = power(exponent)
            let nearest = multiple(of: step, near: (low + high) / 2, .plain)
            if nearest > low, nearest < high { return nearest }
            let next = multiple(of: step, near: low, .down) + step
            if next > low, next < high { return next }
        }
        return nil
    }

    static func power(_ exponent: Int) -> Decimal { Decimal(sign: .plus, exponent: exponent, significand: 1) }

    private static func multiple(of step: Decimal, near x: Decimal, _ mode: NSDecimalNumber.RoundingMode) -> Decimal {
        var quotient = x / step
        var whole = Decimal()
        NSDecimalRound(&whole, &quotient, 0, mode)
        return whole * step
    }
}
