import Foundation
import Testing
@testable import JCMKit

/// A project's schema is made once per methodology and programme file and reused, so it must
/// be keyed by what the files say, not by where they lie: `jcm serve` reads a methodology again
/// after it is edited, at the same path.
@Suite struct ProjectSchemaTests {
    static func equipmentFields(_ schema: RecordSpec) -> Set<String> {
        guard case .list(.record(let item)) = schema.fields["equipment"] else { return [] }
        return Set(item.fields.keys)
    }

    @Test func aMethodologyEditedInPlaceGetsASchemaOfItsOwn() throws {
        let shipped = Fixture.root.appendingPathComponent("Methodologies/VN_PM_DRAFT_BLOWER/Ver0.1.yaml")
        let original = try String(contentsOf: shipped, encoding: .utf8)
        let edited = original.replacingOccurrences(
            of: "equipment:\n  name: blower\n  fields:\n",
            with: "equipment:\n  name: blower\n  fields:\n    noise_level:\n      unit: kW\n")
        #expect(edited != original)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("jcm-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("Ver0.1.yaml")

        try original.write(to: path, atomically: true, encoding: .utf8)
        let before = ProjectSchema.build(methodology: try Methodology.load(path.path), programme: nil)
        try edited.write(to: path, atomically: true, encoding: .utf8)
        let after = ProjectSchema.build(methodology: try Methodology.load(path.path), programme: nil)
        let again = ProjectSchema.build(methodology: try Methodology.load(path.path), programme: nil)

        #expect(Self.equipmentFields(before).contains("motor"))
        #expect(!Self.equipmentFields(before).contains("noise_level"))
        #expect(Self.equipmentFields(after).subtracting(Self.equipmentFields(before)) == ["noise_level"])
        #expect(Self.equipmentFields(again) == Self.equipmentFields(after))
        #expect(ProjectSchema.build(methodology: nil, programme: nil).fields["equipment"] != nil)
    }
}
