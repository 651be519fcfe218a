/**
 * Shows an issue's cell: activates its sheet and selects the cell. `cell` is either a bare
 * address (`D12`) or a full reference (`'Présences '!A266`); only the address part is used, the
 * sheet is taken by name. Reads and writes nothing in the cells.
 */
export function cellAddress(cell: string): string {
  const bang = cell.lastIndexOf('!');
  return bang >= 0 ? cell.slice(bang + 1) : cell;
}

export async function selectCellIn(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cellAddress(cell)).select();
  await context.sync();
}
