/**
 * @jest-environment jsdom
 */
import '../../../test/ui/domStubs';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { I18nextProvider } from 'react-i18next';
import { validateWorkbook, type Issue, type IssueTotal, type Lang, type ValidatedWorkbook } from '../../core';
import { createUiI18n } from '../createUiI18n';
import { IssuesPanel } from './IssuesPanel';
import { LISTED_PER_KIND } from './groupIssues';
import { messyWorkbook } from '../../../test/ui/memoryHosts';
import { CLI_TODAY } from '../../../test/helpers/runCli';
import { withRepeatedAttendance } from '../../../test/helpers/repeatedRows';

/**
 * The messy workbook's issues, with its unknown-member issue repeated on `count` rows: the
 * validation of a million wrong attendance rows, without spending a minute validating them.
 */
function withManyIssues(count: number): ValidatedWorkbook {
  const validated = validateWorkbook(messyWorkbook(CLI_TODAY), { asOf: CLI_TODAY });
  const ghost = validated.issues.find((i) => i.sheet === 'Attendance' && i.severity === 'error')!;
  const many: Issue[] = Array.from({ length: count }, (_, n) => ({
    ...ghost,
    row: n + 2,
    cell: `Attendance!B${n + 2}`,
    value: `GHOST-${n}`,
  }));
  const issues = [...validated.issues, ...many];
  return {
    ...validated,
    issues,
    issueTotals: totalsOf(issues),
    counts: { ...validated.counts, error: validated.counts.error + count },
  };
}

/** The engine's totals of a list every issue of which is listed. */
function totalsOf(issues: readonly Issue[]): IssueTotal[] {
  const totals = new Map<string, IssueTotal>();
  for (const { sheet, severity, code } of issues) {
    const key = `${sheet}|${severity}|${code}`;
    totals.set(key, { sheet, severity, code, count: (totals.get(key)?.count ?? 0) + 1 });
  }
  return [...totals.values()];
}

function renderPanel(validated: ValidatedWorkbook, lang: Lang) {
  return render(
    <I18nextProvider i18n={createUiI18n(lang)}>
      <FluentProvider theme={webLightTheme}>
        <IssuesPanel validated={validated} lang={lang} excel={null} />
      </FluentProvider>
    </I18nextProvider>,
  );
}

const attendanceItems = () =>
  [...document.querySelectorAll('section[aria-label="Attendance"] li')].map((li) => li.textContent ?? '');

