import {
  createFormat,
  formatIssueMessage,
  issueSheetName,
  issueToJson,
  clipText,
  type Issue,
  type IssueCode,
  type IssueSeverity,
  type Lang,
  type ValidatedWorkbook,
} from '../../../core';
import type { CliCommand, CliIo } from '../command';
import { booleanOption, oneFile, parseAsOf, parseCommandArgs, validateCommandWorkbook } from '../common';
import { printJsonList } from '../jsonStream';
import { validateT } from './validate.messages';

const SEVERITIES: readonly IssueSeverity[] = ['error', 'warning', 'info'];

/**
 * How many issues of one code and severity the readable report lists per sheet; a line says how
 * many more there are. A million wrong rows would otherwise scroll by for minutes; `--json`
 * keeps them all.
 */
export const LISTED_PER_CODE = 100;

/**
 * Prints the JSON object of workbook.md (only these keys, issues in the engine's order), every
 * issue of it, streamed: a million issues never make one string.
 */
export async function printValidationJson(io: CliIo, result: ValidatedWorkbook, lang: Lang): Promise<void> {
  function* issues() {
    for (const issue of result.issues) yield issueToJson(issue, lang);
  }
  await printJsonList(io, { valid: result.valid, counts: result.counts }, 'issues', issues());
}

function issueLine(issue: Issue, lang: Lang, t: ReturnType<typeof validateT>): string {
  const where = issue.cell ?? (issue.row !== null ? t('row', { row: issue.row }) : issueSheetName(issue, lang));
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
  const format = createFormat(lang);
  const counts = t('counts', {
    errors: t('error', { count: result.counts.error }),
    warnings: t('warning', { count: result.counts.warning }),
    infos: t('info', { count: result.counts.info }),
  });
  const lines = [t(result.valid ? 'valid' : 'invalid', { file }), counts];
  // How many issues each sheet has of each severity and code, listed or not (the engine may
  // have kept only the first of each: validateWorkbook's listedPerGroup).
  const totals = new Map<string, number>();
  const groupKey = (sheet: string, severity: IssueSeverity, code: IssueCode) => `${severity} ${code} ${sheet}`;
  for (const total of result.issueTotals) totals.set(groupKey(total.sheet, total.severity, total.code), total.count);
  // One pass over the issues: per sheet (in order of first appearance) and severity, the lines
  // listed and how many of each code were listed.
  const sheets = new Map<string, Record<IssueSeverity, { lines: string[]; perCode: Map<IssueCode, number> }>>();
  const headings = new Map<string, string>();
  for (const issue of result.issues) {
    let bySeverity = sheets.get(issue.sheet);
    if (bySeverity === undefined) {
      const empty = () => ({ lines: [], perCode: new Map<IssueCode, number>() });
      bySeverity = { error: empty(), warning: empty(), info: empty() };
      sheets.set(issue.sheet, bySeverity);
      headings.set(issue.sheet, issueSheetName(issue, lang));
    }
    const group = bySeverity[issue.severity];
    const count = (group.perCode.get(issue.code) ?? 0) + 1;
    group.perCode.set(issue.code, count);
    if (count <= LISTED_PER_CODE) group.lines.push(issueLine(issue, lang, t));
  }
  for (const [sheet, bySeverity] of sheets) {
    lines.push('', t('sheetHeading', { sheet: clipText(headings.get(sheet) ?? sheet) }));
    for (const severity of SEVERITIES) {
      const { lines: listed, perCode } = bySeverity[severity];
      for (const line of listed) lines.push(line);
      for (const code of perCode.keys()) {
        const count = totals.get(groupKey(sheet, severity, code)) ?? 0;
        if (count > LISTED_PER_CODE)
          lines.push(
            t('more', { shown: format.count(count - LISTED_PER_CODE), severity: t(`severity.${severity}`), code }),
          );
      }
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
    const json = booleanOption(parsed, 'json');
    // The readable report lists 100 issues per code: the engine keeps no more than that of each.
    const result = await validateCommandWorkbook(
      file,
      context,
      json ? { asOf } : { asOf, listedPerGroup: LISTED_PER_CODE },
    );
    if (json) await printValidationJson(io, result, lang);
    else io.stdout(validationText(file, result, lang));
    return result.valid ? 0 : 1;
  },
};
