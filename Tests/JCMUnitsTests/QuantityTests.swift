import Foundation
import Testing

@testable import JCMUnits

private func q(_ text: String) throws -> Quantity { try Quantity(parsing: text) }

@Suite struct QuantityArithmeticTests {
    @Test func addingKWhToMWhConvertsToTheLeftUnit() throws {
        let sum = try q("500 kWh") + q("1.5 MWh")
        #expect(sum == Quantity(2000, try Unit(parsing: "kWh")))
    }

    @Test func addingKWhToTCO2IsAnError() throws {
        #expect(throws: UnitError.self) { try q("1 kWh") + q("1 tCO2") }
        do {
            _ = try q("1 kWh") + q("1 tCO2")
            Issue.record("expected an error")
        } catch let error as UnitError {
            #expect(error.description == "cannot add kWh (energy) and tCO2 (CO2)")
        }
    }

    @Test func theBlowerReferenceTermCancelsToTonnes() throws {
        let volume = try q("864,000 kNm3")
        let sec = try q("1.852 kWh/kNm3")
        let ef = try q("0.6592 tCO2/MWh")
        let result = try volume * sec * ef
        #expect(result.unit.description == "tCO2")
        #expect(result.value == Decimal(string: "1054.8043776")!)
    }

    @Test func percentFoldsIntoTheValue() throws {
        let limit = try q("90 %") * q("180,000 Nm3/h")
        #expect(limit.description == "162,000 Nm3/h")
    }

    @Test func perYearTimesYearsGivesAnAmount() throws {
        let total = try q("1139 tCO2/yr") * q("9 yr")
        #expect(total.description == "10,251 tCO2")
    }

    @Test func comparisonConvertsUnits() throws {
        #expect(try Quantity.compare(q("250 kW"), q("30 kW")) == .orderedDescending)
        #expect(try Quantity.compare(q("0.03 MW"), q("30 kW")) == .orderedSame)
        #expect(throws: UnitError.self) { try Quantity.compare(q("3 kW"), q("3 kWh")) }
    }

    @Test func resultsBeyondThirtyEightDigitsAreErrorsNotNaN() throws {
        #expect(throws: UnitError.outOfRange) { try q("1 kWh^9") / q("1 MWh^9") * q("1 kWh^9") / q("1 MWh^9") * q("1 kWh^9") / q("1 MWh^9") * q("1 kWh^9") / q("1 MWh^9") * q("1 kWh^9") / q("1 MWh^9") }
        #expect(throws: UnitSyntaxError.self) { try q("1 kWh^9223372036854775807") }
        #expect(throws: UnitSyntaxError.self) { try q("50 (%^9)^9") }
        #expect(throws: UnitSyntaxError.self) { try q("250 kW*g^9*g^9/kg^9") }
        #expect(throws: UnitSyntaxError.self) { try q("1 ((((((kW^9)^9)^9)^9)^9)^9)") }
        #expect(throws: UnitSyntaxError.self) { try q("1234567890123456789012345678901234567890 MWh") }
        #expect(try q("1000000000000000000000000000000000000000000 MWh").value > 0)
        #expect(throws: UnitSyntaxError.self) { try q("7.36e2 MWh") }
    }

    @Test func divisionByZeroIsAnError() throws {
        #expect(throws: UnitError.divisionByZero) { try q("1 JPY") / q("0 JPY/yr") }
    }

    @Test func roundingDownGoesToTheWholeTonneBelow() throws {
        let er = try q("1139.2663552 tCO2").rounded(toMultipleOf: q("1 tCO2"), .down)
        #expect(er.value == 1139)
        let negative = try q("-0.5 tCO2").rounded(toMultipleOf: q("1 tCO2"), .down)
        #expect(negative.value == -1)
        #expect(try q("-0.5 tCO2").rounded(toMultipleOf: q("1 tCO2"), .up).value == 0)
        #expect(try q("2926.545 JPY").rounded(toMultipleOf: q("0.01 JPY"), .nearest).description == "2,926.55 JPY")
        #expect(try q("1500 kg").rounded(toMultipleOf: q("1 t"), .nearest).description == "2 t")
        let perDay = try q("1728.256 MWh") / q("365 d") * q("11 JPY/kWh")
        #expect(!perDay.isExact && perDay.description.hasPrefix("≈ "))
        #expect(try perDay.rounded(toMultipleOf: q("1 JPY/yr"), .nearest).description == "19,010,816 JPY/yr")
    }

    @Test func exactConversionBetweenJoulesAndKilowattHours() throws {
        let energy = try q("7.2 GJ").converted(to: Unit(parsing: "MWh"))
        #expect(energy.value == 2)
    }
}

@Suite struct QuantityParsingTests {
    @Test func readsGroupedNumbers() throws {
        #expect(try q("1,600.128 MWh").value == Decimal(string: "1600.128")!)
        #expect(try q("30,000,000 JPY").description == "30,000,000 JPY")
    }

    @Test func rejectsEuropeanDecimalComma() {
        #expect(throws: UnitSyntaxError.self) { try q("1,5 MWh") }
    }

    @Test func unknownUnitSuggestsAKnownOne() throws {
        do {
            _ = try q("12 kWhh")
            Issue.record("expected an error")
        } catch let error as UnitSyntaxError {
            #expect(error.reason.contains("did you mean 'kWh'"))
        }
    }

