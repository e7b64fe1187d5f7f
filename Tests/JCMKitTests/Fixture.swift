import Foundation
import JCMKit
import JCMReports
import JCMRules

/// Loads the shipped methodologies and an example project, optionally edited, through the library.
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let catalog: Catalog = {
        do { return try Catalog.load(from: root.appendingPathComponent("Methodologies").path) } catch {
            fatalError("shipped methodologies do not load: \(error)")
        }
    }()

    /// The shipped English wording, for tests that read reasons as people do.
    static let english: Wording = {
        do { return try Wording.load(in: root.appendingPathComponent("Templates").path, language: "en") } catch {
            fatalError("the shipped English wording does not load: \(error)")
        }
    }()

    static func sentences(_ reasons: [Reason]?) -> [String]? { reasons?.map(english.sentence) }

    static func unverified(_ inputs: [UnverifiedInput]?) -> [String] { (inputs ?? []).map(english.unverified) }

    /// An edit that changes nothing is an error, so that a test cannot pass on an unedited example.
    static func load(_ example: String, programme: String? = nil, _ edit: ((String) -> String)? = nil) throws -> LoadedProject {
        let source = root.appendingPathComponent("Examples/\(example)/project.yaml")
        let original = try String(contentsOf: source, encoding: .utf8)
        let text = edit.map { $0(original) } ?? original
        if edit != nil, text == original { throw FixtureError.editMatchedNothing(example) }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jcm-kit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("project.yaml")
        try text.write(to: path, atomically: true, encoding: .utf8)
        return try ProjectLoader.load(path.path, catalog: catalog, programmeYear: programme)
    }

    /// The blower with its investment as one lump sum (60,000,000 JPY, no cost items, subsidy split
    /// or funding plan), for tests that move the investment or the subsidy alone.
    static func lumpSum(_ text: String) -> String {
        guard let start = text.range(of: "# The investment itemised") else { return text }
        return text.replacingCharacters(in: start.lowerBound..<text.endIndex, with: "")
            .replacingOccurrences(of: "initial_investment: 66,950,000 JPY", with: "initial_investment: 60,000,000 JPY")
    }

    static let blower = "haiphong-blower-inverter"
    static let composting = "haiphong-takakura-composting"
    static let lanHa = "lan-ha-bay-floating-village-solar"
}

enum FixtureError: Error { case editMatchedNothing(String) }
