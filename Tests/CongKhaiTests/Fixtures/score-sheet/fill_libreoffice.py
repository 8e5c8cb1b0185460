#!/usr/bin/python3
"""Fills a score-sheet workbook made by `congkhai score-sheet` in LibreOffice Calc, through its
UNO API, and saves it as Excel 2007+ (the filter Calc's "Save As .xlsx" uses). Same arguments as
fill_openpyxl.py. Needs Debian's python3-uno and libreoffice-calc(-nogui); run with the system
Python, which is the one that has `uno`.

usage: fill_libreoffice.py IN.xlsx OUT.xlsx FILL.json
"""
import json
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    item = PropertyValue()
    item.Name = name
    item.Value = value
    return item


def set_cell(cell, value):
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        cell.setValue(value)
    else:
        cell.setString(str(value))


def main():
    source, target, fill_path = (os.path.abspath(path) for path in sys.argv[1:4])
    with open(fill_path, encoding="utf-8") as handle:
        fill = json.load(handle)
    profile = tempfile.mkdtemp(prefix="congkhai-lo-")
    pipe = "congkhai_fill_%d" % os.getpid()
    office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--nologo",
                               "-env:UserInstallation=file://" + profile,
                               "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        context = None
        for _ in range(120):
            try:
                context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.5)
        if context is None:
            sys.exit("LibreOffice did not start")
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
        sheet = document.Sheets.getByIndex(0)
        used = sheet.createCursor()
        used.gotoEndOfUsedArea(False)
        last_row, last_column = used.RangeAddress.EndRow, used.RangeAddress.EndColumn
        header_row = next(row for row in range(last_row + 1) if sheet.getCellByPosition(0, row).getString() == "Mã")
        columns = {sheet.getCellByPosition(column, header_row).getString(): column for column in range(last_column + 1)}
        rows = {}
        for row in range(header_row + 1, last_row + 1):
            code = sheet.getCellByPosition(0, row).getString()
            if code:
                rows[code] = row
        for row in range(header_row):
            label = sheet.getCellByPosition(0, row).getString()
            if label in fill.get("fields", {}):
                set_cell(sheet.getCellByPosition(1, row), fill["fields"][label])
        for code, heading, value in fill.get("cells", []):
            set_cell(sheet.getCellByPosition(columns[heading], rows[code]), value)
        for code, number, value in fill.get("items", []):
            set_cell(sheet.getCellByPosition(columns["Mục đạt"], rows[code] + number), value)
        document.calculateAll()
        document.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "Calc MS Excel 2007 XML"),))
        document.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge closes as the office quits
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
        subprocess.run(["rm", "-rf", profile])


if __name__ == "__main__":
    main()