    @Test func readsCompoundUnits() throws {
        #expect(try Unit(parsing: "kWh/kNm3").dimension == Dimension.energy / Dimension.normalVolume)
        #expect(try Unit(parsing: "JPY/(kWh)").description == "JPY/kWh")
        #expect(try Unit(parsing: "m^2").dimension == Dimension.length.raised(to: 2))
        #expect(try Unit(parsing: "kW").dimension.description == "power")
    }

    /// Units are remembered by their text once read; past the limit of remembered ones, a unit is
    /// still read in full, and a text that is no unit is never remembered as one.
    @Test func unitsReadAgainAreTheSameAndMemoryOfThemStaysBounded() throws {
        let first = try Unit(parsing: "kWh/kNm3")
        #expect(try Unit(parsing: "kWh/kNm3") == first)
        for spaces in 0..<600 {
            #expect(try Unit(parsing: String(repeating: " ", count: spaces) + "kWh") == Unit(parsing: "kWh"))
        }
        #expect(try Unit(parsing: "tCO2/MWh").description == "tCO2/MWh")
        #expect(try Unit(parsing: "JPY/(kWh·yr)").description == "JPY/(kWh·yr)")
        for _ in 0..<2 {
            #expect(throws: UnitSyntaxError.self) { try Unit(parsing: "kWhh") }
        }
    }

    @Test func groupsThousandsForPeople() {
        #expect(DecimalText.grouped(Decimal(string: "2109.6087552")!) == "2,109.6087552")
        #expect(DecimalText.grouped(Decimal(string: "-1234567")!) == "-1,234,567")
        #expect(DecimalText.grouped(Decimal(string: "999")!) == "999")
        let cases = [
            "1000": "1,000", "-999.5": "-999.5", "-1000.25": "-1,000.25", "123456": "123,456",
            "0.0001234": "0.0001234", "12345678901234567890.5": "12,345,678,901,234,567,890.5", "0": "0",
        ]
        for (plain, shown) in cases { #expect(DecimalText.grouped(Decimal(string: plain)!) == shown, "\(plain)") }
    }
}

@Suite struct ExactnessTests {
    @Test func aProductNeedingMoreThan38DigitsIsAnErrorNotARoundedValue() throws {
        let long = try Quantity(parsing: "736.40405825242718446601941747572815534 MWh")
        #expect(throws: UnitError.precisionLoss) { try long * Quantity(parsing: "0.6592 tCO2/MWh") }
        #expect(try (long * Quantity(parsing: "1 tCO2/MWh")).description == "736.40405825242718446601941747572815534 tCO2")
    }

    @Test func divisionsThatTerminateStayExact() throws {
        #expect(try (q("1139 tCO2") / q("1 yr")).isExact)
        #expect(try (q("30000000 JPY") / q("10251 tCO2")).isExact == false)
        #expect(try q("7.2 GJ").converted(to: Unit(parsing: "MWh")).isExact)
        #expect(try q("1 GJ").converted(to: Unit(parsing: "MWh")).isExact == false)
    }

    @Test func longValuesConvertExactlyBetweenDecimalUnits() throws {
        let long = try Quantity(parsing: "736.12345678901234567890123456789012345 MWh")
        #expect(try long.converted(to: Unit(parsing: "kWh")).value == Decimal(string: "736123.45678901234567890123456789012345")!)
    }

    @Test func aSumNeedingMoreThan38DigitsIsAnError() throws {
        #expect(throws: UnitError.precisionLoss) {
            try Quantity(parsing: "99999999999999999999999999999999999999 tCO2") + Quantity(parsing: "0.1 tCO2")
        }
    }
}

@Suite struct ApproximateRoundingTests {
    @Test func theNoiseOfAnApproximateValueDoesNotCrossAMultiple() throws {
        let tonne = try Unit(parsing: "tCO2")
        let noisy = Quantity(Decimal(string: "823.99999999999999999999999999999981013")!, tonne, exact: false)
        #expect(try noisy.rounded(toMultipleOf: Quantity(1, tonne), .down).value == 824)
        // A real shortfall, far above the noise, is still rounded down.
        let short = Quantity(Decimal(string: "823.9999999")!, tonne, exact: false)
        #expect(try short.rounded(toMultipleOf: Quantity(1, tonne), .down).value == 823)
    }
}

/// The spaces trimmed around a quantity are Foundation's `.whitespaces`, which jcm read before.
@Suite struct QuantitySpacingTests {
    @Test(arguments: [
        "\u{3000}1,600.128 MWh\t", "\u{00A0}12 kWh\u{202F}", " \t ", "", "\n12 kWh", "12 kWh\r", "\u{2003}60 %\u{2009}",
        "\u{200B}5 t", "e\u{301} ", "\u{FEFF}5 t\u{1680}", "\u{205F}7 MWh\u{2028}",
    ])
    func trimsWhatFoundationTrims(text: String) {
        #expect(String(Quantity.trimmingSpaces(text)) == text.trimmingCharacters(in: .whitespaces))
    }

    @Test func aQuantityBetweenIdeographicSpacesReadsAsWithout() throws {
        #expect(try q("\u{3000}1,600.128 MWh\t") == q("1,600.128 MWh"))
    }
}
