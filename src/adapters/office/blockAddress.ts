import { columnLetter } from '../../core';

/** The A1 address of a rectangle given by its 0-based top-left cell and its size. */
export function blockAddress(block: {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}): string {
  const top = `${columnLetter(block.columnIndex)}${block.rowIndex + 1}`;
  const bottom = `${columnLetter(block.columnIndex + block.columnCount - 1)}${block.rowIndex + block.rowCount}`;
  return `${top}:${bottom}`;
}
