#!/usr/bin/env python3
"""Reads jcm's .xlsx files the way their users' programs do, for the Swift tests.

Usage: xlsx_results.py [--set NAME=VALUE ...] FILE.xlsx ...

With --set, the input cell of that defined name gets the value before LibreOffice recalculates
(in a copy), to show that the results are live formulas. For each file given: openpyxl reads every cell of the calculation-process sheets (the formula
written in the file); LibreOffice, headless, opens a copy, recalculates every formula and saves
it; openpyxl then reads the values LibreOffice computed. Prints one JSON document on stdout:
{"files": [{"file": ..., "rows": [{"sheet", "cell", "formula", "computed", "exact", "symbol", "step"}]}],
 "defined_names": {...}}.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

RESULT_COLUMN = 5  # E: the live formula
EXACT_COLUMN = 7   # G: jcm's exact value
FIRST_ROW = 6      # below the title, the notes and the header

RECALCULATE_ON_LOAD = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def calculation_sheets(book):
    # The input sheet comes first; the calculation sheets are those whose header names the result column.
    return [ws for ws in book.worksheets if ws.cell(5, RESULT_COLUMN).value and ws.max_column >= EXACT_COLUMN
            and ws.title not in ("MPS(input)", "MSS")]


def edited(path, settings, work, index):
    copy = os.path.join(work, f"in-{index}.xlsx")
    if not settings:
        shutil.copyfile(path, copy)
        return copy
    book = openpyxl.load_workbook(path)
    for name, value in settings:
        sheet, cell = next(book.defined_names[name].destinations)
        book[sheet][cell.replace("$", "")].value = float(value)
    book.save(copy)
    return copy


def recalculated(files, settings, work):
    profile = os.path.join(work, "profile")
    os.makedirs(os.path.join(profile, "user"))
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w") as out:
        out.write(RECALCULATE_ON_LOAD)
    copies = [edited(path, settings, work, index) for index, path in enumerate(files)]
    converted = os.path.join(work, "out")
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{profile}",
                    "--convert-to", "xlsx", "--outdir", converted] + copies,
                   check=True, timeout=900, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return [os.path.join(converted, os.path.basename(copy)) for copy in copies]


def main():
    arguments = sys.argv[1:]
    settings = []
    while arguments and arguments[0] == "--set":
        name, value = arguments[1].split("=", 1)
        settings.append((name, value))
        arguments = arguments[2:]
    files = arguments
    work = tempfile.mkdtemp(prefix="jcm-xlsx-")
    try:
        results = []
        for original, computed_path in zip(files, recalculated(files, settings, work)):
            written = openpyxl.load_workbook(original)
            computed = openpyxl.load_workbook(computed_path, data_only=True)
            rows = []
            for sheet in calculation_sheets(written):
                values = computed[sheet.title]
                for row in range(FIRST_ROW, sheet.max_row + 1):
                    symbol = sheet.cell(row, 1).value
                    if symbol is None:
                        continue
                    cell = sheet.cell(row, RESULT_COLUMN)
                    value = values.cell(row, RESULT_COLUMN).value
                    rows.append({
                        "sheet": sheet.title, "cell": cell.coordinate, "symbol": symbol,
                        "step": sheet.cell(row, 2).value,
                        "formula": cell.value if cell.data_type == "f" else None,
                        "computed": None if value is None else repr(value) if isinstance(value, float) else str(value),
                        "exact": sheet.cell(row, EXACT_COLUMN).value,
                    })
            names = {name: str(defined.attr_text) for name, defined in written.defined_names.items()}
            results.append({"file": original, "rows": rows, "defined_names": names})
        json.dump({"files": results}, sys.stdout, ensure_ascii=False, indent=1)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
