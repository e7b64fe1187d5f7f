import Foundation
import JCMDiagnostics
import JCMRules
import JCMUnits

/// A pipeline of projects screened together (`jcm portfolio`): each project's verdict, the
/// methodology it applies or the path it would need, its annual reductions, subsidy and
/// cost-effectiveness, ranked by cost-effectiveness, with totals.
public struct Portfolio: Sendable {
    /// How a project can be calculated under the JCM.
    public enum Path: Sendable {
        /// A methodology of the catalogue is applied.
        case methodology(Methodology)
        /// None is applied; approved JCM methodologies of its family exist (in some partner country).
        case family(MethodologyFamilies.Family)
        /// None is applied and none of its family is approved: a proposed methodology is needed.
        case proposedMethodologyNeeded(MethodologyFamilies.Family?)
    }

    public struct Entry: Sendable {
        public var file: String
        public var assessment: Assessment?
        public var problems: [Diagnostic]
        public var path: Path?
        /// `screening.technology_family` names no family of the catalogue.
        public var unknownFamily: String?
        public var annualReductions: Value?
        public var subsidy: Quantity?
        public var costEffectiveness: Value?
        /// 1 for the lowest cost per tonne among projects that do not fail; nil when unranked.
        public var rank: Int?
    }

    public var entries: [Entry]
    public var families: MethodologyFamilies?
    /// The sum of the annual reductions that are figures (in tCO2/yr), and how many projects add to it.
    public var totalReductions: Quantity
    public var totalSubsidy: Quantity
    public var counted: Int

    public static func screen(_ batch: [BatchEntry], families: MethodologyFamilies?) -> Portfolio {
        var entries = batch.map { entry in Self.entry(entry, families: families) }
        let ranked = entries.indices.filter { index in
            guard let verdict = entries[index].assessment?.eligibility.verdict, verdict != .fail,
                case .quantity? = entries[index].costEffectiveness else { return false }
            return true
        }.sorted { lhs, rhs in
            let left = Self.number(entries[lhs].costEffectiveness), right = Self.number(entries[rhs].costEffectiveness)
            return left != right ? left < right : entries[lhs].file < entries[rhs].file
        }
        for (position, index) in ranked.enumerated() { entries[index].rank = position + 1 }
        let perYear = try? Unit(parsing: "tCO2/yr")
        let yen = try? Unit(parsing: "JPY")
        var reductions = Decimal(0), subsidy = Decimal(0), counted = 0
        for entry in entries {
            if case .quantity(let annual)? = entry.annualReductions, let perYear, let value = try? annual.converted(to: perYear).value {
                reductions += value
                counted += 1
            }
            if let given = entry.subsidy, let yen, let value = try? given.converted(to: yen).value { subsidy += value }
        }
        return Portfolio(entries: entries, families: families, totalReductions: Quantity(reductions, perYear ?? .one),
                         totalSubsidy: Quantity(subsidy, yen ?? .one), counted: counted)
    }

    private static func entry(_ entry: BatchEntry, families: MethodologyFamilies?) -> Entry {
        var result = Entry(file: entry.file, assessment: entry.assessment, problems: entry.problems)
        guard let assessment = entry.assessment else { return result }
        let familyID: String? = if case .text(let id)? = assessment.project.data.descendant("screening.technology_family")?.value { id } else { nil }
        let family = familyID.flatMap { families?.family($0) }
        if let familyID, family == nil { result.unknownFamily = familyID }
        if let methodology = assessment.methodology {
            result.path = .methodology(methodology)
        } else if let family, !family.approved.isEmpty {
            result.path = .family(family)
        } else {
            result.path = .proposedMethodologyNeeded(family)
        }
        let calculation = assessment.calculation
        result.annualReductions = calculation.step("annual_emission_reductions")?.value ?? calculation.emissionReductions?.value
        result.costEffectiveness = calculation.step("cost_effectiveness")?.value
        if case .quantity(let subsidy)? = assessment.project.data.descendant("finance.subsidy_requested")?.value { result.subsidy = subsidy }
        return result
    }

    private static func number(_ value: Value?) -> Decimal {
        if case .quantity(let quantity)? = value { return quantity.value }
        return .greatestFiniteMagnitude
    }
}
