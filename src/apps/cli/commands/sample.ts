import {
  DEFAULT_SAMPLE_END,
  DEFAULT_SAMPLE_SEED,
  generateSample,
  isSampleEnd,
  isSampleSeed,
  SAMPLE_MONTHS,
} from '../../../core';
import { cliT } from '../cli.messages';
import { CliUsageError, type CliCommand } from '../command';
import { booleanOption, parseCommandArgs, stringOption, writeOutputFile, type ParsedArgs } from '../common';
import { sampleT } from './sample.messages';

interface Month {
  readonly year: number;
  readonly month: number;
}

const monthText = ({ year, month }: Month): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;

function parseSeed(parsed: ParsedArgs, t: ReturnType<typeof sampleT>): number {
  const value = stringOption(parsed, 'seed');
  if (value === undefined) return DEFAULT_SAMPLE_SEED;
  // Digits only: `7.5`, `-1`, `1e3` or `0x10` are refused rather than guessed at.
  const seed = /^\s*\d{1,10}\s*$/.test(value) ? Number(value) : NaN;
  if (!isSampleSeed(seed)) throw new CliUsageError(t('badSeed', { value }));
  return seed;
}

function parseEnd(parsed: ParsedArgs, t: ReturnType<typeof sampleT>): Month {
  const value = stringOption(parsed, 'end');
  if (value === undefined) return DEFAULT_SAMPLE_END;
  const m = /^\s*(\d{4})-(\d{2})\s*$/.exec(value);
  const end = { year: Number(m?.[1]), month: Number(m?.[2]) };
  if (!m || !isSampleEnd(end)) throw new CliUsageError(t('badEnd', { value }));
  return end;
}

/** `vpwg sample [--seed N] [--lang fr|en] [--end YYYY-MM] --out FILE [--force]`: the built-in sample. */
export const sampleCommand: CliCommand = {
  name: 'sample',
  summary: (lang) => sampleT(lang)('summary'),
  help: (lang) => `${sampleT(lang)('help', { seed: DEFAULT_SAMPLE_SEED, end: monthText(DEFAULT_SAMPLE_END) })}\n`,
  async run(args, context) {
    const { io, lang } = context;
    const t = sampleT(lang);
    const parsed = parseCommandArgs(
      'sample',
      args,
      { out: { type: 'string' }, seed: { type: 'string' }, end: { type: 'string' }, force: { type: 'boolean' } },
      context,
    );
    const [extra] = parsed.positionals;
    if (extra !== undefined)
      throw new CliUsageError(cliT(lang)('unexpectedArgument', { argument: extra, command: 'sample' }));
    const seed = parseSeed(parsed, t);
    const end = parseEnd(parsed, t);
    const out = stringOption(parsed, 'out');
    const plan = generateSample({ seed, lang, end });
    // exceljs is loaded only by the commands that write a workbook: `vpwg indicators` starts faster.
    const { writeSheetPlan } = await import('../../../adapters/xlsx/writeSheetPlan');
    const bytes = await writeSheetPlan(plan);
    await writeOutputFile(out, bytes, booleanOption(parsed, 'force'), context);
    const [members, meetings, attendance, incidents, stakeholders, initiatives] = plan.sheets.map((s) => s.rows.length);
    const first = end.year * 12 + end.month - SAMPLE_MONTHS;
    const from = monthText({ year: Math.floor(first / 12), month: (first % 12) + 1 });
    io.stdout(
      `${t('written', { file: out, members, meetings, attendance, incidents, stakeholders, initiatives, seed, from, to: monthText(end) })}\n`,
    );
    return 0;
  },
};
