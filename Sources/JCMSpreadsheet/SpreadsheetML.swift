import Foundation
import JCMUnits

/// The XML parts of an .xlsx package, each rendered as a string in a fixed order.
enum SpreadsheetML {
    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// Path and contents of every part, in the order they go into the ZIP file.
    static func parts(_ workbook: Workbook, generator: String) -> [(String, String)] {
        var parts = [
            ("[Content_Types].xml", contentTypes(sheetCount: workbook.sheets.count)),
            ("_rels/.rels", rootRelationships),
            ("docProps/app.xml", application(generator)),
            ("docProps/core.xml", core(title: workbook.title, creator: generator)),
            ("xl/workbook.xml", workbookPart(workbook)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: workbook.sheets.count)),
            ("xl/styles.xml", styles),
        ]
        for (index, sheet) in workbook.sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet, selected: index == 0)))
        }
        return parts
    }

    static func contentTypes(sheetCount: Int) -> String {
        let sheets = (0..<sheetCount).map {
            "<Override PartName=\"/xl/worksheets/sheet\($0 + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        return header + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
            \(sheets)\
            <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
            <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
            <Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
            </Types>
            """
    }

    static let rootRelationships = header + """
        <Relationships xmlns="\(packageRelationships)">\
        <Relationship Id="rId1" Type="\(relationshipNamespace)/officeDocument" Target="xl/workbook.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        <Relationship Id="rId3" Type="\(relationshipNamespace)/extended-properties" Target="docProps/app.xml"/>\
        </Relationships>
        """

    static func application(_ generator: String) -> String {
        header + """
            <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
            <Application>\(escaped(generator))</Application></Properties>
            """
    }

    /// No creation or modification time: the same inputs give the same bytes.
    static func core(title: String, creator: String) -> String {
        header + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/">\
            <dc:title>\(escaped(title))</dc:title><dc:creator>\(escaped(creator))</dc:creator></cp:coreProperties>
            """
    }

    /// `fullCalcOnLoad`: the file carries formulas without cached results, so the program
    /// opening it computes every one.
    static func workbookPart(_ workbook: Workbook) -> String {
        let sheets = workbook.sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(escaped(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        let names = workbook.definedNames.isEmpty ? "" : "<definedNames>" + workbook.definedNames.map {
            "<definedName name=\"\($0.name)\">\(escaped($0.reference.qualified))</definedName>"
        }.joined() + "</definedNames>"
        return header + """
            <workbook xmlns="\(mainNamespace)" xmlns:r="\(relationshipNamespace)">\
            <bookViews><workbookView/></bookViews><sheets>\(sheets)</sheets>\(names)<calcPr calcId="191029" fullCalcOnLoad="1"/>\
            </workbook>
            """
    }

    static func workbookRelationships(sheetCount: Int) -> String {
        let sheets = (0..<sheetCount).map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }.joined()
        return header + """
            <Relationships xmlns="\(packageRelationships)">\(sheets)\
            <Relationship Id="rId\(sheetCount + 1)" Type="\(relationshipNamespace)/styles" Target="styles.xml"/>\
            </Relationships>
            """
    }

    /// One cell format per `Cell.Style`, in the order of its raw values.
    static let styles = header + """
        <styleSheet xmlns="\(mainNamespace)">\
        <fonts count="4"><font><sz val="11"/><name val="Calibri"/></font>\
        <font><b/><sz val="14"/><name val="Calibri"/></font>\
        <font><b/><sz val="11"/><name val="Calibri"/></font>\
        <font><i/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="5">\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="top"/></xf>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="0" fontId="2" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1">\
        <alignment vertical="top" wrapText="1"/></xf>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
        <xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">\
        <alignment vertical="top" wrapText="1"/></xf>\
        </cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """

    static func worksheet(_ sheet: Worksheet, selected: Bool) -> String {
        var xml = header + "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
        xml += "<sheetViews><sheetView workbookViewId=\"0\"\(selected ? " tabSelected=\"1\"" : "")>"
        if sheet.frozenRows > 0 {
            xml += "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"A\(sheet.frozenRows + 1)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
        }
        xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        if !sheet.columnWidths.isEmpty {
            xml += "<cols>" + sheet.columnWidths.enumerated().map { index, width in
                "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
            }.joined() + "</cols>"
        }
        xml += "<sheetData>"
        for (index, row) in sheet.rows.enumerated() {
            xml += "<row r=\"\(index + 1)\">"
            for (column, cell) in row.enumerated() {
                xml += self.cell(cell, at: CellReference(sheet: sheet.name, row: index + 1, column: column + 1).local)
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    static func cell(_ cell: Cell, at reference: String) -> String {
        let style = cell.style == .plain ? "" : " s=\"\(cell.style.rawValue)\""
        switch cell.content {
        case .empty:
            return cell.style == .plain ? "" : "<c r=\"\(reference)\"\(style)/>"
        case .text(let text):
            return "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escaped(literal(text)))</t></is></c>"
        case .number(let value):
            // Every digit of the decimal, never an exponent: `0.6592`, `864000`.
            return "<c r=\"\(reference)\"\(style)><v>\(DecimalText.plain(value))</v></c>"
        case .boolean(let value):
            return "<c r=\"\(reference)\"\(style) t=\"b\"><v>\(value ? 1 : 0)</v></c>"
        case .formula(let formula):
            return "<c r=\"\(reference)\"\(style)><f>\(escaped(formula))</f></c>"
        }
    }

    /// Spreadsheet programs read `_x000D_` in a text as the character it names; a text that holds
    /// such a sequence literally gets its underscore escaped as `_x005F_`, so it reads as written.
    static func literal(_ text: String) -> String {
        // Found in the bytes: `String.contains` went through Foundation for every cell.
        let underscore = UInt8(ascii: "_"), x = UInt8(ascii: "x")
        let pairs = zip(text.utf8, text.utf8.dropFirst())
        guard pairs.contains(where: { $0 == underscore && $1 == x }) else { return text }
        return text.replacingOccurrences(of: #"_(x[0-9A-Fa-f]{4}_)"#, with: "_x005F_$1", options: .regularExpression)
    }

    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\r": out += "&#13;"
            default: out.append(character)
            }
        }
        return out
    }
}
