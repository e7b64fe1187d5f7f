import Foundation
import Testing
@testable import JCMUnits

@Suite struct UnitConversionTests {
    /// A conversion remembered for a pair of units gives what working it out again gives, for a
    /// ratio that terminates (kW·yr → MWh), one that does not (J → kWh) and one of 1 (kWh → Wh).
    @Test(arguments: [
        ("kW·yr", "MWh"), ("J", "kWh"), ("kWh", "Wh"), ("tCO2/MWh", "kgCO2/kWh"), ("kWh/kNm3", "MJ/Nm3"),
    ])
    func aRememberedConversionIsTheOneWorkedOut(from: String, to: String) throws {
        let unit = try Unit(parsing: from), other = try Unit(parsing: to)
        let fresh = UnitConversion(from: unit, to: other)
        for _ in 0..<2 {
            let known = UnitConversion.between(unit, other)
            #expect(known.up == fresh.up && known.down == fresh.down && known.ratio == fresh.ratio)
        }
        #expect((fresh.ratio == nil) == (from == "J"), "only J → kWh has a ratio that does not terminate")
        let (value, exact) = try unit.convert(Decimal(7_200_000), to: other)
        let back = try other.convert(value, to: unit, exactly: exact)
        #expect(!exact || back.0 == Decimal(7_200_000))
    }

    @Test func atMostCapacityPairsAreKept() throws {
        let metre = try Unit(parsing: "m").factors[0].atom, second = try Unit(parsing: "s").factors[0].atom
        let units = (1...9).flatMap { a in
            (1...9).map { b in Unit(factors: [.init(atom: metre, exponent: a), .init(atom: second, exponent: -b)]) }
        }
        for unit in units { for other in units.prefix(20) { _ = UnitConversion.between(unit, other) } }
        #expect(units.count * 20 > UnitConversion.capacity)
        #expect(UnitConversion.knownCount == UnitConversion.capacity)
    }
}
