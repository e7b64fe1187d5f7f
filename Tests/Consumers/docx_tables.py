#!/usr/bin/env python3
"""Reads jcm's .docx files with python-docx, for the Swift tests.

Prints one JSON document: for each file, the text of every table cell (a line break inside a
cell read as a newline), the style of every paragraph, and whether the footer holds a PAGE field.
Usage: docx_tables.py FILE.docx ...
"""
import json
import sys

import docx


def footer_has_page_number(document):
    for section in document.sections:
        xml = section.footer._element.xml
        if "PAGE" in xml and "fldChar" in xml:
            return True
    return False


def main():
    files = []
    for path in sys.argv[1:]:
        document = docx.Document(path)
        tables = [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]
        files.append({
            "file": path,
            "tables": tables,
            "styles": sorted({paragraph.style.name for paragraph in document.paragraphs}),
            "table_styles": sorted({table.style.name for table in document.tables if table.style is not None}),
            "page_numbers": footer_has_page_number(document),
        })
    json.dump({"files": files}, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
