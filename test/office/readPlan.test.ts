import { halveBlock, planReadBatches } from '../../src/adapters/office/readPlan';

const cells = (batch: { rowCount: number; columnCount: number }[]) =>
  batch.reduce((n, b) => n + b.rowCount * b.columnCount, 0);

describe('planning the reads', () => {
  it('puts a whole small workbook in one batch', () => {
    const batches = planReadBatches([
      { sheet: 0, rowIndex: 0, columnIndex: 0, rowCount: 51, columnCount: 10 },
      { sheet: 1, rowIndex: 2, columnIndex: 1, rowCount: 20, columnCount: 4 },
    ]);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(2);
  });

  it('cuts a large sheet into the fewest batches the budget allows, covering every row once', () => {
    const extents = [
      { sheet: 0, rowIndex: 0, columnIndex: 0, rowCount: 41, columnCount: 9 },
      { sheet: 1, rowIndex: 0, columnIndex: 0, rowCount: 1_000_001, columnCount: 4 },
    ];
    const batches = planReadBatches(extents, 100_000);
    const total = 41 * 9 + 1_000_001 * 4;
    expect(batches).toHaveLength(Math.ceil(total / 100_000));
    batches.forEach((b) => expect(cells(b)).toBeLessThanOrEqual(100_000));
    const rows = batches.flat().filter((b) => b.sheet === 1);
    expect(rows.reduce((n, b) => n + b.rowCount, 0)).toBe(1_000_001);
    rows.forEach((b, i) => i > 0 && expect(b.rowIndex).toBe(rows[i - 1]!.rowIndex + rows[i - 1]!.rowCount));
  });

  it('halves a block by rows, and leaves a single row whole', () => {
    expect(halveBlock({ sheet: 0, rowIndex: 10, columnIndex: 0, rowCount: 5, columnCount: 3 })).toEqual([
      { sheet: 0, rowIndex: 10, columnIndex: 0, rowCount: 3, columnCount: 3 },
      { sheet: 0, rowIndex: 13, columnIndex: 0, rowCount: 2, columnCount: 3 },
    ]);
    expect(halveBlock({ sheet: 0, rowIndex: 4, columnIndex: 0, rowCount: 1, columnCount: 3 })).toHaveLength(1);
  });
});
