import fc from 'fast-check';
import { idKey } from '../../workbook/normalise';
import { IdCodes, keyHash, sameKey } from './idCodes';

/** IDs as people type them: case, spaces around, and letters whose lower case is not ASCII's. */
const piece = fc.constantFrom(
  'm',
  'M',
  '0',
  '14',
  ' ',
  '\t',
  '\u00a0',
  'İ',
  'i',
  '\u0307',
  'K',
  'k',
  'ß',
  'É',
  'é',
  'Σ',
  'σ',
  '-',
);
const id = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));

describe('IDs compared as keys (ignoring case and surrounding spaces)', () => {
  it('get the same code exactly when their keys are the same, in any language', () => {
    fc.assert(
      fc.property(fc.array(id, { maxLength: 40 }), (ids) => {
        const codes = new IdCodes((i) => ids[i]!);
        const firstOfKey = new Map<string, number>();
        ids.forEach((written, i) => {
          const code = codes.codeOf(written, i);
          const key = idKey(written);
          if (!firstOfKey.has(key)) {
            expect(code).toBe(firstOfKey.size);
            firstOfKey.set(key, code);
          }
          expect(code).toBe(firstOfKey.get(key));
          expect(codes.key(code)).toBe(key);
        });
        expect(codes.size).toBe(firstOfKey.size);
      }),
      { numRuns: 2000 },
    );
  });

  it('compare and hash as their keys do', () => {
    fc.assert(
      fc.property(id, id, (a, b) => {
        expect(sameKey(a, b)).toBe(idKey(a) === idKey(b));
        if (idKey(a) === idKey(b)) expect(keyHash(a)).toBe(keyHash(b));
      }),
      { numRuns: 5000 },
    );
  });

  it('tell 300,000 distinct IDs apart and find each again, whatever its spelling', () => {
    const ids = Array.from({ length: 300_000 }, (_, i) => `GHOST${i}`);
    const codes = new IdCodes((i) => ids[i]!);
    let misplaced = 0;
    for (let i = 0; i < ids.length; i++) if (codes.codeOf(ids[i]!, i) !== i) misplaced++;
    expect(misplaced).toBe(0);
    expect(codes.size).toBe(300_000);
    ids.push(...[0, 1, 4095, 131_071, 299_999].map((i) => ` ghost${i} `), 'ghost300000');
    expect(ids.slice(300_000).map((id, i) => codes.codeOf(id, 300_000 + i))).toEqual([
      0, 1, 4095, 131_071, 299_999, 300_000,
    ]);
    expect(codes.key(131_071)).toBe('ghost131071');
  });
});
