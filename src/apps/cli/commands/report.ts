import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { createFormat, resolvePeriod, type PeriodRequest, type ReportAudience } from '../../../core';
import { cliT } from '../cli.messages';
import { CliUsageError, type CliCommand } from '../command';
import {
  booleanOption,
  oneFile,
  parseAsOf,
  parseCommandArgs,
  validateCommandWorkbook,
  stringOption,
  writeOutputFile,
} from '../common';
import { reportModelFor } from '../../shared/reportModelFor';
import { reportCliT as reportT } from './report.messages';

const AUDIENCES: readonly ReportAudience[] = ['donor', 'internal'];

export const reportCommand: CliCommand = {
  name: 'report',
  summary: (lang) => reportT(lang)('summary'),
  help: (lang) => `${reportT(lang)('help')}\n`,
  async run(args, context) {
    const { io, lang } = context;
    const t = reportT(lang);
    const parsed = parseCommandArgs(
      'report',
      args,
      {
        quarter: { type: 'string' },
        year: { type: 'string' },
        audience: { type: 'string' },
        'as-of': { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean' },
      },
      context,
    );
    const file = oneFile(parsed, 'report', context);
    const quarter = stringOption(parsed, 'quarter');
    const year = stringOption(parsed, 'year');
    if (quarter !== undefined && year !== undefined) throw new CliUsageError(t('twoPeriods'));
    if (quarter === undefined && year === undefined) throw new CliUsageError(t('noPeriod'));
    const request: PeriodRequest =
      quarter !== undefined ? { kind: 'quarter', quarter } : { kind: 'year', year: year ?? '' };
    const audienceText = stringOption(parsed, 'audience') ?? 'donor';
    const audience = AUDIENCES.find((a) => a === audienceText);
    if (audience === undefined) throw new CliUsageError(t('badAudience', { value: audienceText }));
    const out = stringOption(parsed, 'out');
    const force = booleanOption(parsed, 'force');
    // Say it before the work, not after: nothing is read or drawn for a file that will not be written.
    if (out === undefined || out === '') throw new CliUsageError(cliT(lang)('missingOut'));
    // Exporting never changes the source workbook, not even with --force.
    if (sameFile(file, out)) throw new CliUsageError(t('outIsInput', { file: out }));
    if (!force && existsSync(out)) throw new CliUsageError(cliT(lang)('outExists', { file: out }));
    const today = parseAsOf(parsed, context);
    const period = resolvePeriod(request, today);
    // Worded as every door words them (createFormat).
    if (!period.ok) throw new CliUsageError(createFormat(lang).periodError(period.error));

    const validated = await validateCommandWorkbook(file, context, { asOf: today });
    const model = reportModelFor(validated, period.period, audience, today);
    // exceljs and the chart canvas are loaded only when a report is written.
    const [{ buildReportXlsx }, { renderChartPng }] = await Promise.all([
      import('../../../adapters/xlsx/report/buildReportXlsx'),
      import('../../../charts/renderChartPng.node'),
    ]);
    const bytes = await buildReportXlsx(model, lang, renderChartPng);
    await writeOutputFile(out, bytes, force, context);

    io.stdout(
      `${t('written', { file: out, audience: createFormat(lang).audience(audience), period: period.period.label ?? '' })}\n`,
    );
    if (!validated.valid) io.stderr(`${t('hasErrors', { count: validated.counts.error })}\n`);
    return 0;
  },
};

/** Whether two paths name one file (through `.`, `..` or links when the file exists). */
function sameFile(a: string, b: string): boolean {
  const real = (p: string): string => (existsSync(p) ? realpathSync(p) : resolve(p));
  return real(a) === real(b);
}