describe('the issue list with a million issues', () => {
  const million = withManyIssues(1_000_000);

  it('draws 50 per sheet, and 50 more at each "show more", saying how many are not shown', () => {
    const start = performance.now();
    renderPanel(million, 'en');
    const drawn = performance.now() - start;
    console.log(`issue list: 1,000,000 issues drawn in ${drawn.toFixed(0)} ms (jsdom)`);
    // Counts of a thousand or more with the language's separator, as everywhere else.
    expect(screen.getByTestId('issue-summary').textContent).toMatch(/^1,000,\d{3} error\(s\)/);
    expect(document.querySelector('section[aria-label="Attendance"]')?.textContent).toMatch(/\(1,000,\d{3} error\(s\)/);
    expect(attendanceItems()).toHaveLength(50);

    const inAttendance = million.issues.filter((i) => i.sheet === 'Attendance').length;
    const hidden = (n: number) => (inAttendance - n).toLocaleString('en-GB');
    const more = screen.getByRole('button', { name: `Show 50 more (${hidden(50)} not shown)` });
    const clicked = performance.now();
    fireEvent.click(more);
    console.log(`  "show more" answered in ${(performance.now() - clicked).toFixed(0)} ms`);
    expect(attendanceItems()).toHaveLength(100);
    expect(attendanceItems()[99]).toMatch(/GHOST-\d+/);
    // The same button, still focusable where it was, now offers the next page.
    expect(more.textContent).toBe(`Show 50 more (${hidden(100)} not shown)`);
    expect(drawn).toBeLessThan(10_000);
  });

  it('in French too, down to the last page, which offers only what is left', () => {
    const validated = withManyIssues(120);
    const inAttendance = validated.issues.filter((i) => i.sheet === 'Attendance').length;
    renderPanel(validated, 'fr');
    const more = () => screen.queryByRole('button', { name: /^Afficher \d+ de plus/ });
    expect(more()?.textContent).toBe(`Afficher 50 de plus (${inAttendance - 50} non affichés)`);
    fireEvent.click(more()!);
    fireEvent.click(more()!);
    const left = inAttendance - 150;
    expect(more()?.textContent).toBe(`Afficher ${left} de plus (${left} non affichés)`);
    fireEvent.click(more()!);
    expect(attendanceItems()).toHaveLength(inAttendance);
    expect(more()).toBeNull();
  });
});

describe('the order of the issue list', () => {
  it('puts sheets with errors first, and in each sheet its errors, then warnings, then notes, by row', () => {
    const validated = validateWorkbook(messyWorkbook(CLI_TODAY), { asOf: CLI_TODAY });
    const model = validated.issues.find((i) => i.row !== null)!;
    const at = (sheet: string, row: number, severity: Issue['severity']): Issue => ({
      ...model,
      sheet,
      row,
      severity,
      cell: `${sheet}!A${row}`,
      value: `${sheet}-${row}`,
    });
    // In the engine's order: by sheet, then row.
    const issues = [
      at('Members', 2, 'warning'),
      at('Members', 3, 'error'),
      at('Members', 4, 'info'),
      at('Members', 5, 'error'),
      at('Meetings', 2, 'warning'),
      at('Attendance', 7, 'error'),
    ];
    renderPanel(
      { ...validated, issues, issueTotals: totalsOf(issues), counts: { error: 3, warning: 2, info: 1 } },
      'en',
    );
    const sections = [...document.querySelectorAll('section')].map((s) => s.getAttribute('aria-label'));
    expect(sections).toEqual(['Members', 'Attendance', 'Meetings']);
    const members = [...document.querySelectorAll('section[aria-label="Members"] li')];
    expect(members.map((li) => li.getAttribute('data-severity'))).toEqual(['error', 'error', 'warning', 'info']);
    expect(members.map((li) => /Members!A(\d+)/.exec(li.textContent ?? '')?.[1])).toEqual(['3', '5', '2', '4']);
  });
});

describe('the sheets the issue list names', () => {
  it('heads a missing sheet by its name in the language, and a sheet that is there as its tab reads', () => {
    const workbook = messyWorkbook(CLI_TODAY);
    const withoutMapping = { ...workbook, sheets: workbook.sheets.filter((s) => s.name !== 'Stakeholders') };
    const validated = validateWorkbook(withoutMapping, { asOf: CLI_TODAY });
    const sections = () => [...document.querySelectorAll('section')].map((s) => s.getAttribute('aria-label'));
    renderPanel(validated, 'fr');
    expect(sections()).toEqual(expect.arrayContaining(['Cartographie', 'Attendance']));
    expect(sections()).not.toContain('Stakeholders');
    expect(document.querySelector('section[aria-label="Cartographie"] h2')?.textContent).toMatch(/^Cartographie \(/);
    cleanup();
    renderPanel(validated, 'en');
    expect(sections()).toEqual(expect.arrayContaining(['Stakeholders', 'Attendance']));
  });
});

describe('issues counted past the first of each kind', () => {
  // Validated as the screens do (the first LISTED_PER_KIND of each kind listed), and in full.
  const workbook = withRepeatedAttendance(messyWorkbook(CLI_TODAY), LISTED_PER_KIND + 500);
  const all = validateWorkbook(workbook, { asOf: CLI_TODAY });
  const capped = validateWorkbook(workbook, { asOf: CLI_TODAY, listedPerGroup: LISTED_PER_KIND });
  const inAttendance = (v: ValidatedWorkbook) => v.issues.filter((i) => i.sheet === 'Attendance').length;
  const notListed = (inAttendance(all) - inAttendance(capped)).toLocaleString('en-GB');
  const section = () => document.querySelector('section[aria-label="Attendance"]')?.textContent ?? '';

  it('keep every count exact, list the first of each kind, and say how many more are not listed', () => {
    expect(inAttendance(capped)).toBeLessThan(inAttendance(all));
    renderPanel(all, 'en');
    const summary = screen.getByTestId('issue-summary').textContent;
    const heading = document.querySelector('section[aria-label="Attendance"] h2')?.textContent;
    expect(section()).not.toContain('not listed');
    cleanup();
    renderPanel(capped, 'en');
    expect(screen.getByTestId('issue-summary').textContent).toBe(summary);
    expect(document.querySelector('section[aria-label="Attendance"] h2')?.textContent).toBe(heading);
    expect(section()).toContain(
      `${notListed} more issue(s) in this sheet counted but not listed: only the first 1,000 of each kind are listed.`,
    );
  });

  it('in French too', () => {
    renderPanel(capped, 'fr');
    expect(section()).toContain(
      `${(inAttendance(all) - inAttendance(capped)).toLocaleString('fr-FR')} autre(s) problème(s) de cette feuille compté(s) mais non listé(s)\u00a0: seuls les 1`,
    );
  });
});
