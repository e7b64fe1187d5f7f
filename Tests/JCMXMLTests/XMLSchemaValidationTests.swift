import JCMDiagnostics
import JCMXML
import Testing

struct XMLSchemaValidationTests {
    @Test func validDocumentHasNoDiagnostics() throws {
        let schema = try Fixtures.reportSchema()
        #expect(schema.validate(xml: Fixtures.validReport, documentName: "report.xml") == [])
    }

    @Test func missingRequiredElementIsReportedOnItsParentsLine() throws {
        let schema = try Fixtures.reportSchema()
        let diagnostics = schema.validate(xml: Fixtures.reportWithoutEmissions, documentName: "missing.xml")
        try #require(diagnostics.count == 1)
        let diagnostic = diagnostics[0]
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.code == .X2)
        #expect(diagnostic.message.contains("Missing child element"))
        #expect(diagnostic.message.contains("emissions"))
        #expect(diagnostic.location == SourceLocation(file: "missing.xml", line: 2, column: 1))
    }

    @Test func unexpectedElementIsReportedOnItsOwnLine() throws {
        let schema = try Fixtures.reportSchema()
        let diagnostics = schema.validate(xml: Fixtures.reportWithoutCity, documentName: "no-city.xml")
        try #require(diagnostics.count == 1)
        #expect(diagnostics[0].code == .X2)
        #expect(diagnostics[0].message.contains("city"))
        #expect(diagnostics[0].location?.line == 4)
    }

    @Test func wrongTypeIsReportedWithLineAndValue() throws {
        let schema = try Fixtures.reportSchema()
        let diagnostics = schema.validate(xml: Fixtures.report(emissions: "abc"), documentName: "typed.xml")
        try #require(diagnostics.count == 1)
        #expect(diagnostics[0].code == .X2)
        #expect(diagnostics[0].message.contains("'abc'"))
        #expect(diagnostics[0].message.contains("xs:decimal"))
        #expect(!diagnostics[0].message.hasSuffix("\n"))
        #expect(diagnostics[0].location == SourceLocation(file: "typed.xml", line: 5, column: 1))
    }

    @Test func everySchemaErrorBecomesOneDiagnostic() throws {
        let schema = try Fixtures.reportSchema()
        let xml = """
            <report note="x">
              <company>A</company>
              <city>B</city>
              <emissions>abc</emissions>
              <extra/>
            </report>
            """
        let diagnostics = schema.validate(xml: xml, documentName: "two.xml")
        #expect(diagnostics.map(\.code) == [.X2, .X2])
        #expect(diagnostics.compactMap(\.location?.line) == [4, 5])
    }

    @Test func notWellFormedIsX1WithLineAndColumn() throws {
        let schema = try Fixtures.reportSchema()
        let diagnostics = schema.validate(xml: Fixtures.malformedReport, documentName: "broken.xml")
        try #require(!diagnostics.isEmpty)
        #expect(diagnostics.allSatisfy { $0.code == .X1 && $0.severity == .error })
        let first = diagnostics[0]
        #expect(first.message.contains("city"))
        #expect(first.location?.file == "broken.xml")
        #expect(first.location?.line == 4)
        #expect((first.location?.column ?? 0) > 1)
    }

    @Test func emptyDocumentIsX1() throws {
        let schema = try Fixtures.reportSchema()
        let diagnostics = schema.validate(xml: "", documentName: "empty.xml")
        #expect(diagnostics.map(\.code) == [.X1])
        #expect(diagnostics.first?.location == SourceLocation(file: "empty.xml", line: 1, column: 1))
    }

    @Test func errorsBeyondLine65535KeepTheirLineNumber() throws {
        let schema = try Fixtures.reportSchema()
        let padding = String(repeating: "\n", count: 70_000)
        let xml = "<report>\(padding)<company>A</company><city>B</city><emissions>abc</emissions></report>"
        let diagnostics = schema.validate(xml: xml, documentName: "long.xml")
        #expect(diagnostics.map(\.code) == [.X2])
        #expect(diagnostics.first?.location?.line == 70_001)
    }

    @Test func utf8TextSurvivesValidationAndErrorMessages() throws {
        let schema = try Fixtures.reportSchema()
        #expect(schema.validate(xml: Fixtures.validReport, documentName: "utf8.xml") == [])
        let diagnostics = schema.validate(xml: Fixtures.report(emissions: Fixtures.japaneseCity),
                                          documentName: "utf8.xml")
        try #require(diagnostics.count == 1)
        #expect(diagnostics[0].message.contains("'\(Fixtures.japaneseCity)'"))
    }

    @Test func declaredEncodingIsIgnoredBecauseSwiftStringsAreUTF8() throws {
        let schema = try Fixtures.reportSchema()
        let xml = Fixtures.validReport.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"ISO-8859-1\"")
        #expect(xml.contains("ISO-8859-1"))
        #expect(schema.validate(xml: xml, documentName: "latin1.xml") == [])
        let wrongType = Fixtures.report(emissions: Fixtures.vietnameseCompany)
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"ISO-8859-1\"")
        let message = schema.validate(xml: wrongType, documentName: "latin1.xml").first?.message ?? ""
        #expect(message.contains(Fixtures.vietnameseCompany))
    }

    @Test func oneSchemaValidatesConcurrently() async throws {
        let schema = try Fixtures.reportSchema()
        let cases: [(xml: String, codes: [DiagnosticCode], line: Int?)] = [
            (Fixtures.validReport, [], nil),
            (Fixtures.report(emissions: "abc"), [.X2], 5),
            (Fixtures.reportWithoutEmissions, [.X2], 2),
            (Fixtures.malformedReport, [.X1], 4),
        ]
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    var mismatches = 0
                    for round in 0..<40 {
                        let expected = cases[(worker + round) % cases.count]
                        let name = "doc-\(worker)-\(round).xml"
                        let diagnostics = schema.validate(xml: expected.xml, documentName: name)
                        let codes = Array(Set(diagnostics.map(\.code)))
                        if codes != expected.codes
                            || diagnostics.first?.location?.line != expected.line
                            || !diagnostics.allSatisfy({ $0.location?.file == name }) {
                            mismatches += 1
                        }
                    }
                    return mismatches
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }
}
