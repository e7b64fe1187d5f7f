import Foundation
import FuzzSupport
import JCMUnits

/// Quantities, units and numbers: never a trap, and every accepted number means its digits.
func fuzzQuantity(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = FuzzDriver.text(data, size)
    if let value = NumberGrammar.value(text) {
        let digits = text.replacingOccurrences(of: ",", with: "")
        guard value == Decimal(string: digits, locale: Locale(identifier: "en_US_POSIX")), NumberGrammar.value(DecimalText.grouped(value)) == value else {
            fatalError("'\(text)' was read as \(value)")
        }
    } else {
        _ = NumberGrammar.problem(text)
    }
    if let quantity = try? Quantity(parsing: text) {
        _ = quantity.description
        _ = try? quantity * quantity
        _ = try? quantity + quantity
        _ = try? quantity / quantity
        _ = try? quantity.rounded(toMultipleOf: quantity, .down)
    }
    _ = try? Unit(parsing: text)
    return 0
}

@_cdecl("FuzzQuantity_main")
func fuzzerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv) { fuzzQuantity($0, $1) }
}
