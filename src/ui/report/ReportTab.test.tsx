/**
 * @jest-environment jsdom
 */
import '../../../test/ui/domStubs';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { dayFromYmd, type ValidatedWorkbook } from '../../core';
import { App } from '../App';
import type { ExcelActions, Host, HostResult } from '../../ports';
import type { BuiltReport, ReportBuilder, ReportRequest } from '../../ports';
import { excelHost, sampleWorkbook, webHost } from '../../../test/ui/memoryHosts';

const TODAY = dayFromYmd(2025, 10, 15);
const REPORT: BuiltReport = { bytes: new Uint8Array([80, 75, 3, 4]), fileName: 'vpwg-report-2025-Q2-internal-en.xlsx' };

/** A report builder that records what it was asked and finishes when the test says so. */
function fakeBuilder() {
  const calls: { validated: ValidatedWorkbook; request: ReportRequest }[] = [];
  let finish: (report: BuiltReport) => void = () => undefined;
  let progress: (fraction: number | null) => void = () => undefined;
  const build: ReportBuilder = (validated, request, onProgress) => {
    calls.push({ validated, request });
    progress = onProgress;
    return new Promise((resolve) => {
      finish = resolve;
    });
  };
  return { build, calls, finish: (r: BuiltReport) => finish(r), progress: (f: number) => progress(f) };
}

/** What the page's download does: an object URL clicked through a link; recorded, not followed. */
function watchDownloads(): { name: string; href: string }[] {
  const downloads: { name: string; href: string }[] = [];
  Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:report'), revokeObjectURL: jest.fn() });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, href: this.href });
  });
  return downloads;
}

/** An Excel host that can (or cannot) open a new workbook, recording every action. */
function excelWith(openResult: HostResult | 'unsupported'): Host & { calls: string[] } {
  const host = excelHost(sampleWorkbook('fr', TODAY), 'fr');
  const base = host.excel as ExcelActions;
  const excel: ExcelActions =
    openResult === 'unsupported'
      ? { ...base, supports: { ...base.supports, createWorkbook: false } }
      : {
          ...base,
          openWorkbook: async (bytes) => {
            host.calls.push(`open ${bytes.length}`);
            return openResult;
          },
        };
  return { ...host, excel };
}

/** Opens the tab once the workbook is read (the tab's form shows then). */
async function openReportTab(name: RegExp) {
  fireEvent.click(await screen.findByRole('tab', { name }, { timeout: 10000 }));
  await screen.findByRole('combobox', { name: /^(Quarter|Trimestre)$/ }, { timeout: 10000 });
}

afterEach(() => jest.restoreAllMocks());

