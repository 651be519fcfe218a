import fc from 'fast-check';
import type { RawCell } from '../../../core';
import { packedBuffers, packRows, unpackRows } from './packRows';

type Row = ReadonlyArray<RawCell> | undefined;

const cell: fc.Arbitrary<RawCell> = fc.oneof(
  fc.string(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: true }),
);
const row: fc.Arbitrary<Row> = fc.option(fc.array(cell, { maxLength: 6 }), { nil: undefined });

function roundTrip(rows: readonly Row[], before: readonly Row[] = []): Row[] {
  const into = [...before];
  // Through a structured clone with the buffers moved, as between the worker and the page.
  const packed = packRows(rows);
  unpackRows(structuredClone(packed, { transfer: packedBuffers(packed) }), into, before.length);
  return into;
}

describe('rows packed by the reading worker for the page', () => {
  it('arrive exactly as read: text, numbers (-0, NaN, infinities), booleans, blanks, dates, missing rows', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        expect(roundTrip(rows)).toEqual(rows);
      }),
    );
  });

  it('keep a sparse row sparse, and a row of blanks as such', () => {
    const sparse: RawCell[] = [];
    sparse[3] = 'Présent';
    const rows = roundTrip([sparse, [null, null], [], undefined]);
    expect(rows[0]).toHaveLength(4);
    expect(0 in rows[0]!).toBe(false);
    expect(rows[0]![3]).toBe('Présent');
    expect(rows.slice(1)).toEqual([[null, null], [], undefined]);
  });

  it('follow the rows already taken in, from the batch start', () => {
    const rows = roundTrip(
      [['M002', 'Ilunga']],
      [
        ['Member ID', 'Name'],
        ['M001', 'Umba'],
      ],
    );
    expect(rows).toEqual([
      ['Member ID', 'Name'],
      ['M001', 'Umba'],
      ['M002', 'Ilunga'],
    ]);
  });
});
