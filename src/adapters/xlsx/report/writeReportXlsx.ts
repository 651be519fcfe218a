import ExcelJS from 'exceljs';
import { dayToDate, type Lang, type ReportModel } from '../../../core';
import { CHARTS_COLUMNS, writeChartsSheet, type ReportPicture } from './chartsSheet';
import { DATA_QUALITY_COLUMNS, writeDataQualitySheet } from './dataQualitySheet';
import { ENGAGEMENT_COLUMNS, writeEngagementSheet } from './engagementSheet';
import { EXPERTISE_COLUMNS, writeExpertiseSheet } from './expertiseSheet';
import { INCIDENTS_COLUMNS, writeIncidentsSheet } from './incidentsSheet';
import { MEETINGS_COLUMNS, writeMeetingsSheet } from './meetingsSheet';
import { MEMBERSHIP_COLUMNS, writeMembershipSheet } from './membershipSheet';
import { OUTREACH_COLUMNS, writeOutreachSheet } from './outreachSheet';
import { createReportText, type ReportText } from './reportText';
import { SheetWriter } from './sheetWriter';
import { SUMMARY_COLUMNS, writeSummarySheet } from './summarySheet';

type SheetKey =
  | 'summary'
  | 'meetings'
  | 'membership'
  | 'engagement'
  | 'outreach'
  | 'expertise'
  | 'incidents'
  | 'charts'
  | 'dataQuality';

/**
 * The report model → `.xlsx` bytes, in the sheet order and names of report.md, in French or
 * English. Browser-safe (no Node module): the pictures come in as PNG bytes drawn by the door.
 * The workbook's dates are fixed from the model so the same model gives the same sheets.
 */
export async function writeReportXlsx(
  model: ReportModel,
  lang: Lang,
  pictures: readonly ReportPicture[],
): Promise<Uint8Array> {
  const x = createReportText(lang);
  const workbook = new ExcelJS.Workbook();
  const stamp = dayToDate(model.summary.generatedOn);
  workbook.creator = 'vpwg';
  workbook.created = stamp;
  workbook.modified = stamp;
  workbook.title = x.t('title.report', { group: model.summary.groupName });

  const sheet = (key: SheetKey, columns: number, write: (w: SheetWriter) => void, titleKey = key): void => {
    const ws = workbook.addWorksheet(x.t(`sheet.${key}`));
    const w = new SheetWriter(ws, { columns, dateFormat: x.dateFormat, words: x.words });
    const title =
      key === 'summary' ? x.t('title.report', { group: model.summary.groupName }) : x.t(`title.${titleKey}`);
    w.title(title, band(model, x));
    write(w);
    w.finish();
  };
  sheet('summary', SUMMARY_COLUMNS, (w) => writeSummarySheet(w, model, x));
  sheet('meetings', model.summary.audience === 'internal' ? MEETINGS_COLUMNS : MEETINGS_COLUMNS - 1, (w) =>
    writeMeetingsSheet(w, model, x),
  );
  sheet('membership', MEMBERSHIP_COLUMNS, (w) => writeMembershipSheet(w, model, x));
  sheet('engagement', ENGAGEMENT_COLUMNS, (w) => writeEngagementSheet(w, model, x));
  sheet('outreach', OUTREACH_COLUMNS[model.summary.audience], (w) => writeOutreachSheet(w, model, x));
  sheet('expertise', EXPERTISE_COLUMNS, (w) => writeExpertiseSheet(w, model, x));
  sheet('incidents', INCIDENTS_COLUMNS, (w) => writeIncidentsSheet(w, model, x));
  sheet('charts', CHARTS_COLUMNS, (w) => writeChartsSheet(w, workbook, pictures));
  sheet('dataQuality', DATA_QUALITY_COLUMNS, (w) => writeDataQualitySheet(w, model, x));

  const bytes = await workbook.xlsx.writeBuffer();
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes as ArrayBuffer);
}

function band(model: ReportModel, x: ReportText): string {
  const s = model.summary;
  return x.t('title.band', {
    group: s.groupName,
    period: x.format.period(s.period),
    audience: x.t(`audienceNote.${s.audience}`),
  });
}