describe('the Report tab', () => {
  it('on the web page: builds the chosen report with progress, then downloads it', async () => {
    const downloads = watchDownloads();
    const builder = fakeBuilder();
    render(<App host={webHost(sampleWorkbook('en', TODAY), 'en')} today={TODAY} buildReport={builder.build} />);
    await openReportTab(/^Report$/);
    // The same choices as vpwg report --quarter --lang --audience; donors by default, as there.
    expect((screen.getByRole('combobox', { name: 'Audience' }) as HTMLSelectElement).value).toBe('donor');
    fireEvent.change(screen.getByRole('combobox', { name: 'Quarter' }), { target: { value: '2025-Q2' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Audience' }), { target: { value: 'internal' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Report language' }), { target: { value: 'en' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export the report' }));

    await waitFor(() => expect(builder.calls).toHaveLength(1));
    expect(builder.calls[0]?.request).toEqual({ quarter: '2025-Q2', lang: 'en', audience: 'internal', today: TODAY });
    expect(builder.calls[0]?.validated.counts.error).toBe(0);
    act(() => builder.progress(0.5));
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0.5');
    expect(screen.getByText('Building the report…')).toBeTruthy();
    // Unavailable while it builds, but still focused: a second press builds nothing more.
    expect(screen.getByRole('button', { name: 'Export the report' }).getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Export the report' }));
    expect(builder.calls).toHaveLength(1);

    await act(async () => builder.finish(REPORT));
    expect(downloads).toEqual([{ name: REPORT.fileName, href: 'blob:report' }]);
    expect(screen.getByText(`The report ${REPORT.fileName} was downloaded.`)).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('in Excel (ExcelApi 1.8): opens the report as a new workbook and writes nothing to the source', async () => {
    const downloads = watchDownloads();
    const builder = fakeBuilder();
    const host = excelWith({ ok: true, value: undefined });
    render(<App host={host} today={TODAY} buildReport={builder.build} />);
    await openReportTab(/^Rapport$/);
    fireEvent.click(screen.getByRole('button', { name: 'Ouvrir le rapport dans un nouveau classeur' }));
    await waitFor(() => expect(builder.calls).toHaveLength(1));
    expect(builder.calls[0]?.request).toEqual({ quarter: '2025-Q3', lang: 'fr', audience: 'donor', today: TODAY });
    await act(async () => builder.finish(REPORT));
    await screen.findByText('Le rapport a été ouvert dans un nouveau classeur.');
    // Only the new workbook: no highlight, sheet, sample or selection in the user's workbook.
    expect(host.calls).toEqual([`open ${REPORT.bytes.length}`]);
    expect(downloads).toEqual([]);
  });

  it('in an older Excel: says why beforehand, downloads the report and says so, in French and English', async () => {
    const downloads = watchDownloads();
    const builder = fakeBuilder();
    const host = excelWith('unsupported');
    render(<App host={host} today={TODAY} buildReport={builder.build} />);
    await openReportTab(/^Rapport$/);
    expect(
      screen.getByText(
        /Cette version d'Excel ne permet pas à un complément d'ouvrir un nouveau classeur \(il faut ExcelApi 1\.8/,
      ),
    ).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Langue' }), { target: { value: 'en' } });
    await screen.findByText(
      /This version of Excel does not let an add-in open a new workbook \(it needs ExcelApi 1\.8/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export the report' }));
    await waitFor(() => expect(builder.calls).toHaveLength(1));
    await act(async () => builder.finish(REPORT));
    expect(downloads.map((d) => d.name)).toEqual([REPORT.fileName]);
    expect(
      screen.getByText(/was downloaded: this version of Excel does not let the add-in open it as a new workbook/),
    ).toBeTruthy();
    expect(host.calls).toEqual([]);
  });

  it('when Excel refuses to open it: says why in one sentence and still offers the file', async () => {
    const downloads = watchDownloads();
    const builder = fakeBuilder();
    const host = excelWith({
      ok: false,
      failure: { reason: 'excel', code: 'GeneralException', message: 'Try again later' },
    });
    render(<App host={host} today={TODAY} buildReport={builder.build} />);
    await openReportTab(/^Rapport$/);
    fireEvent.click(screen.getByRole('button', { name: 'Ouvrir le rapport dans un nouveau classeur' }));
    await waitFor(() => expect(builder.calls).toHaveLength(1));
    await act(async () => builder.finish(REPORT));
    await screen.findByText(/Try again later/);
    expect(downloads).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Télécharger le rapport' }));
    expect(downloads.map((d) => d.name)).toEqual([REPORT.fileName]);
    expect(builder.calls).toHaveLength(1);
  });

  it('says in one sentence that the report could not be built', async () => {
    const failing: ReportBuilder = async () => {
      throw new Error('disk full');
    };
    render(<App host={webHost(sampleWorkbook('en', TODAY), 'en')} today={TODAY} buildReport={failing} />);
    await openReportTab(/^Report$/);
    fireEvent.click(screen.getByRole('button', { name: 'Export the report' }));
    await screen.findByText(/^The report could not be created: .*disk full/);
    expect(screen.getByRole('button', { name: 'Export the report' }).getAttribute('aria-disabled')).toBeNull();
  });
});
