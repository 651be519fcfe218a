import { dayFromDate, type RawCell } from '../../core';

/** Days between Excel's 1900 epoch (serial 0 = 1899-12-30, past the 1900 leap-year bug) and 1970-01-01. */
const SERIAL_OF_1970 = 25_569;
/** The 1904 system counts from 1904-01-01, 1,462 days later. */
const OFFSET_1904 = 1_462;

/** A cell as Excel's `values` accept it: Dates become serial numbers in the workbook's system. */
export function excelValue(cell: RawCell, date1904: boolean): string | number | boolean {
  if (cell === null) return '';
  if (cell instanceof Date) {
    const day = dayFromDate(cell);
    if (day === null) return '';
    return day + SERIAL_OF_1970 - (date1904 ? OFFSET_1904 : 0);
  }
  return cell;
}
