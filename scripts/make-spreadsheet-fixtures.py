#!/usr/bin/env python3
"""Writes tests/fixtures/glossaries/small.xlsx and small.ods, the spreadsheet fixtures of
tests/glossary_convert.rs.

Run once (pip install openpyxl odfpy); the files are committed, so the tests need no Python.
small.ods has one sheet, Terms. small.xlsx has three:
- Terms: the one-row-per-term layout, the content of small-rows.csv;
- Columns: the one-column-per-language layout, the content of small-columns.csv, starting at
  column B and row 2 (an empty first row and column: positions count from the sheet's A1);
- Bad: a per-term sheet with an unknown status in cell D3, for the error's sheet, row and column.
"""

import csv
from pathlib import Path

from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P
from openpyxl import Workbook

HERE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "glossaries"


def rows(name):
    with open(HERE / name, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def main():
    book = Workbook()
    terms = book.active
    terms.title = "Terms"
    for row in rows("small-rows.csv"):
        terms.append(row)
    columns = book.create_sheet("Columns")
    for r, row in enumerate(rows("small-columns.csv"), start=2):
        for c, value in enumerate(row, start=2):
            if value:
                columns.cell(row=r, column=c, value=value)
    bad = book.create_sheet("Bad")
    bad.append(["id", "lang", "term", "status"])
    bad.append(["idlib", "en", "Idlib", "preferred"])
    bad.append(["idlib", "en", "Idleb", "prefered"])
    # Fixed properties, so running the script again writes the same content.
    book.properties.creator = "termlint"
    book.save(HERE / "small.xlsx")

    ods = OpenDocumentSpreadsheet()
    table = Table(name="Terms")
    for row in rows("small-rows.csv"):
        tr = TableRow()
        for value in row:
            cell = TableCell(valuetype="string") if value else TableCell()
            if value:
                cell.addElement(P(text=value))
            tr.addElement(cell)
        table.addElement(tr)
    ods.spreadsheet.addElement(table)
    ods.save(str(HERE / "small.ods"))


if __name__ == "__main__":
    main()
