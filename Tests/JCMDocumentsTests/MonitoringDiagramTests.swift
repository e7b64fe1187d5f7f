import Foundation
import FoundationXML
import JCMKit
import Testing

@testable import JCMDocuments

/// PDD C.2's drawing: every equipment item and the meters the project names for it, as SVG that
/// an XML parser reads, the same bytes every time, with nothing a project's text could inject.
@Suite struct MonitoringDiagramTests {
    @Test func theBlowersAndTheirFourMetersAreDrawn() throws {
        let assessment = try Fixtures.assess()
        let diagram = try #require(MonitoringDiagram(assessment.project, methodology: assessment.methodology))
        #expect(diagram.items.map(\.id) == ["B-1", "B-2"])
        #expect(diagram.items.map { $0.points.map(\.label) } == [["EM-B1", "FM-B1"], ["EM-B2", "FM-B2"]])
        #expect(diagram.items[0].points[0].detail == "EC_PJ (kWh)")
        let document = try XMLDocument(data: Data(diagram.svg.utf8))
        #expect(document.rootElement()?.name == "svg")
        #expect(try document.nodes(forXPath: "//*[local-name()='circle']").count == 4)
        #expect(try document.nodes(forXPath: "//*[local-name()='rect']").count == 2)
    }

    @Test func theSetCarriesTheDrawingAndThePDDShowsIt() throws {
        let set = try Fixtures.render()
        let file = try #require(set.files.first { $0.name == MonitoringDiagram.fileName })
        #expect(
            set.manifest.documents.contains { $0.file == MonitoringDiagram.fileName && $0.template == "project.yaml" })
        #expect(try Fixtures.render().files.first { $0.name == MonitoringDiagram.fileName } == file)
        #expect(Fixtures.file(set, "pdd-draft.md").contains("](monitoring-points.svg)"))
    }

    @Test func aHostileNameIsTextAndALongOneIsCut() throws {
        let hostile = "</text><script>alert(1)</script>&\u{7}" + String(repeating: "x", count: 80)
        let escaped = MonitoringDiagram.escaped(hostile)
        #expect(!escaped.contains("<"))
        #expect(escaped.hasPrefix("&lt;/text&gt;&lt;script&gt;"))
        #expect(!escaped.unicodeScalars.contains { $0.value < 0x20 })
        #expect(escaped.hasSuffix("…"))
        #expect(
            escaped.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&amp;", with: "&").count == MonitoringDiagram.longestLabel)
    }

    @Test func aLargeProjectDrawsItsFirstItemsAndCountsTheRest() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try Fixtures.editedProject(in: directory) { text in
            let start = text.range(of: "  - id: B-2\n")!
            let end = text.range(of: "expected_operational_lifetime")!
            let second = String(text[start.lowerBound..<end.lowerBound])
            let copies = (3...60).map { second.replacingOccurrences(of: "B-2", with: "B-\($0)") }.joined()
            return text.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: copies)
        }
        let assessment = try Fixtures.assess(path)
        let diagram = try #require(MonitoringDiagram(assessment.project, methodology: assessment.methodology))
        #expect(diagram.items.count == MonitoringDiagram.mostItems)
        #expect(diagram.notDrawn == 60 - MonitoringDiagram.mostItems)
        #expect(diagram.svg.contains("… +20"))
        // Items without meters of their own get one point per parameter monitored ex post.
        #expect(diagram.items[2].points.map(\.label) == ["EC_PJ,i,p", "V_PJ,i,p"])
    }
}
