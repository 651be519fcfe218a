import {
  dayToIso,
  listLabel,
  type CountCell,
  type Day,
  type Lang,
  type ListName,
  type ResolvedPeriod,
  type MessageKey,
  type Translator,
} from '../../../core/index';
import { createChartLabels, type ChartLabels } from '../../charts/index';
import { countWords, type CellWords } from './sheetWriter';
import { reportMessages, reportT } from './report.messages';

/** Everything the sheets need to speak the report's language. */
export interface ReportText {
  readonly lang: Lang;
  readonly t: Translator<MessageKey<typeof reportMessages.en>>;
  /** Number format of date cells. */
  readonly dateFormat: string;
  readonly words: CellWords;
  /** The chart builders' formatters (dates, months, percentages), shared with the pictures. */
  readonly labels: ChartLabels;
  list(list: ListName, code: string | null): string;
  /** `Trimestre 2025-Q3 (01/07/2025 au 30/09/2025)`. */
  period(period: ResolvedPeriod): string;
  /** A protected count in a sentence. */
  countWords(cell: CountCell): string;
  percentWords(share: number | null): string;
  /** A date in a sentence: `30/09/2025` or `2025-09-30`. */
  dateWords(day: Day): string;
}

export function createReportText(lang: Lang): ReportText {
  const t = reportT(lang);
  const labels = createChartLabels(lang);
  const words: CellWords = {
    suppressed: (minCount) => t('cell.suppressed', { minCount }),
    hidden: t('cell.hidden'),
    withheld: t('cell.withheld'),
    none: t('cell.none'),
  };
  const dateWords = (day: Day): string => {
    const iso = dayToIso(day);
    return lang === 'fr' ? iso.split('-').reverse().join('/') : iso;
  };
  return {
    lang,
    t,
    dateFormat: lang === 'fr' ? 'dd/mm/yyyy' : 'yyyy-mm-dd',
    words,
    labels,
    list: (list, code) => (code === null ? words.none : listLabel(list, code, lang)),
    period: (p) => {
      const name = p.kind === 'range' ? t('period.range') : t(`period.${p.kind}`, { label: p.label });
      return `${name} (${t('period.span', { from: dateWords(p.from), to: dateWords(p.to) })})`;
    },
    countWords: (cell) => (cell.kind === 'count' ? labels.count(cell.value) : countWords(cell, words)),
    percentWords: (value) => (value === null ? words.none : labels.percent(value)),
    dateWords,
  };
}
