import Foundation
import FuzzSupport
import JCMXML

/// The application schema, compiled once.
let schema: XMLSchema = {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Templates/jcm-application-1.0.xsd")
    return try! XMLSchema(contentsOf: path.standardizedFileURL.path)
}()

/// Any bytes as application XML: validated, and formatted when well-formed, without a trap, a
/// leak or a network access.
func fuzzXML(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = FuzzDriver.text(data, size)
    _ = schema.validate(xml: text, documentName: "fuzz.xml")
    _ = try? XMLFormatter.indent(text, documentName: "fuzz.xml")
    return 0
}

@_cdecl("FuzzXML_main")
func fuzzerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv) { fuzzXML($0, $1) }
}
