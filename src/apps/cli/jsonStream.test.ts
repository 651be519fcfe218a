import fc from 'fast-check';
import { printJsonList } from './jsonStream';
import type { CliIo } from './command';

/** What printJsonList writes, whole. */
async function printed(head: Record<string, unknown>, items: unknown[]): Promise<string> {
  let out = '';
  const io: CliIo = {
    stdout: (text) => (out += text),
    stderr: () => undefined,
    env: {},
    today: () => {
      throw new Error('not used');
    },
  };
  await printJsonList(io, head, 'issues', items);
  return out;
}

const plain = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const item = fc.oneof(
  fc.dictionary(fc.string({ unit: 'binary' }), plain),
  fc.dictionary(
    fc.string({ unit: 'binary' }),
    fc.oneof(plain, fc.dictionary(fc.string({ unit: 'binary' }), plain), fc.array(plain)),
  ),
  plain,
  fc.array(plain),
);

describe('vpwg validate --json, written item by item', () => {
  it('is exactly the text JSON.stringify(value, null, 2) gives, for any list of issues or other values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 20 }), async (items) => {
        const head = { valid: false, counts: { error: items.length, warning: 0, info: 0 } };
        expect(await printed(head, items)).toBe(`${JSON.stringify({ ...head, issues: items }, null, 2)}\n`);
      }),
      { numRuns: 300 },
    );
  });
});
