import { createFormat, type CountCell, type Format, type Lang, type MessageKey, type Translator } from '../../../core';
import { createChartText, type ChartText } from '../../../charts';
import { countWords, type CellWords } from './sheetWriter';
import { reportT, type reportMessages } from './report.messages';

/** Everything the sheets need to speak the report's language. */
export interface ReportText {
  readonly lang: Lang;
  /** The report's own sentences and headings. */
  readonly t: Translator<MessageKey<typeof reportMessages.en>>;
  /** Numbers, dates, periods and the shared words (targets, statuses, lists), as every door writes them. */
  readonly format: Format;
  /** Number format of date cells: the cell shows what format.date writes. */
  readonly dateFormat: string;
  readonly words: CellWords;
  /** What the charts say, shared with the pictures. */
  readonly charts: ChartText;
  /** A protected count in a sentence. */
  countWords(cell: CountCell): string;
}

export function createReportText(lang: Lang): ReportText {
  const t = reportT(lang);
  const format = createFormat(lang);
  const words: CellWords = {
    suppressed: (minCount) => t('cell.suppressed', { minCount }),
    hidden: t('cell.hidden'),
    withheld: t('cell.withheld'),
    none: format.none,
  };
  return {
    lang,
    t,
    format,
    dateFormat: lang === 'fr' ? 'dd/mm/yyyy' : 'yyyy-mm-dd',
    words,
    charts: createChartText(lang),
    countWords: (cell) => (cell.kind === 'count' ? format.count(cell.value) : countWords(cell, words)),
  };
}
