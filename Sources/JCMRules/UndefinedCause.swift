/// Why a figure does not exist for a project.
public enum UndefinedCause: Sendable, Equatable {
    /// A division whose divisor is zero, such as a cost per tonne when nothing is reduced.
    case divisionByZero(divisor: Expression, value: Value)
    /// A condition the figure needs does not hold, such as tonnes reduced for a cost per tonne.
    case notDefined(condition: Expression, reason: LocalizedText)
}
