import { xlsxOf } from '../../../../test/helpers/xlsxParts';
import { readWorkbookBytes } from '../readWorkbook';

const TEXTS = ['R1', 'Présent', 'Tom &amp; Jerry', 'ligne_x000D_\r\nsuivante', '', ' espaces ', 'a&#x1F600;b', '42'];

/**
 * Each text as a plain inline string, then in three other shapes (the cells without references:
 * each follows the one before).
 */
function cells(): string {
  return TEXTS.map(
    (text) =>
      `<c t="inlineStr"><is><t>${text}</t></is></c>` +
      `<c t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>` +
      `<c t="str"><v>${text}</v></c>` +
      `<c t="str"><f>A1</f><v>${text}</v></c>`,
  ).join('');
}

describe('the cells most sheets are made of, read at once', () => {
  it('read as the same cells written in other shapes, wherever the inflater cuts them', async () => {
    // Enough rows for the sheet to come out of the inflater in several pieces.
    const rows = Array.from({ length: 3000 }, (_, r) => `<row r="${r + 1}">${cells()}</row>`).join('');
    const read = await readWorkbookBytes(xlsxOf({ sheets: [{ name: 'S', data: rows }] }));
    const sheet = read.sheets[0]!.rows;
    expect(sheet).toHaveLength(3000);
    const expected = ['R1', 'Présent', 'Tom & Jerry', 'ligne\r\nsuivante', null, ' espaces ', 'a😀b', '42'];
    for (const cellsOfRow of sheet) {
      const seen = TEXTS.map((_, i) => cellsOfRow!.slice(i * 4, i * 4 + 4));
      expect(seen).toEqual(expected.map((v) => [v, v, v, v]));
    }
  });

  it('reads texts and attributes of every length around the few bytes the reader looks at before searching', async () => {
    const texts = [62, 63, 64, 65, 66, 127, 128, 129, 5000].map((n) => 'x'.repeat(n - 1) + 'é');
    const padding = ` xmlns:pad="${'p'.repeat(70)}"`;
    const data = texts.map(
      (text) =>
        `<row${padding}>` +
        `<c t="inlineStr"${padding}><is><t>${text}</t></is></c>` +
        `<c t="str"><v>${text}</v></c>` +
        `<c t="str"><f>A1</f><v>${text}</v></c>` +
        `<c t="inlineStr"><is><r><t>${text}</t></r><r><t>${text}</t></r></is></c></row>`,
    );
    const read = await readWorkbookBytes(xlsxOf({ sheets: [{ name: 'S', data: data.join('') }] }));
    expect(read.sheets[0]!.rows).toEqual(texts.map((t) => [t, t, t, t + t]));
  });

  it('gives every cell its own text when thousands of short texts share the reader’s memory of recent ones', async () => {
    // 20,000 IDs, each written twice in a row, then once more in reverse: far more texts than
    // the reader remembers, so many of them meet in the same place.
    const ids = Array.from({ length: 20_000 }, (_, i) => `M${(i * 7919) % 100_000}`);
    const column = [...ids.flatMap((id) => [id, id]), ...[...ids].reverse()];
    const data = column.map(
      (id) => `<row><c t="inlineStr"><is><t>${id}</t></is></c><c><v>${id.slice(1)}</v></c></row>`,
    );
    const read = await readWorkbookBytes(xlsxOf({ sheets: [{ name: 'S', data: data.join('') }] }));
    expect(read.sheets[0]!.rows).toEqual(column.map((id) => [id, Number(id.slice(1))]));
  });
});
