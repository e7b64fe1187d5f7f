import Foundation
import JCMRules
import JCMUnits
import Testing

@testable import JCMKit

/// The shipped call's rules evaluated with the total of credits issued set, so that the split of
/// the first issuances in Viet Nam (MOEJ, 10 October 2017) can be checked tonne for tonne.
private final class IssuanceScope: Scope {
    let project: ProjectScope
    let programme: Programme
    let overrides: [String: Value]

    init(_ loaded: LoadedProject, overrides: [String: Value]) throws {
        project = ProjectScope(loaded)
        programme = try #require(loaded.programme)
        self.overrides = overrides
    }

    var names: [String] { project.names }

    /// The credit equations are evaluated here, over the overridden values; the rest is the project's.
    func binding(for name: String) -> Binding? {
        if let value = overrides[name] { return Binding(value: value, origin: nil) }
        if let equation = programme.rules.equations.first(where: { $0.symbol == name }),
            name.hasPrefix("credit") || name.hasPrefix("host_country_credit")
        {
            return (try? Evaluator(scope: self).evaluate(equation.expression.expression)).map { Binding(value: $0, origin: nil) }
        }
        return project.binding(for: name)
    }

    func tonnes(_ symbol: String) throws -> String {
        try #require(binding(for: symbol)).value.description
    }
}

@Suite struct CreditSharesTests {
    private func scope(issued: String, japanShare: String) throws -> IssuanceScope {
        let loaded = try japanShare == "50 %" ? Fixture.load(Fixture.blower) : Fixture.load(Fixture.blower) {
            $0.replacingOccurrences(of: "credits_share_to_government_of_japan: 50 %",
                                    with: "credits_share_to_government_of_japan: \(japanShare)")
        }
        return try IssuanceScope(loaded, overrides: ["issued_credits": .quantity(try Quantity(parsing: issued))])
    }

    @Test func vn004GaveVietNamSixteenTonnesOf151() throws {
        let issuance = try scope(issued: "151 tCO2", japanShare: "50 %")
        #expect(try issuance.tonnes("host_country_credit_share") == "10 %")
        #expect(try issuance.tonnes("credits_to_host_country") == "16 tCO2", "10 % of 151 is 15.1, rounded up")
        #expect(try issuance.tonnes("credits_to_government_of_japan") == "76 tCO2", "half of 151, rounded up")
        #expect(try issuance.tonnes("credits_to_participants") == "59 tCO2")
    }

    @Test func vn001GaveVietNam29TonnesOf288AndJapanMoreThanHalf() throws {
        // Japan received 201 t of 288: a committed share above the minimum (201/288 = 69.79… %).
        let issuance = try scope(issued: "288 tCO2", japanShare: "69.7 %")
        #expect(try issuance.tonnes("credits_to_host_country") == "29 tCO2", "10 % of 288 is 28.8, rounded up")
        #expect(try issuance.tonnes("credits_to_government_of_japan") == "201 tCO2")
        #expect(try issuance.tonnes("credits_to_participants") == "58 tCO2")
    }

    @Test func theBlowersLifetimeSplitIsInTheTrace() throws {
        let calculation = try Calculation.run(try Fixture.load(Fixture.blower))
        func value(_ symbol: String) -> String { calculation.step(symbol)?.value.description ?? "absent" }
        #expect(value("issued_credits") == "10,251 tCO2")
        #expect(value("credits_to_government_of_japan") == "5,126 tCO2")
        #expect(value("credits_to_host_country") == "1,026 tCO2")
        #expect(value("credits_to_participants") == "4,099 tCO2")
    }

    @Test func aCountryWithoutARecordedShareLeavesTheSplitUndefinedWithItsReason() throws {
        let loaded = try Fixture.load(Fixture.blower) { $0.replacingOccurrences(of: "host_country: Viet Nam", with: "host_country: Mongolia") }
        let calculation = try Calculation.run(loaded)
        guard case .undefined(let reason)? = calculation.step("host_country_credit_share")?.value else {
            Issue.record("the share of a country the data does not record must be undefined"); return
        }
        #expect(Fixture.english.style.cause(reason).contains("records no share of the credits for this host country"))
        guard case .undefined? = calculation.step("credits_to_participants")?.value else {
            Issue.record("the remainder depends on the host country's share"); return
        }
    }
}
