import fc from 'fast-check';
import type { RawCell } from '../../../core';
import { packedBuffers, packRows } from './packRows';
import { PackedSheet } from './packedSheet';

type Row = ReadonlyArray<RawCell> | undefined;

const cell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.string(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: true }),
);
const row: fc.Arbitrary<Row> = fc.option(fc.array(cell, { maxLength: 6 }), { nil: undefined });

/** Rows sent in batches of `size` through a structured clone with the buffers moved, as between the worker and the page. */
function sent(rows: readonly Row[], size = 3): PackedSheet {
  const sheet = new PackedSheet();
  for (let start = 0; start < Math.max(rows.length, 1); start += size) {
    const packed = packRows(rows.slice(start, start + size));
    sheet.add(start, structuredClone(packed, { transfer: packedBuffers(packed) }));
  }
  return sheet;
}

describe('rows packed by the reading worker for the page', () => {
  it('arrive exactly as read: text, numbers (-0, NaN, infinities), booleans, blanks, dates, missing rows', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.integer({ min: 1, max: 7 }), (rows, size) => {
        const read = sent(rows, size).asArray();
        expect(read).toHaveLength(rows.length);
        expect([...read]).toEqual(rows);
        rows.forEach((r, i) => expect(read[i]).toEqual(r));
      }),
    );
  });

  it('keep a sparse row sparse, and a row of blanks as such', () => {
    const sparse: RawCell[] = [];
    sparse[3] = 'Présent';
    const rows = sent([sparse, [null, null], [], undefined]).asArray();
    expect(rows[0]).toHaveLength(4);
    expect(0 in rows[0]!).toBe(false);
    expect(rows[0]![3]).toBe('Présent');
    expect(rows.slice(1)).toEqual([[null, null], [], undefined]);
  });

  it('are read as the engine reads a sheet: by index, length, in, slice, every, findIndex, for…of', () => {
    const rows = sent([['Member ID', 'Name'], ['M001', 'Umba'], undefined, ['M002', ' Ilunga ']], 2).asArray();
    expect(rows.length).toBe(4);
    expect(3 in rows && !(4 in rows)).toBe(true);
    expect(rows[4]).toBeUndefined();
    expect(rows.slice(0, 2)).toEqual([
      ['Member ID', 'Name'],
      ['M001', 'Umba'],
    ]);
    expect(rows.every((r) => r === undefined || r.length === 2)).toBe(true);
    expect(rows.findIndex((r) => r?.[0] === 'M002')).toBe(3);
    expect(Array.isArray(rows)).toBe(true);
    const names: string[] = [];
    for (const r of rows) if (r) names.push(String(r[1]));
    expect(names).toEqual(['Name', 'Umba', ' Ilunga ']);
    expect(rows['01' as unknown as number]).toBeUndefined();
  });

  it('cannot be changed by the page: what the user wrote stays as read', () => {
    const rows = sent([['M001', 'Umba']]).asArray() as Row[];
    expect(() => {
      rows[0] = ['M999', 'changed'];
    }).toThrow(TypeError);
    expect(() => rows.push(['M002'])).toThrow(TypeError);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual(['M001', 'Umba']);
  });

  it('follow the batches from each one’s start: a batch sent again replaces what came after it', () => {
    const sheet = new PackedSheet();
    sheet.add(
      0,
      packRows([
        ['Member ID', 'Name'],
        ['M001', 'Umba'],
      ]),
    );
    sheet.add(2, packRows([['M002', 'Ilunga']]));
    sheet.add(1, packRows([['M001', 'Kalala']]));
    expect([...sheet.asArray()]).toEqual([
      ['Member ID', 'Name'],
      ['M001', 'Kalala'],
    ]);
  });
});
