import { clipText, QUOTED_TEXT_MAX } from './clipText';

describe('clipText: what a message quotes of a text the user wrote', () => {
  it('keeps a text of up to 200 characters whole', () => {
    const text = 'é'.repeat(QUOTED_TEXT_MAX);
    expect(clipText(text)).toBe(text);
    expect(clipText('')).toBe('');
  });

  it('cuts a longer one to 200 characters ending in an ellipsis', () => {
    const clipped = clipText('a'.repeat(30_000));
    expect(clipped).toHaveLength(200);
    expect(clipped).toBe(`${'a'.repeat(199)}…`);
    expect(clipText('b'.repeat(201))).toBe(`${'b'.repeat(199)}…`);
  });

  it('never cuts a character outside the Basic Multilingual Plane in half', () => {
    // The emoji would straddle the cut: it goes whole.
    expect(clipText(`${'a'.repeat(198)}😀${'z'.repeat(100)}`)).toBe(`${'a'.repeat(198)}…`);
    // Just before it, it stays whole.
    expect(clipText(`${'a'.repeat(197)}😀${'z'.repeat(100)}`)).toBe(`${'a'.repeat(197)}😀…`);
  });
});
