import JCMUnits

/// A table the rules read a value from: a step table (a support rate by the number of similar
/// projects) or a piecewise-linear curve (a specific consumption by flow ratio). Both axes carry a
/// unit; rows are sorted by their input. Declared by a methodology or a programme call, or given by
/// a project (a curve measured on site).
public struct LookupTable: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Each row holds from its `from` (included) to its `below` (excluded); the last row may be open.
        case step
        /// Straight lines between the points; the input must lie between the first and last point.
        case linear
    }

    /// One row: a step's interval and value, or a curve's point (`from` is its input, `below` nil).
    public struct Row: Sendable, Equatable {
        public var from: Quantity
        public var below: Quantity?
        public var value: Quantity

        public init(from: Quantity, below: Quantity? = nil, value: Quantity) {
            self.from = from
            self.below = below
            self.value = value
        }
    }

    /// The most rows a table may have: a measured curve has a handful, a step table a few tiers.
    public static let maximumPoints = 1_000

    public var name: String
    public var kind: Kind
    public var inputUnit: Unit
    public var unit: Unit
    public var rows: [Row]
    /// Where the table comes from: the rule set's provenance or the project's place.
    public var origin: Origin

    public init(name: String, kind: Kind, inputUnit: Unit, unit: Unit, rows: [Row], origin: Origin) {
        self.name = name
        self.kind = kind
        self.inputUnit = inputUnit
        self.unit = unit
        self.rows = rows
        self.origin = origin
    }

    /// What is wrong with the rows (unsorted, a gap, an overlap, a unit of another dimension, too
    /// few points), with the index of the row at fault; nil when the table is sound.
    public func problem(minimumPoints: Int = 2) -> (row: Int?, message: String)? {
        guard !rows.isEmpty else { return (nil, "has no rows") }
        if rows.count > Self.maximumPoints { return (nil, "has \(rows.count) rows; a table may have at most \(Self.maximumPoints)") }
        if kind == .linear, rows.count < minimumPoints {
            return (nil, "has \(rows.count) point(s); a curve needs at least \(minimumPoints)")
        }
        for (index, row) in rows.enumerated() {
            if let message = problem(at: index, row) { return (index, message) }
        }
        return nil
    }

    private func problem(at index: Int, _ row: Row) -> String? {
        let label = kind == .step ? "row \(index + 1)" : "point \(index + 1)"
        var axes = [("input", row.from, inputUnit), ("value", row.value, unit)]
        if let below = row.below { axes.append(("'below'", below, inputUnit)) }
        for (what, quantity, unit) in axes where quantity.dimension != unit.dimension {
            return "\(label): the \(what) \(quantity) is not in \(unit.isOne ? "a plain number" : "\(unit) (\(unit.dimension))")"
        }
        if kind == .linear, row.below != nil { return "\(label): a curve's point has no 'below'" }
        if kind == .step, row.below == nil, index != rows.count - 1 {
            return "\(label): only the last row may be open-ended (give its 'below')"
        }
        if let below = row.below, !Self.less(row.from, below) {
            return "\(label): 'below' \(below) is not above 'from' \(row.from)"
        }
        guard index > 0 else { return nil }
        let previous = rows[index - 1]
        if kind == .linear, !Self.less(previous.from, row.from) {
            return "\(label): the inputs are not in ascending order (\(previous.from) then \(row.from))"
        }
        if kind == .step, let end = previous.below, !Self.same(end, row.from) {
            let word = Self.less(end, row.from) ? "a gap" : "an overlap"
            return "\(label): \(word) between \(end) (the end of row \(index)) and \(row.from)"
        }
        return nil
    }

    /// The value at `input` and which row or points gave it; nil when `input` lies outside the table.
    public func lookUp(_ input: Quantity) -> TableLookup? {
        switch kind {
        case .step:
            for row in rows where !Self.less(input, row.from) && (row.below.map { Self.less(input, $0) } ?? true) {
                return TableLookup(
                    table: name, input: input, result: row.value, used: .row(from: row.from, below: row.below))
            }
            return nil
        case .linear:
            for (lower, upper) in zip(rows, rows.dropFirst())
            where !Self.less(input, lower.from) && !Self.less(upper.from, input) {
                if Self.same(input, lower.from) {
                    return TableLookup(table: name, input: input, result: lower.value, used: .point(lower.from))
                }
                if Self.same(input, upper.from) {
                    return TableLookup(table: name, input: input, result: upper.value, used: .point(upper.from))
                }
                guard let result = try? Self.interpolate(input, lower, upper) else { return nil }
                return TableLookup(
                    table: name, input: input, result: result,
                    used: .between(lower.from, lower.value, upper.from, upper.value))
            }
            return nil
        }
    }

    /// The first and last input the table covers (the last is nil for an open step table).
    public var range: (first: Quantity, last: Quantity?) {
        (rows[0].from, kind == .linear ? rows.last?.from : rows.last?.below)
    }

    /// y₀ + (x − x₀) × (y₁ − y₀) / (x₁ − x₀), exact.
    private static func interpolate(_ input: Quantity, _ lower: Row, _ upper: Row) throws(UnitError) -> Quantity {
        let rise = try upper.value - lower.value
        let run = try upper.from - lower.from
        let along = try input - lower.from
        let result = try lower.value + (try (try along * rise) / run)
        return try result.converted(to: lower.value.unit)
    }

    private static func less(_ lhs: Quantity, _ rhs: Quantity) -> Bool {
        (try? Quantity.compare(lhs, rhs)) == .orderedAscending
    }
    private static func same(_ lhs: Quantity, _ rhs: Quantity) -> Bool {
        (try? Quantity.compare(lhs, rhs)) == .orderedSame
    }
}

/// One use of a table: the input, the value read and the row or points it came from, for the trace.
public struct TableLookup: Sendable, Equatable {
    public enum Used: Sendable, Equatable {
        /// A step table's row `from ≤ input < below`.
        case row(from: Quantity, below: Quantity?)
        /// A curve's point, hit exactly.
        case point(Quantity)
        /// Interpolated on the straight line between two points (x₀, y₀) and (x₁, y₁).
        case between(Quantity, Quantity, Quantity, Quantity)
    }

    public var table: String
    public var input: Quantity
    public var result: Quantity
    public var used: Used
}
