import JCMDiagnostics
import JCMRules
import JCMUnits

/// Every equation of the methodology (then the programme's financial ones), in order, with
/// the headline figures picked out.
public struct Calculation: Sendable {
    public var methodologySteps: [EquationOutcome]
    public var programmeSteps: [EquationOutcome]
    public var referenceEmissions: EquationOutcome?
    public var projectEmissions: EquationOutcome?
    public var emissionReductions: EquationOutcome?

    public var steps: [EquationOutcome] { methodologySteps + programmeSteps }

    public func step(_ symbol: String) -> EquationOutcome? { steps.first { $0.equation.symbol == symbol } }

    /// The figures that do not exist for the project (a cost per tonne without reductions).
    public var undefinedSteps: [EquationOutcome] { steps.filter { if case .undefined = $0.value { true } else { false } } }

    /// Every unverified value that changes any result, once each.
    public var unverifiedInputs: [UnverifiedInput] { steps.flatMap(\.unverifiedInputs).uniqued() }

    public static func run(_ loaded: LoadedProject, scope: ProjectScope? = nil) throws(DiagnosticError) -> Calculation {
        let scope = scope ?? ProjectScope(loaded)
        var faults: [Diagnostic] = []
        func outcomes(_ equations: [Equation]) -> [EquationOutcome] {
            equations.compactMap { equation -> EquationOutcome? in
                do { return try scope.outcome(of: equation.symbol) } catch let error as RuleFault {
                    faults.append(error.diagnostic)
                    return nil
                } catch {
                    faults.append(.error(.R2, "\(equation.symbol): \(error)", at: equation.location))
                    return nil
                }
            }
        }
        let methodologySteps = outcomes(loaded.methodology?.rules.equations ?? [])
        let programmeSteps = outcomes(loaded.programme?.rules.equations ?? [])
        if !faults.isEmpty { throw DiagnosticError(faults) }
        let results = loaded.methodology?.results
        func find(_ symbol: String?) -> EquationOutcome? { methodologySteps.first { $0.equation.symbol == symbol } }
        return Calculation(methodologySteps: methodologySteps, programmeSteps: programmeSteps,
                           referenceEmissions: find(results?.referenceEmissions), projectEmissions: find(results?.projectEmissions),
                           emissionReductions: find(results?.emissionReductions))
    }
}
