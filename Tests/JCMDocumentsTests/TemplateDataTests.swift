import Testing
@testable import JCMDocuments

@Suite struct TemplateDataTests {
    private struct Row: TemplateRecord {
        var id = DocumentText()
        var note: DocumentText?
        var flag = false
        var unit: DocumentText?
    }

    private struct Table: TemplateRecord {
        var title = DocumentText()
        var rows: [Row] = []
    }

    private static func text(_ raw: String) -> DocumentText { DocumentText(raw, .markdown) }

    /// Records of one type share their names while the fields they give agree; an absent optional
    /// in any place, first, last or between, must still be absent from its own record only.
    @Test func recordsOfOneTypeKeepTheirOwnFieldsWhateverTheOthersGive() throws {
        let rows = [
            Row(id: Self.text("a"), note: Self.text("n1"), flag: true, unit: Self.text("kWh")),
            Row(id: Self.text("b"), note: Self.text("n2"), flag: false, unit: Self.text("h")),
            Row(id: Self.text("c"), note: nil, flag: true, unit: Self.text("t")),
            Row(id: Self.text("d"), note: Self.text("n4"), flag: false, unit: nil),
            Row(id: Self.text("e"), note: nil, flag: false, unit: nil),
            Row(id: Self.text("f"), note: Self.text("n6"), flag: true, unit: Self.text("yr")),
        ]
        let data = TemplateData(Table(title: Self.text("T"), rows: rows))
        #expect((data.child(named: "title") as? DocumentText)?.renderText == "T")
        let read = try #require(data.child(named: "rows") as? [Any])
        #expect(read.count == rows.count)
        for (row, item) in zip(rows, read) {
            let record = try #require(item as? TemplateData)
            #expect((record.child(named: "id") as? DocumentText)?.renderText == row.id.renderText)
            #expect((record.child(named: "note") as? DocumentText)?.renderText == row.note?.renderText)
            #expect(record.child(named: "flag") as? Bool == row.flag)
            #expect((record.child(named: "unit") as? DocumentText)?.renderText == row.unit?.renderText)
            #expect(record.child(named: "title") == nil)
        }
    }

    @Test func replacingAFieldLeavesTheOriginalAsItWas() {
        let data = TemplateData(Table(title: Self.text("old")))
        let renamed = data.replacing("title", with: Self.text("new"))
        let added = data.replacing("documentName", with: Self.text("x.md"))
        #expect((data.child(named: "title") as? DocumentText)?.renderText == "old")
        #expect((renamed.child(named: "title") as? DocumentText)?.renderText == "new")
        #expect((added.child(named: "documentName") as? DocumentText)?.renderText == "x.md")
        #expect(data.child(named: "documentName") == nil)
    }
}
