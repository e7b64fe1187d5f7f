import Foundation
import FuzzSupport
import JCMKit
import JCMReports

let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..").standardizedFileURL
let catalog = try! Catalog.load(from: root.appendingPathComponent("Methodologies").path)
let wording = try! Wording.load(in: root.appendingPathComponent("Templates").path, language: "en")
let example = try! String(contentsOf: root.appendingPathComponent("Examples/haiphong-blower-inverter/project.yaml"), encoding: .utf8)
let lines = example.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

/// Project files: the input either loads, is assessed and reported, or is refused with
/// diagnostics. Half the inputs are raw YAML; the other half put the input, line by line, in
/// place of a value of the blower example, so that most get past the YAML reader.
func fuzzProject(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    var text = FuzzDriver.text(data.advanced(by: 1), size - 1)
    if data[0] & 1 == 0 {
        var edited = lines
        for (index, value) in text.split(separator: "\n").prefix(8).enumerated() {
            let line = Int(data[0] >> 1) * 7 % lines.count + index * 13
            let target = line % lines.count
            guard let colon = edited[target].firstIndex(of: ":") else { continue }
            edited[target] = String(edited[target][...colon]) + " " + value
        }
        text = edited.joined(separator: "\n")
    }
    guard let loaded = try? ProjectLoader.load(text: text, path: "fuzz.yaml", catalog: catalog),
        let assessment = try? Assessment.assess(loaded)
    else { return 0 }
    // Every data path of the reports: the verdicts with their reasons, then the trace.
    let reporter = TextReporter(wording: wording)
    _ = reporter.eligibility(assessment)
    _ = reporter.calculation(assessment)
    return 0
}

@_cdecl("FuzzProject_main")
func fuzzerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv) { fuzzProject($0, $1) }
}
