const MiB = 1024 * 1024;

/**
 * What the reader refuses, before it spends the time or the memory (README, "Limits"). A
 * secretariat workbook of ten years is a few MB; a million attendance rows unpack to about
 * 110 MB of XML. Above these numbers a file is damaged or hostile, and a browser tab or an old
 * laptop would run out of memory, so the reader says so in one sentence instead.
 */
export const READ_LIMITS = {
  /** The file itself. */
  fileBytes: 100 * MiB,
  /** The parts the reader unpacks (workbook, styles, shared strings, worksheets), together. */
  inflatedBytes: 512 * MiB,
  /**
   * A part that unpacks to more than `bombMinBytes` at more than this many times its packed
   * size is a zip bomb: the tightest-packed part of 1,500 public test workbooks is 121:1
   * (57 MB of repeated formulas), while a zip bomb is packed 1,000:1.
   */
  bombRatio: 250,
  bombMinBytes: 8 * MiB,
  /** Excel's grid: rows 1 to 1,048,576, columns A to XFD. */
  rows: 1_048_576,
  columns: 16_384,
  /** Excel's longest cell text. */
  cellChars: 32_767,
} as const;

/** The file-size limit in MB, as the sentence to the user states it. */
export const FILE_LIMIT_MB = READ_LIMITS.fileBytes / MiB;
export const INFLATED_LIMIT_MB = READ_LIMITS.inflatedBytes / MiB;
