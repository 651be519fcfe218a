"""openpyxl's reading of workbooks, for the differential test (differential.test.ts).

One process for the whole corpus: it reads one workbook path per line on stdin and writes
one JSON line per workbook on stdout, in the same order:

  {"ok": true, "date1904": false, "sheets": [{"name": "Sheet1", "cells": [[row, col, value], ...]}]}
  {"ok": false, "error": "BadZipFile: File is not a zip file"}

Cells are the worksheet's stored cells with a value (row and column 1-based), what
`load_workbook(path, data_only=True)` gives. A value is JSON: a string, a number, a boolean, or
  {"e": "#N/A"}                  an error cell;
  {"d": "YYYY-MM-DD", "n": x, "f": format}  a date (n: the serial openpyxl decoded it from,
                                            when it did; f: the cell's number format);
  {"t": x, "f": format}          a time of day or a duration, as a fraction of days.
"""

import datetime
import io
import json
import math
import signal
import sys
import warnings
import zipfile

import openpyxl
from openpyxl.cell.cell import MergedCell
from openpyxl.utils.datetime import to_excel, MAC_EPOCH
from openpyxl.worksheet._reader import WorksheetReader
from openpyxl.worksheet.cell_range import CellRange

# A workbook openpyxl takes longer than this to open counts as one it does not open.
SECONDS_PER_FILE = 60


class TimeOut(Exception):
    pass


def on_alarm(_signum, _frame):
    raise TimeOut(f"more than {SECONDS_PER_FILE} s")


def bind_merged_cells(self):
    """openpyxl's own rule for merged ranges (a covered cell loses its value), without making
    an empty MergedCell, with borders, for every cell a range covers: on a range over
    thousands of rows that takes openpyxl minutes (DrawingSizeInPx.xlsx: four)."""
    if not self.parser.merged_cells:
        return
    cells = self.ws._cells
    for merged in self.parser.merged_cells.mergeCell:
        r = CellRange(merged.ref)
        corner = (r.min_row, r.min_col)
        area = (r.max_row - r.min_row + 1) * (r.max_col - r.min_col + 1)
        if area <= len(cells):
            covered = [(row, col) for row, col in r.cells]
        else:
            covered = [key for key in cells if r.min_row <= key[0] <= r.max_row and r.min_col <= key[1] <= r.max_col]
        for key in covered:
            if key != corner:
                cells.pop(key, None)


WorksheetReader.bind_merged_cells = bind_merged_cells

# openpyxl 3.0 knows only the transitional namespaces: a strict OOXML workbook (ISO 29500
# Strict) opens with no sheet at all. It is read again with the namespaces swapped.
STRICT = {
    b"http://purl.oclc.org/ooxml/spreadsheetml/main": b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    b"http://purl.oclc.org/ooxml/officeDocument/relationships": b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
}


def transitional(path):
    out = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            for strict, usual in STRICT.items():
                data = data.replace(strict, usual)
            target.writestr(info, data)
    out.seek(0)
    return out


def is_strict(path):
    with zipfile.ZipFile(path) as z:
        return any(next(iter(STRICT)) in z.read(info) for info in z.infolist() if info.filename.endswith(".xml"))


def number(x):
    # JSON has no NaN or infinity: openpyxl reads "NaN" and "INF" from <v>, which the
    # project's reader refuses as numbers too; give them as text so the test sees them.
    if isinstance(x, float) and not math.isfinite(x):
        return {"x": repr(x)}
    return x


def encode(cell, epoch):
    value = cell.value
    if cell.data_type == "e":
        return {"e": str(value)}
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return number(value)
    if isinstance(value, str):
        return value
    if isinstance(value, datetime.datetime):
        return {"d": value.date().isoformat(), "n": number(to_excel(value, epoch)), "f": cell.number_format}
    if isinstance(value, datetime.date):
        return {"d": value.isoformat()}
    if isinstance(value, datetime.time):
        return {"t": to_excel(value), "f": cell.number_format}
    if isinstance(value, datetime.timedelta):
        return {"t": value.total_seconds() / 86400, "f": cell.number_format}
    return {"x": repr(value)}


def read(path):
    wb = openpyxl.load_workbook(path, data_only=True)
    if not wb.worksheets and is_strict(path):
        wb = openpyxl.load_workbook(transitional(path), data_only=True)
    epoch = wb.epoch
    sheets = []
    for ws in wb.worksheets:
        cells = []
        for (row, col), cell in sorted(ws._cells.items()):
            if isinstance(cell, MergedCell) or cell.value is None:
                continue
            cells.append([row, col, encode(cell, epoch)])
        sheets.append({"name": ws.title, "cells": cells})
    return {"ok": True, "date1904": epoch == MAC_EPOCH, "sheets": sheets}


def main():
    warnings.simplefilter("ignore")
    signal.signal(signal.SIGALRM, on_alarm)
    for line in sys.stdin:
        path = line.rstrip("\n")
        if not path:
            continue
        signal.alarm(SECONDS_PER_FILE)
        try:
            result = read(path)
        except BaseException as error:  # noqa: B902 - any failure means "openpyxl does not open it"
            if isinstance(error, KeyboardInterrupt):
                raise
            result = {"ok": False, "error": f"{type(error).__name__}: {error}"[:300]}
        finally:
            signal.alarm(0)
        sys.stdout.write(json.dumps(result, ensure_ascii=False, allow_nan=False) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
