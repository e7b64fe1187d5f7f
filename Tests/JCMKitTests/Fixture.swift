import Foundation
import JCMKit

/// Loads the shipped methodologies and an example project, optionally edited, through the library.
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let catalog: Catalog = {
        do { return try Catalog.load(from: root.appendingPathComponent("Methodologies").path) } catch {
            fatalError("shipped methodologies do not load: \(error)")
        }
    }()

    static func load(_ example: String, programme: String? = nil, _ edit: (String) -> String = { $0 }) throws -> LoadedProject {
        let source = root.appendingPathComponent("Examples/\(example)/project.yaml")
        let text = edit(try String(contentsOf: source, encoding: .utf8))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jcm-kit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("project.yaml")
        try text.write(to: path, atomically: true, encoding: .utf8)
        return try ProjectLoader.load(path.path, catalog: catalog, programmeYear: programme)
    }

    static let blower = "haiphong-blower-inverter"
    static let composting = "haiphong-takakura-composting"
    static let lanHa = "lan-ha-bay-floating-village-solar"
}
