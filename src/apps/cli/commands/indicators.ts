import {
  computeIndicators,
  createFormat,
  indicatorsToJson,
  resolvePeriod,
  type Day,
  type PeriodRequest,
  type ResolvedPeriod,
} from '../../../core';
import { CliUsageError, type CliCommand, type CliContext } from '../command';
import {
  booleanOption,
  oneFile,
  parseAsOf,
  parseCommandArgs,
  printJson,
  validateCommandWorkbook,
  stringOption,
  type ParsedArgs,
} from '../common';
import { indicatorsT } from './indicators.messages';
import { indicatorsSummary } from './indicatorsSummary';

/** Exactly one of --quarter, --year or --from with --to. */
function periodRequest(parsed: ParsedArgs, t: ReturnType<typeof indicatorsT>): PeriodRequest {
  const quarter = stringOption(parsed, 'quarter');
  const year = stringOption(parsed, 'year');
  const from = stringOption(parsed, 'from');
  const to = stringOption(parsed, 'to');
  const given = [quarter, year, from ?? to].filter((v) => v !== undefined).length;
  if (given === 0) throw new CliUsageError(t('error.noPeriod'));
  if (given > 1) throw new CliUsageError(t('error.twoPeriods'));
  if (quarter !== undefined) return { kind: 'quarter', quarter };
  if (year !== undefined) return { kind: 'year', year };
  if (from === undefined || to === undefined) throw new CliUsageError(t('error.halfRange'));
  return { kind: 'range', from, to };
}

function period(parsed: ParsedArgs, today: Day, { lang }: CliContext): ResolvedPeriod {
  const result = resolvePeriod(periodRequest(parsed, indicatorsT(lang)), today);
  if (!result.ok) throw new CliUsageError(createFormat(lang).periodError(result.error));
  return result.period;
}

export const indicatorsCommand: CliCommand = {
  name: 'indicators',
  summary: (lang) => indicatorsT(lang)('summary'),
  help: (lang) => `${indicatorsT(lang)('help')}\n`,
  async run(args, context) {
    const { io, lang } = context;
    const options = {
      quarter: { type: 'string' },
      year: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      'as-of': { type: 'string' },
      json: { type: 'boolean' },
    } as const;
    const parsed = parseCommandArgs('indicators', args, options, context);
    const file = oneFile(parsed, 'indicators', context);
    const today = parseAsOf(parsed, context);
    // Every argument is checked before the file is read, so a typo fails fast.
    const resolved = period(parsed, today, context);
    const validated = await validateCommandWorkbook(file, context, { asOf: today });
    const indicators = computeIndicators(validated, resolved);
    if (booleanOption(parsed, 'json')) printJson(io, indicatorsToJson(indicators));
    else io.stdout(indicatorsSummary(indicators, lang));
    if (validated.valid) return 0;
    io.stderr(`${indicatorsT(lang)('hasErrors', { file, count: validated.counts.error })}\n`);
    return 1;
  },
};
