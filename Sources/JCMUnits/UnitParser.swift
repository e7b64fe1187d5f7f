import Foundation
import JCMDiagnostics
import Synchronization

/// Why a unit text could not be read.
public struct UnitSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public var text: String
    public var reason: String
    /// The number, not the unit, is what cannot be read.
    public var isNumber = false

    public init(text: String, reason: String, isNumber: Bool = false) {
        self.text = text
        self.reason = reason
        self.isNumber = isNumber
    }

    public var description: String {
        isNumber ? "cannot read the number in '\(text)': \(reason)" : "cannot read unit '\(text)': \(reason)"
    }
}

extension Unit {
    /// Reads `tCO2/MWh`, `kWh/kNm3`, `Nm3/h`, `JPY/(kWh)`, `m^2`, `kW·h`.
    public init(parsing text: String) throws(UnitSyntaxError) {
        if let known = KnownUnits.shared.unit(written: text) {
            self = known
            return
        }
        var parser = UnitTextParser(text: text)
        self = try parser.parseAll()
        KnownUnits.shared.remember(self, written: text)
    }
}

/// Units already read, by their text: a project of 10,000 items writes the same few units
/// 100,000 times. At most `capacity` are kept, the first ones met, so memory stays bounded
/// whatever the input.
private final class KnownUnits: Sendable {
    static let shared = KnownUnits()
    static let capacity = 512

    private let units = Mutex<[String: Unit]>([:])

    func unit(written text: String) -> Unit? { units.withLock { $0[text] } }

    func remember(_ unit: Unit, written text: String) {
        units.withLock { known in
            if known.count < Self.capacity { known[text] = unit }
        }
    }
}

struct UnitTextParser {
    /// No physical unit needs more; larger ones could only overflow.
    static let largestExponent = 9

    let text: String
    let characters: [Character]
    var index = 0

    init(text: String) {
        self.text = text
        self.characters = Array(text.trimmingCharacters(in: .whitespaces))
    }

    mutating func parseAll() throws(UnitSyntaxError) -> Unit {
        if characters.isEmpty { return .one }
        if characters.count > 64 { throw fail("a unit is at most 64 characters long") }
        let unit = try parseProduct()
        skipSpaces()
        if index < characters.count { throw fail("unexpected '\(characters[index])'") }
        return unit
    }

    private mutating func parseProduct() throws(UnitSyntaxError) -> Unit {
        var unit = try parseTerm()
        while true {
            skipSpaces()
            guard index < characters.count else { return unit }
            let symbol = characters[index]
            if symbol == "/" {
                index += 1
                unit = try bounded(unit / (try parseTerm()))
            } else if symbol == "*" || symbol == "·" || symbol == "×" {
                index += 1
                unit = try bounded(unit * (try parseTerm()))
            } else {
                return unit
            }
        }
    }

    private mutating func parseTerm() throws(UnitSyntaxError) -> Unit {
        skipSpaces()
        guard index < characters.count else { throw fail("a unit name is missing at the end") }
        var base: Unit
        if characters[index] == "(" {
            index += 1
            base = try parseProduct()
            skipSpaces()
            guard index < characters.count, characters[index] == ")" else { throw fail("missing ')'") }
            index += 1
        } else if characters[index] == "1" {
            index += 1
            base = .one
        } else {
            let start = index
            while index < characters.count,
                characters[index].isLetter || characters[index].isNumber
                    || characters[index] == "%" || characters[index] == "_"
            {
                index += 1
            }
            let name = String(characters[start..<index])
            if name.isEmpty { throw fail("unexpected '\(characters[index])'") }
            guard let atom = UnitCatalog.atom(named: name) else {
                throw fail("unknown unit '\(name)'" + Suggestion.hint(for: name, in: UnitCatalog.knownSymbols))
            }
            base = Unit(atom)
        }
        if index < characters.count, characters[index] == "^" {
            index += 1
            let start = index
            if index < characters.count, characters[index] == "-" { index += 1 }
            while index < characters.count, characters[index].isNumber { index += 1 }
            guard let power = Int(String(characters[start..<index])), abs(power) <= Self.largestExponent else {
                throw fail(
                    "exponent after '^' must be a whole number from -\(Self.largestExponent) to \(Self.largestExponent)"
                )
            }
            base = base.raised(to: power)
        }
        return try bounded(base)
    }

    /// Keeps every exponent within ±largestExponent as the unit is built, so that nested powers
    /// (`(kW^9)^9`) or long products cannot grow one without limit.
    private func bounded(_ unit: Unit) throws(UnitSyntaxError) -> Unit {
        guard unit.factors.allSatisfy({ abs($0.exponent) <= Self.largestExponent }) else {
            throw fail("no unit may be raised beyond the power \(Self.largestExponent)")
        }
        return unit
    }

    private mutating func skipSpaces() {
        while index < characters.count, characters[index] == " " { index += 1 }
    }

    private func fail(_ reason: String) -> UnitSyntaxError { UnitSyntaxError(text: text, reason: reason) }
}
