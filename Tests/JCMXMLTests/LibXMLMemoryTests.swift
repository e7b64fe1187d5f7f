@testable import JCMXML
import Testing

/// libxml2 allocations are counted per thread (see LibXMLMemory), so this check
/// is not disturbed by other tests running in parallel. The test body is
/// synchronous and therefore stays on one thread.
struct LibXMLMemoryTests {
    @Test func repeatedUseDoesNotLeakLibXMLMemory() throws {
        let schema = try Fixtures.reportSchema()
        func exerciseEverything() {
            _ = schema.validate(xml: Fixtures.validReport, documentName: "valid.xml")
            _ = schema.validate(xml: Fixtures.report(emissions: "abc"), documentName: "typed.xml")
            _ = schema.validate(xml: Fixtures.reportWithoutEmissions, documentName: "missing.xml")
            _ = try? XMLFormatter.indent(Fixtures.validReport, documentName: "valid.xml")
            _ = try? XMLSchema(xsd: Fixtures.reportXSD, name: "again.xsd")
            _ = try? XMLSchema(xsd: "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element/>",
                               name: "broken.xsd")
            _ = try? XMLFormatter.indent(Fixtures.malformedReport, documentName: "broken.xml")
            _ = schema.validate(xml: Fixtures.malformedReport, documentName: "broken.xml")
        }

        for _ in 0..<3 { exerciseEverything() }
        let baseline = LibXMLMemory.liveBlocksOnCurrentThread

        // The counter must really see libxml2's allocations, or the check below proves nothing.
        do {
            let probe = try Fixtures.reportSchema()
            withExtendedLifetime(probe) {
                #expect(LibXMLMemory.liveBlocksOnCurrentThread > baseline)
            }
        }
        #expect(LibXMLMemory.liveBlocksOnCurrentThread == baseline)

        for _ in 0..<300 { exerciseEverything() }
        #expect(LibXMLMemory.liveBlocksOnCurrentThread == baseline)
    }
}
