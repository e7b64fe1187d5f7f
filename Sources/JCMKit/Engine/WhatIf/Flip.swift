import JCMRules
import JCMUnits

/// Where moving one input changes a verdict or makes a figure appear or vanish.
public struct Flip: Sendable {
    public enum Direction: String, Sendable { case down, up }

    /// Which end of the change the threshold is.
    public enum Boundary: String, Sendable {
        /// The threshold keeps the base state; any value beyond it changes (`subsidy ≤ 30,000,000 JPY`).
        case lastUnchanged = "last unchanged"
        /// The threshold itself already changes (`flow < 162,000 Nm3/h`: at 162,000 it fails).
        case firstChanged = "first changed"
        /// The change lies strictly between two values a unit of the last digit apart; the
        /// threshold is given to the declared significant digits.
        case between
    }

    public var subject: WhatIfSubject
    public var from: WhatIfState
    public var to: WhatIfState
    public var direction: Direction
    public var threshold: Quantity
    public var boundary: Boundary
    /// The two closest values tried on either side of the change.
    public var lastUnchanged: Quantity
    public var firstChanged: Quantity
}

/// The emission reductions with one input 10 % lower and 10 % higher.
public struct Sensitivity: Sendable {
    public struct Point: Sendable {
        public enum Outcome: Sendable {
            case reductions(Value)
            /// The moved input lies beyond its declared bounds.
            case beyondBounds
            /// A rule cannot be evaluated with the moved input (a fraction of a year to add to a date).
            case notEvaluable
        }

        public var input: Quantity
        public var outcome: Outcome
    }

    public var base: Value
    public var lower: Point
    public var upper: Point
}

/// What moving one input does.
public struct InputAnalysis: Sendable {
    public var input: VariedInput
    /// Nearest change first on each side, down then up.
    public var flips: [Flip]
    /// Where the search stopped on a side because the rules cannot be evaluated with the value
    /// there (a fraction of a year to add to a date), nearest first.
    public var stops: [(direction: Flip.Direction, value: Quantity)]
    public var sensitivity: Sensitivity?
}
