import {
  formatIssueMessage,
  issueToJson,
  validateWorkbook,
  type Issue,
  type IssueSeverity,
  type Lang,
  type ValidatedWorkbook,
} from '../../../core';
import type { CliCommand } from '../command';
import { booleanOption, oneFile, parseAsOf, parseCommandArgs, printJson, readCommandWorkbook } from '../common';
import { validateT } from './validate.messages';

const SEVERITIES: readonly IssueSeverity[] = ['error', 'warning', 'info'];

/** The JSON object of workbook.md: only these keys, issues in the engine's order. */
export function validationJson(result: ValidatedWorkbook, lang: Lang) {
  return { valid: result.valid, counts: result.counts, issues: result.issues.map((issue) => issueToJson(issue, lang)) };
}

function issueLine(issue: Issue, lang: Lang, t: ReturnType<typeof validateT>): string {
  const where = issue.cell ?? (issue.row !== null ? t('row', { row: issue.row }) : issue.sheet);
  const message = formatIssueMessage(issue, lang);
  // Most messages name the hint already; add it only where they do not.
  const hint = issue.hint === null || message.includes(issue.hint) ? '' : ` ${t('hint', { hint: issue.hint })}`;
  return `  ${t(`severity.${issue.severity}`).padEnd(13)} ${where}  ${message}${hint}`;
}

/**
 * The readable report: a verdict and the counts first, then per sheet (in the workbook's
 * order) its errors, then warnings, then infos.
 */
export function validationText(file: string, result: ValidatedWorkbook, lang: Lang): string {
  const t = validateT(lang);
  const counts = t('counts', {
    errors: t('error', { count: result.counts.error }),
    warnings: t('warning', { count: result.counts.warning }),
    infos: t('info', { count: result.counts.info }),
  });
  const lines = [t(result.valid ? 'valid' : 'invalid', { file }), counts];
  const sheets = [...new Set(result.issues.map((i) => i.sheet))];
  for (const sheet of sheets) {
    lines.push('', t('sheetHeading', { sheet }));
    for (const severity of SEVERITIES) {
      for (const issue of result.issues)
        if (issue.sheet === sheet && issue.severity === severity) lines.push(issueLine(issue, lang, t));
    }
  }
  return `${lines.join('\n')}\n`;
}

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: (lang) => validateT(lang)('summary'),
  help: (lang) => `${validateT(lang)('help')}\n`,
  async run(args, context) {
    const { io, lang } = context;
    const parsed = parseCommandArgs(
      'validate',
      args,
      { json: { type: 'boolean' }, 'as-of': { type: 'string' } },
      context,
    );
    const file = oneFile(parsed, 'validate', context);
    const asOf = parseAsOf(parsed, context);
    const raw = await readCommandWorkbook(file, context);
    const result = validateWorkbook(raw, { asOf });
    if (booleanOption(parsed, 'json')) printJson(io, validationJson(result, lang));
    else io.stdout(validationText(file, result, lang));
    return result.valid ? 0 : 1;
  },
};
