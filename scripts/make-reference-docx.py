#!/usr/bin/env python3
"""Writes Templates/docx/reference.docx: the styles pandoc applies to jcm's Word documents.

Our own minimal package, written part by part: A4 pages with a page number in the footer,
headings, body text, compact table paragraphs and a bordered table style for the style names
pandoc's docx writer uses. The ZIP entries carry a fixed date, so the file is the same bytes on
every run. Run it after changing a style; the Word tests render with the committed file.

Usage: scripts/make-reference-docx.py [OUTPUT]
"""
import sys
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
FONT = '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Noto Sans CJK JP" w:cs="Calibri"/>'


def paragraph_style(style_id, name, size, bold=False, before=0, after=120, based="Normal", keep_next=False, italic=False):
    run = FONT + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    keep = "<w:keepNext/>" if keep_next else ""
    based_on = f'<w:basedOn w:val="{based}"/>' if based else ""
    # Normal is the default paragraph style, the one a paragraph without a style has.
    kind = 'w:default="1"' if style_id == "Normal" else 'w:customStyle="1"'
    return (f'<w:style w:type="paragraph" {kind} w:styleId="{style_id}"><w:name w:val="{name}"/>{based_on}'
            f'<w:qFormat/><w:pPr>{keep}<w:spacing w:before="{before}" w:after="{after}"/></w:pPr><w:rPr>{run}</w:rPr></w:style>')


def styles():
    border = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
    borders = "".join(border.format(side) for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    parts = [
        f'<w:docDefaults><w:rPrDefault><w:rPr>{FONT}<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-GB"/></w:rPr>'
        '</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>',
        paragraph_style("Normal", "Normal", 21, based=None),
        paragraph_style("BodyText", "Body Text", 21),
        paragraph_style("FirstParagraph", "First Paragraph", 21, based="BodyText"),
        paragraph_style("Compact", "Compact", 19, after=0, based="BodyText"),
        paragraph_style("Title", "Title", 36, bold=True, after=240, keep_next=True),
        paragraph_style("Subtitle", "Subtitle", 26, after=240, keep_next=True),
        paragraph_style("Author", "Author", 21),
        paragraph_style("Date", "Date", 21),
        paragraph_style("Abstract", "Abstract", 19, italic=True),
        paragraph_style("BlockText", "Block Text", 21, italic=True),
        paragraph_style("FootnoteText", "Footnote Text", 17),
        paragraph_style("TableCaption", "Table Caption", 19, italic=True),
        paragraph_style("ImageCaption", "Image Caption", 19, italic=True),
        paragraph_style("DefinitionTerm", "Definition Term", 21, bold=True, after=0),
        paragraph_style("Definition", "Definition", 21),
        paragraph_style("Footer", "footer", 17, after=0),
    ]
    for level, size in zip(range(1, 7), (32, 27, 24, 22, 21, 21)):
        parts.append(paragraph_style(f"Heading{level}", f"heading {level}", size, bold=True, before=240, keep_next=True))
    parts += [
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>',
        '<w:style w:type="character" w:customStyle="1" w:styleId="VerbatimChar"><w:name w:val="Verbatim Char"/>'
        '<w:rPr><w:rFonts w:ascii="Consolas" w:hAnsi="Consolas"/><w:sz w:val="19"/></w:rPr></w:style>',
        '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
        '<w:rPr><w:color w:val="1F4E79"/><w:u w:val="single"/></w:rPr></w:style>',
        '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
        f'<w:style w:type="table" w:customStyle="1" w:styleId="Table"><w:name w:val="Table"/><w:basedOn w:val="TableNormal"/>'
        f'<w:tblPr><w:tblBorders>{borders}</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/>'
        f'<w:bottom w:w="40" w:type="dxa"/></w:tblCellMar></w:tblPr>'
        f'<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E1F2"/></w:tcPr>'
        f'</w:tblStylePr></w:style>',
    ]
    return HEADER + f'<w:styles xmlns:w="{W}">' + "".join(parts) + "</w:styles>"


def footer():
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    return (HEADER + f'<w:ftr xmlns:w="{W}" xmlns:r="{R}"><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>'
            f'{field}</w:p></w:ftr>')


def document():
    section = ('<w:sectPr><w:footerReference w:type="default" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/>'
               '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>'
               '</w:sectPr>')
    return HEADER + f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body><w:p/>{section}</w:body></w:document>'


PARTS = [
    ("[Content_Types].xml", HEADER + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
     '<Default Extension="xml" ContentType="application/xml"/>'
     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
     '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
     '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
     '</Types>'),
    ("_rels/.rels", HEADER + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
     f'<Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/></Relationships>'),
    ("word/_rels/document.xml.rels", HEADER + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
     f'<Relationship Id="rId1" Type="{R}/styles" Target="styles.xml"/>'
     f'<Relationship Id="rId2" Type="{R}/footer" Target="footer1.xml"/></Relationships>'),
    ("word/document.xml", document()),
    ("word/styles.xml", styles()),
    ("word/footer1.xml", footer()),
]


def main():
    output = sys.argv[1] if len(sys.argv) > 1 else "Templates/docx/reference.docx"
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as package:
        for name, text in PARTS:
            entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            package.writestr(entry, text.encode("utf-8"))


if __name__ == "__main__":
    main()
