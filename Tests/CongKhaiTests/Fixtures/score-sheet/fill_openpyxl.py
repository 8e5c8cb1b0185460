#!/usr/bin/env python3
"""Fills a score-sheet workbook made by `congkhai score-sheet` as a person would in a spreadsheet:
finds the content's row by its code in column A and the column by its heading, types the value,
saves. Used by ScoreSheetRoundTripTests; openpyxl keeps formulas but drops their cached values.

usage: fill_openpyxl.py IN.xlsx OUT.xlsx FILL.json
FILL.json: {"fields": {"Văn bản": "..."},
            "cells": [["1.1", "Tự chấm", 5], ["5.1", "Số liệu b", 1520], ...],
            "items": [["1.2", 1, "Đạt"], ...]}   # item number from 1 under the content's row
"""
import json
import sys

import openpyxl


def main():
    source, target, fill_path = sys.argv[1:4]
    with open(fill_path, encoding="utf-8") as handle:
        fill = json.load(handle)
    workbook = openpyxl.load_workbook(source)
    sheet = workbook.worksheets[0]
    header_row = next(row[0].row for row in sheet.iter_rows() if row[0].value == "Mã")
    columns = {cell.value: cell.column for cell in sheet[header_row] if cell.value}
    rows = {}
    for row in sheet.iter_rows(min_row=header_row + 1):
        if row[0].value is not None:
            rows[str(row[0].value)] = row[0].row
    for row in sheet.iter_rows(max_row=header_row - 1):
        label = row[0].value
        if label in fill.get("fields", {}):
            sheet.cell(row=row[0].row, column=2, value=fill["fields"][label])
    for code, heading, value in fill.get("cells", []):
        sheet.cell(row=rows[code], column=columns[heading], value=value)
    for code, number, value in fill.get("items", []):
        sheet.cell(row=rows[code] + number, column=columns["Mục đạt"], value=value)
    workbook.save(target)


if __name__ == "__main__":
    main()
