import Foundation
import Testing

@Suite struct CatalogEndToEndTests {
    @Test func listShowsEveryMethodologyWithItsStatus() throws {
        let result = try JCMProcess.run(["methodologies", "list"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("VN_AM007 Ver1.0"))
        #expect(result.stdout.contains("VN_PM_DRAFT_BLOWER Ver0.1"))
        #expect(result.stdout.contains("draft"))
        #expect(result.stdout.contains("FY2024"))
    }

    @Test func listAsJSON() throws {
        let result = try JCMProcess.run(["methodologies", "list", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let ids = (object["methodologies"] as! [[String: Any]]).map { $0["id"] as! String }
        #expect(ids.sorted() == ["VN_AM007", "VN_PM_DRAFT_BLOWER"])
    }

    @Test func showFlagsUnverifiedDefaults() throws {
        let result = try JCMProcess.run(["methodologies", "show", "VN_AM007"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("default 0.5408 tCO2/MWh"))
        #expect(result.stdout.contains("[UNVERIFIED]"))
        #expect(try JCMProcess.run(["methodologies", "show", "VN_AM999"]).status == 2)
    }

    @Test func dataFolderIsFoundFromAParentDirectory() throws {
        let result = try JCMProcess.run(["methodologies", "list"], in: JCMProcess.root.appendingPathComponent("Examples/haiphong-blower-inverter"))
        #expect(result.status == 0)
        #expect(result.stdout.contains("VN_AM007"))
    }

    @Test func helpDocumentsTheExitCodes() throws {
        let result = try JCMProcess.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("3  undetermined"))
        #expect(result.stdout.contains("Examples:"))
    }
}
